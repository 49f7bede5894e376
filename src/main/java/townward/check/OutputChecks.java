package townward.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import townward.model.MetricSink;

/**
 * Receives a run's metrics (as a {@link MetricSink} beside the writers) and lists what cannot be right:
 * <ul>
 *   <li>persons: Δ(residents + population_outside) = births − deaths − left_region + in_migrant_arrivals −
 *   in_migrant_departures + cohort_returners each year, region-wide
 *   ({@code left_region}: women marrying out of the region and the places' own cohorts moving away; a family member
 *   moving to {@code outside} stays in population_outside, so {@code out_migrants}, which counts such moves too, is
 *   not the flow to use);</li>
 *   <li>no negative {@value #NON_NEGATIVE_TEXT} or {@code cost_*} anywhere;</li>
 *   <li>no NaN or infinite value.</li>
 * </ul>
 */
public final class OutputChecks implements MetricSink {

    static final String NON_NEGATIVE_TEXT = "price, stock, vacancy, post or population";
    private static final Set<String> NON_NEGATIVE = Set.of("price", "vacancies", "market_units", "rental_units",
            "affordable_units", "swap_flats", "posts", "posts_filled", "population", "residents",
            "population_outside", "urban_residents", "rural_residents", "births", "deaths", "movers", "cohort_emigrants",
            "cohort_returners");
    private static final Set<String> BALANCE = Set.of("residents", "population_outside", "births", "deaths",
            "left_region", "in_migrant_arrivals", "in_migrant_departures", "cohort_returners");
    /**
     * Rounding of sums of scaled doubles (vacancies as posts minus filled posts come out at -5e-12): a lost or
     * invented person, a negative flat or post, is a whole one divided by the scale, far above this.
     */
    private static final double TOLERANCE = 1e-6;

    private final Map<Integer, Map<String, Double>> region = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();
    private long values;

    @Override
    public synchronized void record(int year, String place, String metric, double value) {
        values++;
        if (!Double.isFinite(value)) {
            problems.add(String.format(Locale.ROOT, "%d %s %s is %s", year, place, metric, value));
            return;
        }
        if ((NON_NEGATIVE.contains(metric) || metric.startsWith("cost_")) && value < -TOLERANCE) {
            problems.add(String.format(Locale.ROOT, "%d %s %s is negative (%s)", year, place, metric, value));
        }
        if ("region".equals(place) && BALANCE.contains(metric)) {
            region.computeIfAbsent(year, y -> new HashMap<>()).put(metric, value);
        }
    }

    /** Every problem found, one line each (empty when the run is sound); call once the run has ended. */
    public synchronized List<String> problems() {
        List<String> out = new ArrayList<>(problems);
        Map<String, Double> last = null;
        int lastYear = 0;
        for (Map.Entry<Integer, Map<String, Double>> e : region.entrySet()) {
            Map<String, Double> now = e.getValue();
            if (last != null && now.keySet().containsAll(BALANCE) && last.keySet().containsAll(BALANCE)) {
                double change = now.get("residents") + now.get("population_outside") - last.get("residents")
                        - last.get("population_outside");
                double flows = now.get("births") - now.get("deaths") - now.get("left_region")
                        + now.get("in_migrant_arrivals") - now.get("in_migrant_departures") + now.get("cohort_returners");
                if (Math.abs(change - flows) > TOLERANCE * Math.max(1, now.get("residents"))) {
                    out.add(String.format(Locale.ROOT, "%d region persons not conserved: residents and outside "
                            + "changed by %.1f since %d, births - deaths - left the region + in-migrants' net arrivals + returning cohorts = %.1f (%+.1f persons)",
                            e.getKey(), change, lastYear, flows, change - flows));
                }
            }
            last = now;
            lastYear = e.getKey();
        }
        return out;
    }

    public synchronized long values() {
        return values;
    }
}

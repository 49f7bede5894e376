package townward.collect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import townward.model.MetricSink;
import townward.scenario.Scenario;
import townward.scenario.Targets;

/**
 * Keeps the few series the end-of-run summary needs (region urbanization rate, movers and urban residents added;
 * population and built-up residents of targeted places) and renders the summary.
 */
public final class RunSummary implements MetricSink {

    public static final String REGION = "region";
    public static final String URBANIZATION_RATE = "urbanization_rate";
    public static final String MOVERS = "movers";
    public static final String URBAN_RESIDENTS_ADDED = "urban_residents_added";
    public static final String POPULATION = "population";
    public static final String BUILT_UP_RESIDENTS = "built_up_residents";

    private static final Set<String> REGION_METRICS = Set.of(URBANIZATION_RATE, MOVERS, URBAN_RESIDENTS_ADDED);
    private static final Set<String> PLACE_METRICS = Set.of(POPULATION, BUILT_UP_RESIDENTS);

    private final Scenario scenario;
    private final Set<String> targetedPlaces = new HashSet<>();
    /** key "place\u0000metric" → year → value. */
    private final Map<String, TreeMap<Integer, Double>> series = new HashMap<>();

    public RunSummary(Scenario scenario) {
        this.scenario = scenario;
        Targets t = scenario.targets();
        if (t != null) {
            t.places().forEach(p -> targetedPlaces.add(p.place()));
        }
    }

    @Override
    public synchronized void record(int year, String place, String metric, double value) {
        boolean keep = REGION.equals(place) ? REGION_METRICS.contains(metric)
                : targetedPlaces.contains(place) && PLACE_METRICS.contains(metric);
        if (!keep) {
            return;
        }
        TreeMap<Integer, Double> s = series.computeIfAbsent(place + '\u0000' + metric, k -> new TreeMap<>());
        if (MOVERS.equals(metric)) {
            s.merge(year, value, Double::sum);
        } else {
            s.put(year, value);
        }
    }

    public synchronized TreeMap<Integer, Double> series(String place, String metric) {
        TreeMap<Integer, Double> s = series.get(place + '\u0000' + metric);
        return s == null ? new TreeMap<>() : new TreeMap<>(s);
    }

    public double totalMovers() {
        return series(REGION, MOVERS).values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Every target of the scenario, in a stable order. */
    public List<TargetCheck> checks() {
        List<TargetCheck> out = new ArrayList<>();
        Targets t = scenario.targets();
        if (t == null) {
            return out;
        }
        TreeMap<Integer, Double> rate = series(REGION, URBANIZATION_RATE);
        t.urbanizationRate().forEach((y, v) -> out.add(new TargetCheck(REGION, URBANIZATION_RATE, y, v, rate.get(y))));
        TreeMap<Integer, Double> added = series(REGION, URBAN_RESIDENTS_ADDED);
        t.urbanResidentsAddedPerYear().forEach((y, v) ->
                out.add(new TargetCheck(REGION, URBAN_RESIDENTS_ADDED, y, v, added.get(y))));
        for (Targets.PlaceTarget p : t.places()) {
            TreeMap<Integer, Double> pop = series(p.place(), POPULATION);
            p.population().forEach((y, v) -> out.add(new TargetCheck(p.place(), POPULATION, y, v, pop.get(y))));
            TreeMap<Integer, Double> built = series(p.place(), BUILT_UP_RESIDENTS);
            p.builtUpResidents().forEach((y, v) ->
                    out.add(new TargetCheck(p.place(), BUILT_UP_RESIDENTS, y, v, built.get(y))));
        }
        return out;
    }

    /** The summary lines (without the output folder line, which the caller prints last). */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("scenario " + scenario.name() + ", " + scenario.startYear() + "-" + scenario.endYear());
        TreeMap<Integer, Double> rate = series(REGION, URBANIZATION_RATE);
        if (rate.isEmpty()) {
            lines.add("urbanization rate: not produced");
        } else {
            Map.Entry<Integer, Double> first = entryAtOr(rate, scenario.startYear(), true);
            Map.Entry<Integer, Double> last = entryAtOr(rate, scenario.endYear(), false);
            lines.add("urbanization rate: " + percent(first.getValue()) + " in " + first.getKey() + " -> "
                    + percent(last.getValue()) + " in " + last.getKey());
        }
        lines.add(String.format(Locale.ROOT, "movers: %.0f in total", totalMovers()));
        List<TargetCheck> checks = checks();
        if (checks.isEmpty()) {
            lines.add("targets: none");
        } else {
            long met = checks.stream().filter(TargetCheck::met).count();
            lines.add("targets: " + met + " of " + checks.size() + " met");
            checks.forEach(c -> lines.add("  " + c.describe()));
        }
        return lines;
    }

    private static Map.Entry<Integer, Double> entryAtOr(TreeMap<Integer, Double> s, int year, boolean first) {
        Double v = s.get(year);
        if (v != null) {
            return Map.entry(year, v);
        }
        return first ? s.firstEntry() : s.lastEntry();
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}

package townward.collect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import townward.scenario.Place;
import townward.scenario.Scenario;

/**
 * What the start calibration (MODEL.md section 9) did to the urban places: one factor applied to every urban
 * place's written population so that the start year's rate equals the observed one. A planner must see it, since
 * a county seat written as 80,000 may start at half that.
 *
 * @param factor  the factor applied (1 when no start-year rate is observed)
 * @param places  each urban place's written population, the population used and its start-year residents
 */
public record StartRescale(double factor, List<PlaceStart> places) {

    /** Below 1/FAR or above FAR the written populations and the observed rate disagree enough to say so. */
    static final double FAR = 1.25;

    /**
     * @param name       place name
     * @param written    {@code population} as the scenario gives it
     * @param used       the population the run started from (written × factor)
     * @param residents  the start-year residents, members of rural families living there included (NaN if not
     *                   recorded)
     */
    public record PlaceStart(String name, double written, double used, double residents) {
    }

    public StartRescale {
        places = List.copyOf(places);
    }

    /** The rescale of a run from its recorded factor and start-year place populations. */
    static StartRescale of(Scenario s, double factor, Map<String, Double> startPopulation) {
        List<PlaceStart> out = new ArrayList<>();
        for (Place p : s.places()) {
            if (p.kind().urbanByDefault() && p.population() > 0) {
                out.add(new PlaceStart(p.name(), p.population(), p.population() * factor,
                        startPopulation.getOrDefault(p.name(), Double.NaN)));
            }
        }
        return new StartRescale(factor, out);
    }

    /** Summary lines: the factor, then one line per urban place. */
    List<String> lines(int startYear) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "start calibration: urban places' populations x %.3f so that %d "
                + "matches the observed urbanization rate", factor, startYear));
        for (PlaceStart p : places) {
            String residents = Double.isNaN(p.residents()) ? ""
                    : String.format(Locale.ROOT, " (%,.0f residents in %d, rural families' members included)",
                            p.residents(), startYear);
            lines.add(String.format(Locale.ROOT, "  %s: written %,.0f, used %,.0f%s", p.name(), p.written(),
                    p.used(), residents));
        }
        return lines;
    }

    /** The warning when the factor is far from 1, else null. */
    String warning(int startYear) {
        return warning(factor, startYear);
    }

    /** The warning for a start factor (a run's, or a batch's mean) when far from 1, else null. */
    public static String warning(double factor, int startYear) {
        if (!(factor > FAR || factor < 1 / FAR)) {
            return null;
        }
        return String.format(Locale.ROOT, "the start calibration multiplied the urban places' populations by %.3f "
                + "to match observed.urbanization_rate.%d: the populations written under places (%s) and the "
                + "counties' rural households do not agree with that rate. %s", factor, startYear,
                factor < 1 ? "too large" : "too small", factor < 1
                        ? "Lower the urban places' population (or raise rural_households), or check the observed rate."
                        : "Raise the urban places' population (or lower rural_households), or check the observed rate.");
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("factor", round(factor, 6));
        List<Map<String, Object>> list = new ArrayList<>();
        for (PlaceStart p : places) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("place", p.name());
            e.put("written_population", Math.round(p.written()));
            e.put("used_population", Math.round(p.used()));
            if (!Double.isNaN(p.residents())) {
                e.put("start_residents", Math.round(p.residents()));
            }
            list.add(e);
        }
        m.put("places", list);
        return m;
    }

    private static double round(double v, int digits) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(digits)).doubleValue();
    }
}

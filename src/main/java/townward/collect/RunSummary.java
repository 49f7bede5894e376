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
 * Keeps the few series the end-of-run summary needs (region urbanization rate, movers, and the metrics the
 * scenario's targets name) and renders the summary.
 */
public final class RunSummary implements MetricSink {

    public static final String REGION = "region";
    public static final String URBANIZATION_RATE = "urbanization_rate";
    public static final String MOVERS = "movers";
    static final String START_FACTOR = "start_population_factor";
    static final String POPULATION = "population";

    private final Scenario scenario;
    private final Set<String> regionMetrics = new HashSet<>(Set.of(URBANIZATION_RATE, MOVERS));
    private final Set<String> placeMetrics = new HashSet<>();
    private final Set<String> targetedPlaces = new HashSet<>();
    private final Set<String> urbanPlaces = new HashSet<>();
    private final Map<String, Double> startPopulation = new HashMap<>();
    private Double startFactor;
    /** key "place\u0000metric" → year → value. */
    private final Map<String, TreeMap<Integer, Double>> series = new HashMap<>();

    public RunSummary(Scenario scenario) {
        this.scenario = scenario;
        scenario.places().stream().filter(p -> p.kind().urbanByDefault()).forEach(p -> urbanPlaces.add(p.name()));
        Targets t = scenario.targets();
        if (t != null) {
            t.region().keySet().forEach(k -> regionMetrics.add(Targets.REGION_METRICS.get(k)));
            for (Targets.PlaceTarget p : t.places()) {
                targetedPlaces.add(p.place());
                p.targets().keySet().forEach(k -> placeMetrics.add(Targets.PLACE_METRICS.get(k)));
            }
        }
    }

    @Override
    public synchronized void record(int year, String place, String metric, double value) {
        if (year == scenario.startYear()) {
            if (START_FACTOR.equals(metric) && REGION.equals(place)) {
                startFactor = value;
            } else if (POPULATION.equals(metric) && urbanPlaces.contains(place)) {
                startPopulation.put(place, value);
            }
        }
        boolean keep = REGION.equals(place) ? regionMetrics.contains(metric)
                : targetedPlaces.contains(place) && placeMetrics.contains(metric);
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

    /** What the start calibration did to the urban places, or null when the run recorded no factor. */
    public synchronized StartRescale rescale() {
        return startFactor == null ? null : StartRescale.of(scenario, startFactor, startPopulation);
    }

    /** Warnings about the run for stderr (each without the {@code townward: warning: } prefix). */
    public List<String> warnings() {
        StartRescale r = rescale();
        String w = r == null ? null : r.warning(scenario.startYear());
        return w == null ? List.of() : List.of(w);
    }

    /** Every target of the scenario, in a stable order. */
    public List<TargetCheck> checks() {
        List<TargetCheck> out = new ArrayList<>();
        Targets t = scenario.targets();
        if (t == null) {
            return out;
        }
        t.region().forEach((key, years) -> {
            String metric = Targets.REGION_METRICS.get(key);
            TreeMap<Integer, Double> projected = series(REGION, metric);
            years.forEach((y, v) -> out.add(new TargetCheck(REGION, metric, y, v, projected.get(y))));
        });
        for (Targets.PlaceTarget p : t.places()) {
            p.targets().forEach((key, years) -> {
                String metric = Targets.PLACE_METRICS.get(key);
                TreeMap<Integer, Double> projected = series(p.place(), metric);
                years.forEach((y, v) -> out.add(new TargetCheck(p.place(), metric, y, v, projected.get(y))));
            });
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
        StartRescale r = rescale();
        if (r != null && !r.places().isEmpty()) {
            boolean observed = scenario.observed() != null
                    && scenario.observed().urbanizationRate().containsKey(scenario.startYear());
            lines.addAll(observed ? r.lines(scenario.startYear()) : List.of("start calibration: none (no "
                    + "observed.urbanization_rate for " + scenario.startYear() + "): the urban places start at "
                    + "their written populations"));
        }
        lines.add(String.format(Locale.ROOT, "movers: %.0f in total", totalMovers()));
        List<TargetCheck> checks = checks();
        if (checks.isEmpty()) {
            lines.add("targets: none");
        } else {
            long met = checks.stream().filter(TargetCheck::met).count();
            lines.add("targets: " + met + " of " + checks.size() + " met in this one replication (a single draw:"
                    + " townward targets gives the mean of 10 with its 90 % band)");
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

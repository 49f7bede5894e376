package townward.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import townward.scenario.Scenario;
import townward.scenario.ScenarioLoader;

/** Test helpers: load the example with sets, run it, and keep every recorded metric. */
final class Runs {
    static final Path EXAMPLE = Path.of("scenarios/example.yaml");

    private Runs() {
    }

    static Scenario example(String... sets) {
        return example(Arrays.asList(sets));
    }

    static Scenario example(List<String> sets) {
        try {
            return ScenarioLoader.load(EXAMPLE, sets);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every metric of one run: key "place|metric" to values by year. */
    static final class Metrics implements MetricSink {
        final Map<String, Map<Integer, Double>> values = new HashMap<>();
        final List<String> order = new ArrayList<>();

        @Override
        public synchronized void record(int year, String place, String metric, double value) {
            values.computeIfAbsent(place + "|" + metric, k -> new HashMap<>()).put(year, value);
            order.add(year + "," + place + "," + metric + "," + value);
        }

        double get(int year, String place, String metric) {
            Map<Integer, Double> m = values.get(place + "|" + metric);
            if (m == null || !m.containsKey(year)) {
                throw new AssertionError("no metric " + place + "|" + metric + " in " + year);
            }
            return m.get(year);
        }

        double region(int year, String metric) {
            return get(year, Recording.REGION, metric);
        }

        /** Sum over all years after the start year. */
        double cumulative(String place, String metric) {
            Map<Integer, Double> m = values.get(place + "|" + metric);
            if (m == null) {
                throw new AssertionError("no metric " + place + "|" + metric);
            }
            int first = m.keySet().stream().mapToInt(Integer::intValue).min().orElseThrow();
            return m.entrySet().stream().filter(e -> e.getKey() > first).mapToDouble(Map.Entry::getValue).sum();
        }

        int lastYear() {
            return values.get(Recording.REGION + "|urbanization_rate").keySet().stream()
                    .mapToInt(Integer::intValue).max().orElseThrow();
        }
    }

    /**
     * Runs of a scenario file, one for each seed firstSeed, firstSeed + 1, ..., n of them in parallel, each with the
     * given sets.
     */
    static List<Metrics> seeds(Path file, int n, long firstSeed, List<String> sets) {
        return java.util.stream.IntStream.range(0, n).parallel().mapToObj(k -> {
            List<String> all = new ArrayList<>(sets);
            all.add("seed=" + (firstSeed + k));
            try {
                return run(ScenarioLoader.load(file, all));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Mean over runs of a region metric summed over the years after the start. */
    static double meanCumulative(List<Metrics> runs, String metric) {
        return runs.stream().mapToDouble(m -> m.cumulative(Recording.REGION, metric)).average().orElseThrow();
    }

    static Metrics run(Scenario s) {
        return run(s, 1, r -> { });
    }

    static Metrics run(Scenario s, int threads, Consumer<Region> afterYear) {
        Metrics m = new Metrics();
        Simulation.run(s, threads, m, afterYear);
        return m;
    }
}

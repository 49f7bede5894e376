package townward.calibration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import townward.batch.ReplicationSeeds;
import townward.model.Simulation;
import townward.scenario.Scenario;
import townward.scenario.ScenarioException;
import townward.scenario.ScenarioLoader;

/**
 * Runs every calibration series with a set of coefficients, {@code runs} replications each with the same seeds at
 * every evaluation (common random numbers: differences between evaluations come from the coefficients, not from
 * luck), replications in parallel.
 */
final class Evaluator implements AutoCloseable {

    /**
     * Region urbanization rate, residents as a multiple of the start year's (growth) and the cross-province share of
     * outside migrants, by year, of each replication of each series.
     */
    record Result(List<Map<Integer, double[]>> rate, List<Map<Integer, double[]>> growth,
                  List<Map<Integer, double[]>> crossProvince) {

        /** The replications' values a point compares, or null when its year is not simulated. */
        double[] runs(FitPoint p) {
            return (switch (p.kind()) {
                case RATE -> rate;
                case POPULATION -> growth;
                case CROSS_PROVINCE -> crossProvince;
            }).get(p.series()).get(p.year());
        }
    }

    private final CalibrationConfig config;
    private final ExecutorService pool;

    Evaluator(CalibrationConfig config, int threads) {
        this.config = config;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "calibration");
            t.setDaemon(true);
            return t;
        });
    }

    /** The sets that put coefficients theta into a scenario. */
    List<String> sets(double[] theta) {
        List<String> sets = new ArrayList<>();
        for (int j = 0; j < theta.length; j++) {
            sets.add("behaviour." + config.parameters().get(j).name() + "=" + theta[j]);
        }
        return sets;
    }

    Result run(double[] theta, int runs) throws CalibrationException {
        List<String> sets = sets(theta);
        List<Scenario> scenarios = new ArrayList<>();
        for (CalibrationConfig.Series s : config.series()) {
            scenarios.add(load(s.scenario(), sets));
        }
        List<Map<Integer, double[]>> rate = new ArrayList<>();
        List<Map<Integer, double[]>> residents = new ArrayList<>();
        List<Map<Integer, double[]>> cross = new ArrayList<>();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            Map<Integer, double[]> rt = new HashMap<>();
            Map<Integer, double[]> rs = new HashMap<>();
            Map<Integer, double[]> cp = new HashMap<>();
            rate.add(rt);
            residents.add(rs);
            cross.add(cp);
            Scenario sc = scenarios.get(i);
            for (int y = sc.startYear(); y <= sc.endYear(); y++) {
                rt.put(y, new double[runs]);
                rs.put(y, new double[runs]);
                cp.put(y, new double[runs]);
            }
            for (int r = 0; r < runs; r++) {
                int rep = r;
                Scenario one = sc.withSeed(ReplicationSeeds.of(config.seed(), r));
                futures.add(pool.submit(() -> Simulation.run(one, 1, (year, place, metric, value) -> {
                    if ("region".equals(place)) {
                        if ("urbanization_rate".equals(metric)) {
                            rt.get(year)[rep] = value;
                        } else if (FitPoint.Kind.POPULATION.metric.equals(metric)) {
                            rs.get(year)[rep] = value;
                        } else if (FitPoint.Kind.CROSS_PROVINCE.metric.equals(metric)) {
                            cp.get(year)[rep] = value;
                        }
                    }
                })));
            }
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new CalibrationException("simulation failed with " + String.join(" ", sets) + ": "
                    + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CalibrationException("interrupted");
        }
        for (int i = 0; i < scenarios.size(); i++) {
            Map<Integer, double[]> rs = residents.get(i);
            double[] start = rs.get(scenarios.get(i).startYear()).clone();
            rs.values().forEach(v -> {
                for (int r = 0; r < runs; r++) {
                    v[r] /= start[r];
                }
            });
        }
        return new Result(rate, residents, cross);
    }

    static Scenario load(Path file, List<String> sets) throws CalibrationException {
        try {
            return ScenarioLoader.loadWithoutBehaviourFile(file, sets);
        } catch (ScenarioException e) {
            throw new CalibrationException(String.join("\n", e.errors().stream().map(Object::toString).toList()));
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

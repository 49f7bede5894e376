package townward.model;

import townward.scenario.Scenario;

/** Runs one replication of a scenario from its start year to its end year. */
public final class Simulation {

    private Simulation() {
    }

    /**
     * Runs the scenario with its own seed and scale, feeding every year's metrics to the sink.
     *
     * @param threads worker threads for the parallel phases; results do not depend on it
     */
    public static void run(Scenario scenario, int threads, MetricSink sink) {
        run(scenario, threads, sink, region -> { });
    }

    /** As {@link #run(Scenario, int, MetricSink)}, calling {@code afterYear} with the region after each year. */
    public static void run(Scenario scenario, int threads, MetricSink sink, java.util.function.Consumer<Region> afterYear) {
        TownwardModel model = new TownwardModel(scenario, threads, sink);
        try {
            model.start();
            afterYear.accept(model.region());
            while (!model.done()) {
                model.schedule.step(model);
                afterYear.accept(model.region());
            }
        } finally {
            model.finish();
        }
    }
}

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
        throw new UnsupportedOperationException("model not yet wired");  // replaced by the model commit
    }
}

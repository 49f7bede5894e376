package townward.batch;

import townward.model.MetricSink;
import townward.scenario.Scenario;

/** Runs one replication (the CLI passes its injectable runner, tests a fake). */
@FunctionalInterface
public interface Engine {
    void run(Scenario scenario, int threads, MetricSink sink);
}

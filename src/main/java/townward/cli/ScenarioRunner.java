package townward.cli;

import townward.model.MetricSink;
import townward.model.Simulation;
import townward.scenario.Scenario;

/** Runs one replication of a scenario; {@link #standard()} is the model. Tests inject fakes. */
@FunctionalInterface
public interface ScenarioRunner {

    void run(Scenario scenario, int threads, MetricSink sink);

    static ScenarioRunner standard() {
        return Simulation::run;
    }
}

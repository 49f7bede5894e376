package townward.cli;

import java.nio.file.Path;
import java.util.List;

import townward.check.ScenarioWarnings;
import townward.scenario.Scenario;
import townward.scenario.ScenarioException;
import townward.scenario.ScenarioLoader;

/** Loads and prints scenarios; {@link #standard()} is {@link ScenarioLoader}. Tests may inject fakes. */
public interface ScenarioSource {

    Scenario load(Path file, List<String> sets) throws ScenarioException;

    String toResolvedYaml(Scenario scenario);

    /** What the planner must be told about a valid scenario (uncalibrated coefficients, unreachable targets). */
    default List<String> warnings(Path file, List<String> sets, Scenario scenario) throws ScenarioException {
        return ScenarioWarnings.of(scenario, ScenarioLoader.namesBehaviourFile(file, sets));
    }

    static ScenarioSource standard() {
        return new ScenarioSource() {
            @Override
            public Scenario load(Path file, List<String> sets) throws ScenarioException {
                return ScenarioLoader.load(file, sets);
            }

            @Override
            public String toResolvedYaml(Scenario scenario) {
                return ScenarioLoader.toResolvedYaml(scenario);
            }
        };
    }
}

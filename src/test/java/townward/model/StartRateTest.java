package townward.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import townward.scenario.Scenario;
import townward.scenario.ScenarioLoader;

/** MODEL.md section 9: the start-year rate equals the observed one. */
class StartRateTest {

    @Test
    void exampleStartsAtObservedRate() {
        Scenario s = Runs.example("scale=0.25", "end_year=2024");
        Runs.Metrics m = Runs.run(s);
        assertEquals(s.observed().urbanizationRate().get(s.startYear()),
                m.region(s.startYear(), "urbanization_rate"), 1e-9);
    }

    @Test
    void exampleStartsAtAnotherObservedRate() {
        Scenario s = Runs.example("scale=0.25", "end_year=2024", "observed.urbanization_rate.2024=0.61", "seed=3");
        assertEquals(0.61, Runs.run(s).region(2024, "urbanization_rate"), 1e-9);
    }

    @Test
    void randomScenariosStartAtObservedRate() throws Exception {
        for (long seed = 101; seed <= 106; seed++) {
            String yaml = RandomScenario.yaml(seed);
            Scenario s = ScenarioLoader.parse(yaml, "r.yaml", List.of());
            Scenario one = ScenarioLoader.parse(yaml, "r.yaml", List.of("end_year=" + s.startYear()));
            assertEquals(one.observed().urbanizationRate().get(one.startYear()),
                    Runs.run(one).region(one.startYear(), "urbanization_rate"), 1e-9, "random scenario " + seed);
        }
    }
}

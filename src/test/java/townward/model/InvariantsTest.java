package townward.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import townward.scenario.Scenario;
import townward.scenario.ScenarioLoader;

/** State invariants every year: the example and randomly parameterized scenarios. */
class InvariantsTest {

    static void runChecked(Scenario s) {
        Runs.Metrics m = new Runs.Metrics();
        AtomicInteger years = new AtomicInteger();
        Invariants.Stock stock = new Invariants.Stock();
        Simulation.run(s, 1, m, r -> {
            Invariants.check(r, m, stock);
            years.incrementAndGet();
        });
        assertEquals(s.endYear() - s.startYear() + 1, years.get(), "afterYear calls");
    }

    @Test
    void exampleKeepsInvariantsEveryYear() {
        runChecked(Runs.example("scale=0.25"));
    }

    @Test
    void exampleWithoutLeversKeepsInvariants() {
        List<String> sets = new java.util.ArrayList<>(List.of("scale=0.25", "seed=7"));
        for (int i = 0; i < 16; i++) {
            sets.add("policies[" + i + "].from=2099");
            sets.add("policies[" + i + "].to=2100");
        }
        runChecked(Runs.example(sets));
    }

    @ParameterizedTest(name = "random scenario {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void randomScenarioKeepsInvariants(long seed) throws Exception {
        String yaml = RandomScenario.yaml(seed);
        Scenario s;
        try {
            s = ScenarioLoader.parse(yaml, "random-" + seed + ".yaml", List.of());
        } catch (townward.scenario.ScenarioException e) {
            throw new AssertionError("generated scenario does not load: " + e.errors() + "\n" + yaml, e);
        }
        try {
            runChecked(s);
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("random scenario " + seed + " failed: " + e.getMessage() + "\n" + yaml, e);
        }
    }
}

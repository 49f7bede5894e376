package townward.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import townward.scenario.Scenario;
import townward.scenario.ScenarioLoader;

/** Every shipped scenario runs its first three years at a small scale with every invariant holding. */
class ShippedScenariosTest {

    static Stream<Path> shipped() throws Exception {
        return ShippedScenarios.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void runsThreeYearsKeepingInvariants(Path file) throws Exception {
        Scenario full = ScenarioLoader.load(file, List.of());
        Scenario s = ScenarioLoader.load(file, List.of(ShippedScenarios.testScale(full, 20_000),
                "end_year=" + Math.min(full.endYear(), full.startYear() + 3)));
        Runs.Metrics m = new Runs.Metrics();
        Invariants.Stock stock = new Invariants.Stock();
        AtomicInteger years = new AtomicInteger();
        Simulation.run(s, 2, m, r -> {
            Invariants.check(r, m, stock);
            years.incrementAndGet();
        });
        assertEquals(s.endYear() - s.startYear() + 1, years.get());
        Double observed = s.observed().urbanizationRate().get(s.startYear());
        if (observed != null) {
            assertEquals(observed, m.region(s.startYear(), "urbanization_rate"), 1e-9, "starts at the observed rate");
        }
        assertTrue(m.region(s.endYear(), "residents") > 0);
        assertFalse(s.description().isBlank(), file + " has a description");
    }
}

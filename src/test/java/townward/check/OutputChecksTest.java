package townward.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import townward.model.Simulation;
import townward.scenario.Scenario;
import townward.scenario.ScenarioLoader;

/**
 * What must hold in any run: the checks catch a leak, a negative price and a NaN, and find none in the example
 * at its default scale nor at the edges of the ranges; the full profile ({@code -Dtownward.fuzz}) runs every
 * shipped scenario at its default scale.
 */
class OutputChecksTest {

    @Test
    void catchesLeaksNegativesAndNaN() {
        OutputChecks c = new OutputChecks();
        year(c, 2024, 1000, 100, 0, 0, 0, 0);
        year(c, 2025, 1010, 100, 20, 10, 0, 0);    // +10 = 20 - 10
        year(c, 2026, 1027, 100, 0, 0, 0, 5);      // +17: 5 returning cohorts and 12 from nowhere
        c.record(2026, "Dongshan", "price", -3);
        c.record(2026, "region", "vacancies", -4.5e-12);   // rounding, not a negative vacancy
        c.record(2026, "region", "urbanization_rate", Double.NaN);
        List<String> p = c.problems();
        assertEquals(3, p.size(), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("2026 region persons not conserved") && s.contains("+12.0")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("Dongshan price is negative")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("urbanization_rate is NaN")), p.toString());
    }

    private static void year(OutputChecks c, int y, double residents, double outside, double births, double deaths,
                             double outMigrants, double cohortReturners) {
        c.record(y, "region", "residents", residents);
        c.record(y, "region", "population_outside", outside);
        c.record(y, "region", "births", births);
        c.record(y, "region", "deaths", deaths);
        c.record(y, "region", "left_region", outMigrants);
        c.record(y, "region", "in_migrant_arrivals", 0);
        c.record(y, "region", "in_migrant_departures", 0);
        c.record(y, "region", "cohort_returners", cohortReturners);
    }

    @Test
    void theExampleAtItsDefaultScaleAndTheEdgesOfTheRangesPassEveryYear() throws Exception {
        assertSound(ScenarioLoader.load(Path.of("scenarios/example.yaml"), List.of()));
        assertSound(ScenarioLoader.load(Path.of("scenarios/example.yaml"), List.of("scale=0.2",
                "economy.price_elasticity=3", "policies[5].flats_per_year=100000",
                "places[0].housing.completions=100000", "places[1].housing.units=100000000")));
    }

    @Test
    void everyShippedScenarioAtItsDefaultScaleInTheFullProfile() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Integer.getInteger("townward.fuzz") != null,
                "full profile only (-Dtownward.fuzz=N)");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        for (Path f : files) {
            assertSound(ScenarioLoader.load(f, List.of()));
        }
    }

    private static void assertSound(Scenario s) {
        OutputChecks c = new OutputChecks();
        Simulation.run(s, 2, c);
        List<String> p = c.problems();
        System.out.printf("checks: %s at scale %s: %d values, %d problems%n", s.name(), s.scale(), c.values(), p.size());
        assertTrue(c.values() > 1000, "the run recorded its metrics");
        assertTrue(p.isEmpty(), s.name() + ": " + p.subList(0, Math.min(10, p.size())));
    }
}

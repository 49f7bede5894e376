package townward.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import townward.scenario.Scenario;

/** Built-up growth absorbs villages; dated-at-start levers act; commuters fill only what residents leave. */
class BuiltUpAndCommutingTest {

    @Test
    void builtUpGrowthAbsorbsVillageClusters() {
        Scenario slow = Runs.example("scale=0.25", "end_year=2030", "places[0].built_up_growth_km2=0");
        Scenario fast = Runs.example("scale=0.25", "end_year=2030", "places[0].built_up_growth_km2=60");
        Runs.Metrics a = Runs.run(slow);
        Runs.Metrics b = Runs.run(fast);
        double seatA = a.get(2030, "Qinghe County Seat", "built_up_residents");
        double seatB = b.get(2030, "Qinghe County Seat", "built_up_residents");
        // 60 km2 a year: radius 1.4 km -> 10 km by 2030, reaching many of the seat's clusters (within 14 km)
        assertTrue(seatB > seatA + 5000, "built-up residents " + seatA + " -> " + seatB);
        assertTrue(b.cumulative(Recording.REGION, "change_reclassification")
                > a.cumulative(Recording.REGION, "change_reclassification") + 5000);
        assertEquals(a.region(2024, "urbanization_rate"), b.region(2024, "urbanization_rate"), 1e-12,
                "growth starts with the first simulated year");
    }

    @Test
    void aReclassificationDatedInTheStartYearActsInTheFirstSimulatedYear() {
        // policies[14] relocates Liujia Village (300 households) to Dongshan from 2027
        Runs.Metrics m = Runs.run(Runs.example("scale=0.5", "end_year=2026", "policies[14].from=2024"));
        assertTrue(m.get(2025, Recording.REGION, "relocated_households") > 0, "relocated in 2025");
    }
}

package townward.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import townward.scenario.Scenario;
import townward.scenario.Targets;

class RunSummaryTest {

    static Scenario scenario(Targets targets) {
        return new Scenario("demo", "Demo", "", 2024, 2026, 1, 1.0, null, null, null, null, List.of(), null,
                List.of(), List.of(), List.of(), targets);
    }

    @Test
    void keepsOnlyWhatTheSummaryNeedsAndChecksTargets() {
        Targets t = Targets.of(Map.of("urbanization_rate", Map.of(2025, 0.55, 2026, 0.55),
                "urban_residents_added_per_year", Map.of(2025, 100.0)),
                List.of(Targets.PlaceTarget.of("Dongshan", Map.of("population", Map.of(2026, 1000.0),
                        "built_up_residents", Map.of(2030, 5.0)))));
        RunSummary s = new RunSummary(scenario(t));
        for (int y = 2024; y <= 2026; y++) {
            s.record(y, "region", "urbanization_rate", 0.50 + 0.03 * (y - 2024));
            s.record(y, "region", "movers", 10);
            s.record(y, "region", "population", 99);          // not needed: dropped
            s.record(y, "Xipo", "population", 99);            // not targeted: dropped
            s.record(y, "Dongshan", "population", 900 + 100 * (y - 2024));
        }
        s.record(2025, "region", "urban_residents_added", 80);
        assertEquals(30, s.totalMovers());
        assertTrue(s.series("region", "population").isEmpty());
        assertTrue(s.series("Xipo", "population").isEmpty());

        List<TargetCheck> checks = s.checks();
        assertEquals(5, checks.size());
        assertFalse(checks.get(0).met());                       // 0.53 < 0.55 in 2025
        assertEquals(0.02, checks.get(0).shortfall(), 1e-12);
        assertTrue(checks.get(1).met());                        // 0.56 >= 0.55 in 2026
        assertFalse(checks.get(2).met());                       // 80 < 100
        assertTrue(checks.get(3).met());                        // Dongshan 1100 >= 1000
        assertNull(checks.get(4).projected());                  // 2030 not simulated

        List<String> lines = s.lines();
        assertTrue(lines.contains("urbanization rate: 50.0% in 2024 -> 56.0% in 2026"), lines.toString());
        assertTrue(lines.contains("movers: 30 in total"), lines.toString());
        assertTrue(lines.contains("targets: 2 of 5 met in this one replication (a single draw: townward targets gives "
                + "the mean of 10 with its 90 % band)"), lines.toString());
        assertTrue(lines.contains(
                "  region urbanization_rate 2025: target 55.0%, projected 53.0%, missed by 2.0 points"),
                lines.toString());
        assertTrue(lines.contains("  region urban_residents_added 2025: target 100, projected 80, missed by 20"),
                lines.toString());
        assertTrue(lines.contains("  Dongshan population 2026: target 1000, projected 1100, met"), lines.toString());
    }
}

package townward.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import townward.scenario.Place;
import townward.scenario.PlaceKind;
import townward.scenario.Scenario;

class StartRescaleTest {

    static Place place(String name, PlaceKind kind, double population) {
        return new Place(name, kind, "C", null, 0, false, Double.NaN, Double.NaN, population, 0, 0, 0, false, 0,
                null, null, null, townward.scenario.CityTier.COUNTY_LEVEL);
    }

    static Scenario scenario() {
        return new Scenario("demo", "Demo", "", 2024, 2026, 1, 1.0,
                new Scenario.Observed(Map.of(2024, 0.5)), null, null, null, List.of(), null, List.of(),
                List.of(place("Seat", PlaceKind.COUNTY_SEAT, 80000), place("Village", PlaceKind.VILLAGE, 0)),
                List.of(), null);
    }

    static RunSummary run(double factor) {
        RunSummary s = new RunSummary(scenario());
        s.record(2024, "region", "start_population_factor", factor);
        s.record(2024, "Seat", "population", 80000 * factor + 1234);
        s.record(2025, "Seat", "population", 1);   // not the start: ignored
        s.record(2024, "region", "urbanization_rate", 0.5);
        return s;
    }

    @Test
    void theSummaryGivesTheFactorAndEachUrbanPlacesWrittenAndUsedPopulation() {
        List<String> lines = run(0.495).lines();
        assertTrue(lines.contains("start calibration: urban places' populations x 0.495 so that 2024 matches the "
                + "observed urbanization rate"), lines.toString());
        assertTrue(lines.contains("  Seat: written 80,000, used 39,600 (40,834 residents in 2024, rural families' "
                + "members included)"), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.contains("Village")), lines.toString());
    }

    @Test
    void aFactorFarFromOneIsWarnedAboutWithWhatToChange() {
        List<String> w = run(0.495).warnings();
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).contains("0.495") && w.get(0).contains("too large")
                && w.get(0).contains("Lower the urban places' population"), w.get(0));
        assertTrue(run(1.6).warnings().get(0).contains("too small"), run(1.6).warnings().toString());
        assertEquals(List.of(), run(0.95).warnings());
        assertEquals(List.of(), new RunSummary(scenario()).warnings());   // no factor recorded: nothing to say
    }

    @Test
    void theManifestRecordsTheRescale() {
        StartRescale r = run(0.5).rescale();
        assertNotNull(r);
        Map<String, Object> m = new Manifest("v", null, "f.yaml", "00", "demo", 1, 1.0, 1, 2024, 2026, List.of(),
                1.0, "17", OffsetDateTime.parse("2026-01-01T00:00:00Z"), r).toMap();
        @SuppressWarnings("unchecked")
        Map<String, Object> calibration = (Map<String, Object>) m.get("start_calibration");
        assertEquals(0.5, calibration.get("factor"));
        assertEquals(List.of(Map.of("place", "Seat", "written_population", 80000L, "used_population", 40000L,
                "start_residents", 41234L)), calibration.get("places"));
        assertNull(new Manifest("v", null, "f.yaml", "00", "demo", 1, 1.0, 1, 2024, 2026, List.of(), 1.0, "17",
                OffsetDateTime.parse("2026-01-01T00:00:00Z"), null).toMap().get("start_calibration"));
    }

    @Test
    void progressSaysTheStartYearIsBuiltNotSimulated() {
        java.io.StringWriter w = new java.io.StringWriter();
        var sink = MetricSinks.progress((y, p, m, v) -> { }, new java.io.PrintWriter(w), 2024);
        sink.record(2024, "region", "movers", 0);
        sink.record(2025, "region", "movers", 0);
        String[] lines = w.toString().split("\n");
        assertTrue(lines[0].startsWith("year 2024: start state built ("), lines[0]);
        assertTrue(lines[1].startsWith("year 2025 simulated ("), lines[1]);
    }
}

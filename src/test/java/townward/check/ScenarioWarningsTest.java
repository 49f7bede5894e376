package townward.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import townward.scenario.Scenario;
import townward.scenario.ScenarioLoader;

class ScenarioWarningsTest {

    private static final Path EXAMPLE = Path.of("scenarios/example.yaml");

    @TempDir
    Path tmp;

    static List<String> warnings(Path file, List<String> sets) throws Exception {
        Scenario s = ScenarioLoader.load(file, sets);
        return ScenarioWarnings.of(s, ScenarioLoader.namesBehaviourFile(file, sets));
    }

    @Test
    void theExampleAsShippedHasNothingToWarnAbout() throws Exception {
        assertEquals(List.of(), warnings(EXAMPLE, List.of()));
    }

    @Test
    void aScenarioWithoutBehaviourFileIsSaidToRunOnUncalibratedCoefficients() throws Exception {
        String text = Files.readString(EXAMPLE).replaceFirst("(?m)^behaviour_file:.*$", "");
        Path file = Files.writeString(tmp.resolve("uncalibrated.yaml"), text);
        List<String> w = warnings(file, List.of());
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).startsWith("no behaviour_file: the behaviour coefficients are the format's defaults"),
                w.get(0));
        // naming it with --set is as good as in the file
        assertEquals(List.of(), warnings(file, List.of("behaviour_file=calibration/behaviour.yaml")));
    }

    @Test
    void targetsOutsideTheSimulatedYearsAreNamedWithTheirPath() throws Exception {
        List<String> w = warnings(EXAMPLE, List.of("end_year=2032"));
        assertEquals(List.of("targets.urbanization_rate.2035: the target year is after end_year 2032, so the run "
                + "cannot check it; raise end_year (or --years) to 2035 or later"), w);
        List<String> early = warnings(EXAMPLE, List.of("targets.urban_residents_added_per_year.2020=100"));
        assertEquals(1, early.size(), early.toString());
        assertTrue(early.get(0).startsWith("targets.urban_residents_added_per_year.2020: the target year is before "
                + "start_year 2024"), early.get(0));
        List<String> place = warnings(EXAMPLE, List.of("end_year=2029"));
        assertTrue(place.stream().anyMatch(l -> l.startsWith("targets.places[Dongshan].built_up_residents.2030: ")),
                place.toString());
        assertFalse(place.stream().anyMatch(l -> l.contains(".2026")), place.toString());
    }
}

package townward.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BadScenarioTest {

    static List<BadCases.Case> cases() {
        return BadCases.all();
    }

    @Test
    void thereAreEnoughCases() {
        assertTrue(cases().size() >= 30, "only " + cases().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsPathAndMessage(BadCases.Case c) {
        ScenarioException ex = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(c.text(), c.fileName(), c.sets()));
        String all = ex.errors().stream().map(ValidationError::toString).collect(Collectors.joining("\n"));
        ValidationError e = ex.errors().stream()
                .filter(v -> v.path().equals(c.path()) && v.message().contains(c.message()))
                .findFirst().orElseThrow(() -> new AssertionError("no error at " + c.path() + " with \""
                        + c.message() + "\" among:\n" + all));
        if (c.located()) {
            assertTrue(e.line() > 0 && e.column() > 0, "no location: " + e);
        }
        if (!c.sets().isEmpty()) {
            assertEquals("--set", e.file(), e.toString());
        }
        for (ValidationError v : ex.errors()) {
            assertFalse(v.message().matches("(?s).*(Exception|\\bat [a-z]+\\.|java\\.|com\\.fasterxml).*"), v.toString());
        }
    }

    @Test
    void reportsAllIndependentErrors() {
        String text = BadCases.edit("seed: 20240101", "seed: -1", "units: 800", "units: -5",
                "lever: pension\n", "lever: pensoin\n");
        ScenarioException ex = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(text, "x.yaml", List.of()));
        assertEquals(List.of("seed", "places[0].housing.units", "policies[13].lever"),
                ex.errors().stream().map(ValidationError::path).toList(), ex.errors().toString());
    }

    @Test
    void missingFileAndDirectory(@TempDir Path dir) {
        ScenarioException missing = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(dir.resolve("nope.yaml"), List.of()));
        assertTrue(missing.errors().get(0).message().contains("no such file"));
        ScenarioException directory = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir, List.of()));
        assertTrue(directory.errors().get(0).message().contains("is a directory"));
    }

    @Test
    void jsonFileIsParsedAsJson(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("tiny.json");
        Files.writeString(f, "{\"name\": \"tiny\", \"start_year\": 2024, \"end_year\": 2030,"
                + " \"counties\": [{\"name\": \"A\", \"rural_households\": 0}],"
                + " \"places\": [{\"name\": \"T\", \"kind\": \"town\", \"county\": \"A\"}]}");
        assertEquals(ScenarioLoader.parse(BadCases.MINIMAL, "tiny.yaml", List.of()), ScenarioLoader.load(f, List.of()));
    }
}

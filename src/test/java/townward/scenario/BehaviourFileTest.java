package townward.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BehaviourFileTest {

    @TempDir
    Path dir;

    Path scenario(String behaviourLines) throws Exception {
        String text = Files.readString(Path.of("scenarios/example.yaml"))
                .replaceFirst("(?m)^behaviour_file:.*$", "behaviour_file: shared/behaviour.yaml" + behaviourLines);
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, text);
        Files.createDirectories(dir.resolve("shared"));
        return f;
    }

    @Test
    void theFileFillsWhatTheScenarioLeavesUnset() throws Exception {
        Path f = scenario("\nbehaviour:\n  b_move: 3.5");
        Files.writeString(dir.resolve("shared/behaviour.yaml"),
                "behaviour:\n  c_urban: -12.5\n  b_move: 1.0\nfit:\n  rmse_points: 0.8\n");
        Scenario s = ScenarioLoader.load(f, List.of());
        assertEquals(-12.5, s.behaviour().cUrban());
        assertEquals(3.5, s.behaviour().bMove(), "the scenario's own value wins");
        assertEquals(-9.0, s.behaviour().cOutside(), "keys in neither keep the default");
        Scenario set = ScenarioLoader.load(f, List.of("behaviour.c_urban=-11"));
        assertEquals(-11, set.behaviour().cUrban(), "--set wins over the file");
        // the resolved scenario carries the values, not the reference
        Scenario again = ScenarioLoader.parse(ScenarioLoader.toResolvedYaml(s), "elsewhere.yaml", List.of());
        assertEquals(s, again);
    }

    @Test
    void calibrationLoadsWithoutTheFile() throws Exception {
        Path f = scenario("\nbehaviour:\n  b_move: 3.5");
        Files.writeString(dir.resolve("shared/behaviour.yaml"), "behaviour:\n  c_urban: -12.5\n  mobility_sd: 2\n");
        Scenario s = ScenarioLoader.loadWithoutBehaviourFile(f, List.of("behaviour.c_outside=-7"));
        assertEquals(-10.5, s.behaviour().cUrban(), "not the file's: the default");
        assertEquals(0, s.behaviour().mobilitySd(), "a coefficient the fit leaves alone keeps its default");
        assertEquals(3.5, s.behaviour().bMove(), "the scenario's own value");
        assertEquals(-7, s.behaviour().cOutside(), "the set");
    }

    @Test
    void problemsInTheFileNameItsLines() throws Exception {
        Path f = scenario("");
        Files.writeString(dir.resolve("shared/behaviour.yaml"), "behaviour:\n  c_urban: -12.5\n  b_mvoe: 2\n  lambda: 7\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f, List.of()));
        String all = e.errors().toString();
        assertTrue(all.contains("behaviour.yaml:3") && all.contains("b_mvoe") && all.contains("b_move"), all);
        assertTrue(all.contains("behaviour.yaml:4") && all.contains("behaviour.lambda"), all);
    }

    @Test
    void aRelativePathIsLookedUpFromTheScenarioFolderUpwards() throws Exception {
        Path deep = dir.resolve("a/b/c");
        Files.createDirectories(deep);
        Files.createDirectories(dir.resolve("shared"));
        Files.writeString(dir.resolve("shared/behaviour.yaml"), "behaviour:\n  c_urban: -12.5\n");
        Path f = deep.resolve("s.yaml");
        Files.writeString(f, Files.readString(Path.of("scenarios/example.yaml"))
                .replaceFirst("(?m)^behaviour_file:.*$", "behaviour_file: shared/behaviour.yaml"));
        assertEquals(-12.5, ScenarioLoader.load(f, List.of()).behaviour().cUrban());
        // the shipped scenarios find calibration/behaviour.yaml the same way, from scenarios/ and below
        assertEquals(ScenarioLoader.load(Path.of("scenarios/example.yaml"), List.of()).behaviour(),
                ScenarioLoader.load(Path.of("scenarios/calibration/jilin-2005.yaml"), List.of()).behaviour());
    }

    @Test
    void aMissingFileIsAClearError() throws Exception {
        Path f = scenario("");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f, List.of()));
        assertEquals(1, e.errors().size());
        assertTrue(e.errors().get(0).toString().contains("behaviour_file: no behaviour file shared/behaviour.yaml"),
                e.errors().toString());
    }
}

package townward.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townward.scenario.Scenario;
import townward.scenario.ScenarioLoader;

/** {@code calibrate --quick} on the real config and calibration scenarios, as CI runs it. */
class CalibrateCommandTest {

    @TempDir
    Path tmp;

    @Test
    void quickCalibrationWritesAUsableBehaviourFile() throws Exception {
        Path out = tmp.resolve("cal");
        CliHarness.Result r = CliHarness.execWithHandlers(new Main(), "calibrate", "--quick", "--quiet", "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("rmse at the fit points:"), r.out());
        assertTrue(r.out().contains("out of sample: fitted on {jilin=[2010]}"), r.out());
        for (String f : List.of("behaviour.yaml", "fit.csv", "fit-jilin.png", "fit-yueyang.png",
                "fit-china-2000.png", "fit-china-2010.png")) {
            assertTrue(Files.size(out.resolve(f)) > 100, f);
        }
        // a scenario can use the file it wrote
        Path s = tmp.resolve("s.yaml");
        Files.writeString(s, Files.readString(Path.of("scenarios/example.yaml"))
                .replaceFirst("(?m)^behaviour_file:.*$", "")
                .replace("scale: 1.0", "scale: 1.0\nbehaviour_file: " + out.resolve("behaviour.yaml")));
        Scenario loaded = ScenarioLoader.load(s, List.of());
        java.util.regex.Matcher written = java.util.regex.Pattern.compile("(?m)^  c_urban:\\s+(\\S+)")
                .matcher(Files.readString(out.resolve("behaviour.yaml")));
        assertTrue(written.find());
        assertEquals(Double.parseDouble(written.group(1)), loaded.behaviour().cUrban(), 0,
                "the scenario reads the fitted value");
        assertTrue(loaded.behaviour().cUrban() >= -20 && loaded.behaviour().cUrban() <= 10, "within the bounds");
        CliHarness.Result again = CliHarness.execWithHandlers(new Main(), "calibrate", "--quick", "--quiet", "--out",
                out.toString());
        assertEquals(1, again.code());
        assertTrue(again.err().contains("--replace"), again.err());
    }
}

package townward.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch says, as a run does, when the start calibration rescaled the urban places far from what was written. */
class StartFactorWarningTest {

    @TempDir
    Path tmp;

    static ScenarioRunner withFactor(double factor) {
        return (s, threads, sink) -> {
            for (int y = s.startYear(); y <= s.endYear(); y++) {
                if (y == s.startYear()) {
                    sink.record(y, "region", "start_population_factor", factor);
                }
                sink.record(y, "region", "urbanization_rate", 0.5);
            }
        };
    }

    CliHarness.Result batch(double factor, String out) throws Exception {
        Path scenario = Files.writeString(tmp.resolve("s.yaml"), "name: demo\n");
        return CliHarness.exec(new Main(withFactor(factor), CliHarness.fakeLoader(), tmp.resolve("r")),
                "batch", scenario.toString(), "--runs", "2", "-q", "--out", tmp.resolve(out).toString());
    }

    @Test
    void aFarFactorIsWarnedAboutAfterTheBatch() throws Exception {
        CliHarness.Result far = batch(0.5, "far");
        assertEquals(0, far.code(), far.err());
        assertTrue(far.err().contains("townward: warning: demo: the start calibration multiplied the urban places' "
                + "populations by 0.500"), far.err());
        CliHarness.Result near = batch(0.97, "near");
        assertFalse(near.err().contains("warning"), near.err());
    }
}

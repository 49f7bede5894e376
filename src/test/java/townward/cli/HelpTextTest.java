package townward.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTextTest {

    /** A bare "%" in a description makes picocli print a warning and the raw text instead of the help. */
    @ParameterizedTest
    @ValueSource(strings = {"run", "batch", "sweep", "compare", "targets", "patterns", "calibrate", "gui", "report",
        "validate", "bench"})
    void everyCommandPrintsItsHelpCleanly(String command) {
        CliHarness.Result r = CliHarness.execWithHandlers(new Main(), command, "--help");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("WARN") || r.out().contains("WARN"), r.err() + r.out());
        assertFalse(r.out().contains("%n"), r.out());
    }
}

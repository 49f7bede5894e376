package townward.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static townward.cli.CliHarness.assertNoStackTrace;
import static townward.cli.CliHarness.exec;
import static townward.cli.CliHarness.fakeLoader;
import static townward.cli.CliHarness.fakeModel;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path tmp;

    /** With the real scenario loader. */
    @Test
    void realLoaderAcceptsTheExampleAndRejectsABrokenFile() throws Exception {
        Path example = Path.of("scenarios/example.yaml");
        Path valid = Files.copy(example, tmp.resolve("valid.yaml"));
        Path invalid = Files.writeString(tmp.resolve("invalid.yaml"),
                "name: broken\nstart_year: soon\nend_year: 2030\n");
        Main main = new Main(fakeModel(), ScenarioSource.standard(), tmp.resolve("results"));

        CliHarness.Result ok = exec(main, "validate", valid.toString());
        assertEquals(0, ok.code(), ok.err());
        assertEquals("OK " + valid + "\n", ok.out().replace("\r\n", "\n"));

        CliHarness.Result bad = exec(new Main(fakeModel(), ScenarioSource.standard(), tmp.resolve("results")),
                "validate", valid.toString(), invalid.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.out().contains("OK " + valid), bad.out());
        assertFalse(bad.out().contains("OK " + invalid), bad.out());
        assertTrue(bad.err().contains(invalid.toString()), bad.err());
        assertTrue(bad.err().contains("start_year"), bad.err());
        assertNoStackTrace(bad);
    }

    @Test
    void printsEveryErrorOnePerLine() throws Exception {
        Path invalid = Files.writeString(tmp.resolve("x.yaml"), "invalid\n");
        CliHarness.Result r = exec(new Main(fakeModel(), fakeLoader(), tmp), "validate", invalid.toString());
        assertEquals(1, r.code());
        assertEquals(invalid + ":2:1: start_year: expected an integer\n" + invalid + ":3:1: places: required\n",
                r.err().replace("\r\n", "\n"));
    }

    @Test
    void missingFileIsAnErrorNotAStackTrace() throws Exception {
        Path good = Files.writeString(tmp.resolve("good.yaml"), "name: good\n");
        CliHarness.Result r = exec(new Main(fakeModel(), ScenarioSource.standard(), tmp), "validate",
                good.toString(), tmp.resolve("nope.yaml").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("nope.yaml: no such file"), r.err());
        assertNoStackTrace(r);
    }
}

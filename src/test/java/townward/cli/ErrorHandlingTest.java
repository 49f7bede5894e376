package townward.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static townward.cli.CliHarness.assertNoStackTrace;
import static townward.cli.CliHarness.fakeLoader;
import static townward.cli.CliHarness.fakeModel;
import static townward.cli.CliHarness.tree;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorHandlingTest {

    @TempDir
    Path tmp;

    @Test
    void garbageNeverPrintsAStackTraceAndExitsOne() throws Exception {
        Path s = Files.writeString(tmp.resolve("s.yaml"), "name: s\n");
        Path folder = Files.createDirectories(tmp.resolve("folder"));
        String[][] cases = {
            {},
            {"frobnicate"},
            {"--bogus"},
            {"run"},
            {"run", "--bogus", s.toString()},
            {"run", tmp.resolve("missing.yaml").toString()},
            {"run", folder.toString()},
            {"run", s.toString(), "--threads", "abc"},
            {"run", s.toString(), "--threads", "0"},
            {"run", s.toString(), "--years", "2024"},
            {"run", s.toString(), "--years"},
            {"run", s.toString(), "extra"},
            {"run", s.toString(), "--out", ""},
            {"run", "\u0000bad"},
            {"validate"},
            {"validate", "--set"},
            {"validate", tmp.resolve("missing.yaml").toString()},
        };
        List<BiFunction<Main, String[], CliHarness.Result>> ways =
                List.of(CliHarness::exec, CliHarness::execWithHandlers);
        for (var way : ways) {
            for (String[] args : cases) {
                CliHarness.Result r = way.apply(new Main(fakeModel(), fakeLoader(), tmp.resolve("results")), args);
                String what = String.join(" ", args) + " ->\n" + r.err();
                assertEquals(1, r.code(), what);
                assertTrue(!r.err().isBlank(), what);
                assertNoStackTrace(r);
            }
        }
        assertEquals(List.of("folder", "s.yaml"), tree(tmp));
    }

    @Test
    void handlersPrintOneMessageAndAHint() {
        CliHarness.Result r = CliHarness.execWithHandlers(new Main(fakeModel(), fakeLoader(), tmp), "run", "--bogus");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("townward: "), r.err());
        assertTrue(r.err().contains("Try 'townward run --help'"), r.err());
    }

    @Test
    void unexpectedModelErrorIsOneLine() throws Exception {
        Path s = Files.writeString(tmp.resolve("s.yaml"), "name: s\n");
        ScenarioRunner npe = (sc, t, sink) -> {
            throw new NullPointerException();
        };
        CliHarness.Result r = CliHarness.exec(new Main(npe, fakeLoader(), tmp.resolve("r")), "run", s.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("simulation failed"), r.err());
    }

    @Test
    void helpAndVersionWork() {
        Main main = new Main(fakeModel(), fakeLoader(), tmp);
        CliHarness.Result help = CliHarness.exec(main, "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("run") && help.out().contains("validate"), help.out());
        CliHarness.Result runHelp = CliHarness.exec(new Main(fakeModel(), fakeLoader(), tmp), "run", "--help");
        assertEquals(0, runHelp.code());
        assertTrue(runHelp.out().contains("--threads"), runHelp.out());
        CliHarness.Result version = CliHarness.exec(new Main(fakeModel(), fakeLoader(), tmp), "--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("townward "), version.out());
    }
}

package townward.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A briefing that cannot be written leaves no half-committed run and says so. */
class ReportFailureTest {

    @TempDir
    Path tmp;

    /** The fake model, which also puts a file where the run's report folder will go, so the report fails. */
    ScenarioRunner blocking(Path results) {
        return (s, threads, sink) -> {
            CliHarness.fakeModel().run(s, threads, sink);
            try (var dirs = Files.list(results.resolve("demo"))) {
                for (Path d : dirs.toList()) {
                    Files.writeString(d.resolve("report"), "in the way");
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    @Test
    void runWhoseReportFailsLeavesNothing() throws Exception {
        Path scenario = Files.writeString(tmp.resolve("demo.yaml"), "name: demo\n");
        Path results = tmp.resolve("results");
        CliHarness.Result r = CliHarness.execWithHandlers(new Main(blocking(results), CliHarness.fakeLoader(), results),
                "run", scenario.toString(), "--report");
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("report of") && r.err().contains("failed")
                && r.err().contains("no results written"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals(List.of(), CliHarness.tree(results), "no results folder, no hidden temporary one");
    }

    @Test
    void batchWhoseReportFailsKeepsTheJobAndExits2() throws Exception {
        Path scenario = Files.writeString(tmp.resolve("demo.yaml"), "name: demo\n");
        Path out = tmp.resolve("b");
        ScenarioRunner inTheWay = (s, threads, sink) -> {
            CliHarness.fakeModel().run(s, threads, sink);
            try {
                Files.writeString(tmp.resolve(".b.partial/report"), "in the way");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        CliHarness.Result r = CliHarness.execWithHandlers(new Main(inTheWay, CliHarness.fakeLoader(),
                tmp.resolve("results")), "batch", scenario.toString(), "--runs", "1", "--quiet", "--report",
                "--out", out.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("the job's results are complete in " + out.toAbsolutePath().normalize()), r.err());
        assertTrue(Files.isRegularFile(out.resolve("summary.csv")) && Files.isRegularFile(out.resolve("manifest.json")));
    }

    @Test
    void aReportIntoAFileLeavesNoPartialFolder() throws Exception {
        Path scenario = Files.writeString(tmp.resolve("demo.yaml"), "name: demo\n");
        Path results = tmp.resolve("results");
        CliHarness.Result run = CliHarness.exec(new Main(CliHarness.fakeModel(), CliHarness.fakeLoader(), results),
                "run", scenario.toString());
        assertEquals(0, run.code(), run.err());
        Path dir = Path.of(run.outLines().get(run.outLines().size() - 1));
        Path blocker = Files.writeString(dir.resolve("report"), "a file where the report folder would go");
        CliHarness.Result rep = CliHarness.execWithHandlers(new Main(), "report", dir.toString());
        assertEquals(1, rep.code(), rep.err());
        assertTrue(rep.err().contains("cannot write the report into"), rep.err());
        assertEquals("a file where the report folder would go", Files.readString(blocker));
        try (var s = Files.list(dir)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().startsWith(".")), "no hidden leftovers");
        }
    }
}

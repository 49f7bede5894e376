package townward.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pipe or a device given as a scenario is refused by its type at once, by every command that reads one. */
class SpecialFilesTest {

    @TempDir
    Path tmp;

    @Test
    void everyCommandRefusesPipesAndDevicesFast() throws Exception {
        Path fifo = tmp.resolve("fifo.yaml");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor(5, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo");
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        for (String file : List.of(fifo.toString(), "/dev/zero")) {
            for (List<String> args : List.of(List.of("run", file), List.of("validate", file),
                    List.of("batch", file, "--runs", "1", "--quiet"), List.of("bench", file),
                    List.of("targets", file), List.of("sweep", file, "--vary", "scale=0.1:0.2", "--runs", "1"))) {
                CliHarness.Result r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> CliHarness.execWithHandlers(
                        new Main(ScenarioRunner.standard(), ScenarioSource.standard(), tmp.resolve("results")),
                        args.toArray(String[]::new)));
                assertEquals(1, r.code(), args + ": " + r.err());
                assertTrue(r.err().contains("not a regular file"), args + ": " + r.err());
                assertFalse(r.err().contains("no such file"), args + ": " + r.err());
                assertFalse(r.err().contains("\tat "), r.err());
            }
        }
        assertFalse(Files.exists(tmp.resolve("results")), "nothing written");
    }
}

package townward.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job carries everything it needs: a resume gives the uninterrupted outputs byte for byte even when the
 * scenario is valid only with its --set and the behaviour file changed after the stop, and a job killed in its
 * first moments can always be resumed or started again.
 */
class SelfContainedJobTest {

    static final String[] SMALL = {"--set", "scale=0.02", "--set", "end_year=2026", "--quiet"};

    @TempDir
    Path tmp;

    @Test
    void resumeIsExactWhateverHappensToTheBehaviourFileLater() throws Exception {
        Path proj = tmp.resolve("proj");
        Files.createDirectories(proj.resolve("calibration"));
        Path behaviour = Files.copy(Path.of("calibration/behaviour.yaml"), proj.resolve("calibration/behaviour.yaml"));
        // valid only with the job's --set scale=0.02
        Path scenario = Files.writeString(proj.resolve("s.yaml"), Files.readString(Path.of("scenarios/example.yaml"))
                .replaceFirst("(?m)^scale: 1\\.0", "scale: 5.0"));
        Path whole = proj.resolve("results/whole");
        Path killed = proj.resolve("results/killed");
        CliHarness.Result w = townward(args("batch", scenario.toString(), "--runs", "12", "--threads", "2",
                "--out", whole.toString()));
        assertEquals(0, w.code(), w.err());

        Process p = child(args("batch", scenario.toString(), "--runs", "12", "--threads", "1", "--out",
                killed.toString()));
        Path parts = proj.resolve("results/.killed.partial/parts/0");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (committed(parts) < 2 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        p.destroyForcibly().waitFor();
        long before = committed(parts);
        assertTrue(before >= 2 && before < 12, "killed part-way: " + before);

        // the shared file changes after the stop; the job's own copy must be what the rest runs with
        Files.writeString(behaviour, Files.readString(behaviour).replaceFirst("(?m)^(\\s*c_urban:\\s*)\\S+", "$1-30"));
        Path stored = proj.resolve("results/.killed.partial/inputs/0-behaviour.yaml");
        String original = Files.readString(stored);
        Files.writeString(stored, original.replaceFirst("(?m)^(\\s*c_urban:\\s*)\\S+", "$1-30"));
        CliHarness.Result refused = townward("batch", "--resume", killed.toString(), "--quiet");
        assertEquals(1, refused.code(), refused.err());
        assertTrue(refused.err().contains("no longer resolves to the scenario the job started with"), refused.err());

        Files.writeString(stored, original);
        CliHarness.Result r = townward("batch", "--resume", killed.toString(), "--threads", "2", "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("this process ran " + (12 - before)), r.out());
        for (String f : List.of("runs.csv", "summary.csv")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(killed.resolve(f)), f);
        }
    }

    /** batch in the default suite; batch, sweep, compare and run in the full profile (-Dtownward.fuzz). */
    @Test
    void aJobKilledInItsFirstMomentsCanBeResumedOrStartedAgain() throws Exception {
        // -1: 200 ms after the process starts (before it writes anything); else ms after its first folder appears
        long[] moments = {-1, 0, 10, 50, 100, 200, 500};
        List<String> commands = Integer.getInteger("townward.fuzz") == null ? List.of("batch")
                : List.of("batch", "sweep", "compare", "run");
        int resumed = 0;
        int restarted = 0;
        int exact = 0;
        for (String command : commands) {
            Path whole = tmp.resolve(command + "-whole");
            CliHarness.Result w = townward(job(command, whole));
            assertEquals(0, w.code(), w.err());
            for (long ms : moments) {
                String name = command + ms;
                Path out = tmp.resolve(name);
                String[] job = job(command, out);
                Process p = child(job);
                if (ms < 0) {
                    Thread.sleep(200);
                } else {
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    while (!started(name) && p.isAlive() && System.nanoTime() < deadline) {
                        Thread.onSpinWait();
                    }
                    Thread.sleep(ms);
                }
                p.destroyForcibly().waitFor();
                if (command.equals("run")) {
                    boolean committedRun = Files.isRegularFile(out.resolve("manifest.json"));
                    assertTrue(committedRun || !Files.exists(out) || CliHarness.tree(out).isEmpty(),
                            name + ": a run folder is complete or absent");
                    if (!committedRun) {
                        CliHarness.Result again = townward(job);
                        assertEquals(0, again.code(), name + ", started again: " + again.err());
                        restarted++;
                    }
                } else {
                    CliHarness.Result r = townward(command, "--resume", out.toString(), "--quiet");
                    System.out.println("kill " + name + ": " + (r.code() == 0 ? "resumed" : r.err().strip()));
                    if (r.code() == 0) {
                        resumed++;
                    } else {
                        assertTrue(r.err().contains("no stopped job to resume") || r.err().contains("start it again")
                                || r.err().contains("is complete"), name + " ms: " + r.err());
                        if (!r.err().contains("is complete")) {
                            CliHarness.Result again = townward(job);
                            assertEquals(0, again.code(), name + " ms, started again: " + again.err());
                            restarted++;
                        }
                    }
                    assertTrue(Files.isRegularFile(out.resolve("summary.csv")), name + " ms: finished");
                }
                for (String f : command.equals("run") ? List.of("metrics.csv")
                        : List.of("runs.csv", "summary.csv", command.equals("sweep") ? "sweep.csv" : "runs.csv")) {
                    assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(out.resolve(f)),
                            name + ": " + f + " as an uninterrupted " + command + " gives");
                }
                exact++;
                try (Stream<Path> s = Files.list(tmp)) {
                    assertFalse(s.anyMatch(x -> x.getFileName().toString().startsWith("." + name)), name + ": leftovers");
                }
            }
        }
        System.out.printf("kill matrix: %s x %d moments: %d resumed, %d started again, %d byte-identical to an "
                + "uninterrupted run%n", commands, moments.length, resumed, restarted, exact);
    }

    @Test
    void aWorkFolderWithoutItsJobFromAnOlderVersionIsReplaced() throws Exception {
        Path out = tmp.resolve("old");
        Files.createDirectories(tmp.resolve(".old.partial/inputs"));
        CliHarness.Result r = townward("batch", "--resume", out.toString(), "--quiet");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("was stopped before it was recorded"), r.err());
        Files.createDirectories(tmp.resolve(".old.partial/inputs"));
        Path temp = Files.createDirectories(tmp.resolve(".old.partial.tmp-1234abcd"));
        Files.writeString(temp.resolve(".lock"), "");   // its process is gone: the lock is free
        CliHarness.Result again = townward(args("batch", "scenarios/example.yaml", "--runs", "1", "--out",
                out.toString()));
        assertEquals(0, again.code(), again.err());
        assertFalse(Files.exists(temp), "the temporary folder of a dead process is removed");
    }

    private static String[] job(String command, Path out) {
        String[] job = args(switch (command) {
            case "sweep" -> new String[] {"sweep", "scenarios/example.yaml", "--vary", "economy.wage_growth=0.03,0.06",
                "--runs", "1", "--threads", "1", "--out", out.toString()};
            case "compare" -> new String[] {"compare", "scenarios/example.yaml", "scenarios/example.yaml",
                "--runs", "1", "--threads", "1", "--out", out.toString()};
            case "run" -> new String[] {"run", "scenarios/example.yaml", "--threads", "1", "--out", out.toString()};
            default -> new String[] {"batch", "scenarios/example.yaml", "--runs", "2", "--threads", "1",
                "--out", out.toString()};
        });
        return command.equals("run") ? java.util.Arrays.stream(job).filter(a -> !a.equals("--quiet"))
                .toArray(String[]::new) : job;
    }

    /** Whether the command has made its first folder (hidden work or temporary folder, or the output). */
    private boolean started(String name) throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("." + name)
                    || p.getFileName().toString().equals(name));
        }
    }

    private Process child(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "townward.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile())
                .start();
    }

    static CliHarness.Result townward(String... args) {
        return CliHarness.execWithHandlers(new Main(), args);
    }

    static String[] args(String... head) {
        List<String> all = new ArrayList<>(List.of(head));
        all.addAll(List.of(SMALL));
        return all.toArray(String[]::new);
    }

    static long committed(Path parts) throws IOException {
        if (!Files.isDirectory(parts)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(parts)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".bin.gz")).count();
        }
    }
}

package townward.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --slurm writes the array and merge scripts and runs nothing; the scripts, run as Slurm would run them (bash with
 * SLURM_ARRAY_TASK_ID set, from another working directory), give the outputs of the job run in one process.
 */
class SlurmCommandTest {

    @TempDir
    Path tmp;

    @Test
    void theScriptsRunEveryShardAndTheMergeGivesTheWholeJob() throws Exception {
        Path dir = tmp.resolve("job");
        CliHarness.Result w = BatchCommandTest.townward(BatchCommandTest.args("batch", "scenarios/example.yaml",
                "--runs", "4", "--out", dir.toString(), "--slurm", "--shards", "3", "--partition", "short",
                "--time", "0:30:00", "--cpus", "2", "--mem", "2G", "--array-parallel", "2"));
        assertEquals(0, w.code(), w.err());
        Path work = tmp.resolve(".job.partial");
        assertFalse(Files.exists(work.resolve("shards")), "nothing ran");
        assertFalse(Files.exists(dir));
        assertTrue(w.out().contains("array=$(sbatch --parsable " + work.resolve("job.sbatch") + ")"), w.out());
        assertTrue(w.out().contains("sbatch --dependency=afterok:${array%%;*} " + work.resolve("merge.sbatch")),
                w.out());

        String job = Files.readString(work.resolve("job.sbatch"));
        for (String line : List.of("#!/bin/bash", "#SBATCH --array=0-2%2", "#SBATCH --partition=short",
                "#SBATCH --time=0:30:00", "#SBATCH --cpus-per-task=2", "#SBATCH --mem=2G",
                "#SBATCH --output=" + work.resolve("slurm/shard-%a-%A.out"))) {
            assertTrue(job.lines().anyMatch(line::equals), line + " in\n" + job);
        }
        assertTrue(job.contains(" batch --resume " + dir.toAbsolutePath() + " --shard \"${SLURM_ARRAY_TASK_ID}/3\""
                + " --threads 2"), job);
        String merge = Files.readString(work.resolve("merge.sbatch"));
        assertTrue(merge.contains(" merge " + dir.toAbsolutePath() + " --threads 2"), merge);
        assertFalse(merge.contains("--array"), merge);
        assertTrue(Files.isDirectory(work.resolve("slurm")), "Slurm does not create the folder of its logs");

        for (int i = 0; i < 3; i++) {
            assertEquals(0, bash(work.resolve("job.sbatch"), Map.of("SLURM_ARRAY_TASK_ID", Integer.toString(i))),
                    "task " + i);
        }
        assertFalse(Files.exists(dir), "no results before the merge");
        assertEquals(0, bash(work.resolve("merge.sbatch"), Map.of()));

        Path whole = tmp.resolve("whole");
        assertEquals(0, BatchCommandTest.townward(BatchCommandTest.args("batch", "scenarios/example.yaml", "--runs",
                "4", "--out", whole.toString())).code());
        for (String f : List.of("runs.csv", "summary.csv")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(dir.resolve(f)), f);
        }
        assertTrue(Files.isRegularFile(dir.resolve("job.sbatch")), "the scripts stay with the results");
    }

    /** Runs a script as Slurm would: bash, another working directory, java from this JVM. */
    private int bash(Path script, Map<String, String> env) throws IOException, InterruptedException {
        Path cwd = Files.createDirectories(tmp.resolve("elsewhere"));
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString()).directory(cwd.toFile())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("task.log").toFile());
        pb.environment().putAll(env);
        pb.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        int code = pb.start().waitFor();
        if (code != 0) {
            System.err.println(Files.readString(tmp.resolve("task.log")));
        }
        return code;
    }

    @Test
    void aStoppedJobGetsScriptsAndTheJobFolderNamesItsResults() throws IOException {
        Path s = tmp.resolve("s.yaml");
        Files.writeString(s, "name: demo\n");
        Main fake = new Main(CliHarness.fakeModel(), CliHarness.fakeLoader(), Path.of("results"));
        Path dir = tmp.resolve("r");
        assertEquals(0, CliHarness.execWithHandlers(fake, "batch", s.toString(), "--runs", "2", "--out",
                dir.toString(), "--slurm", "--shards", "2").code());
        CliHarness.Result again = CliHarness.execWithHandlers(fake, "batch", "--resume", dir.toString(), "--slurm",
                "--shards", "2", "--cpus", "3");
        assertEquals(0, again.code(), again.err());
        assertTrue(Files.readString(tmp.resolve(".r.partial/job.sbatch")).contains("#SBATCH --cpus-per-task=3"));
        CliHarness.Result none = CliHarness.execWithHandlers(fake, "batch", "--resume", tmp.resolve("x").toString(),
                "--slurm", "--shards", "2");
        assertEquals(1, none.code());
        assertTrue(none.err().contains("no stopped job to resume"), none.err());
        for (int i = 0; i < 2; i++) {
            assertEquals(0, CliHarness.execWithHandlers(fake, "batch", "--resume", dir.toString(), "--shard",
                    i + "/2", "--quiet").code());
        }
        CliHarness.Result m = CliHarness.execWithHandlers(fake, "merge", tmp.resolve(".r.partial").toString(),
                "--quiet");
        assertEquals(0, m.code(), m.err());
        assertTrue(Files.isRegularFile(dir.resolve("runs.csv")));
    }

    @Test
    void slurmOptionsAreCheckedOneLineEach() throws IOException {
        Path s = tmp.resolve("s.yaml");
        Files.writeString(s, "name: demo\n");
        Main fake = new Main(CliHarness.fakeModel(), CliHarness.fakeLoader(), Path.of("results"));
        String out = tmp.resolve("o").toString();
        Map<List<String>, String> cases = Map.of(
                List.of("--slurm"), "--slurm needs --shards N",
                List.of("--slurm", "--shards", "4", "--time", "soon"), "--time expects a Slurm time limit",
                List.of("--slurm", "--shards", "4", "--mem", "lots"), "--mem expects memory per task",
                List.of("--slurm", "--shards", "4", "--partition", "a b;rm"), "--partition expects",
                List.of("--slurm", "--shards", "4", "--array-parallel", "0"), "--array-parallel expects",
                List.of("--slurm", "--shards", "4", "--shard", "0/4"), "give no --shard with it",
                List.of("--partition", "short", "--submit"), "--partition, --submit go with --slurm");
        cases.forEach((opts, message) -> {
            List<String> args = new java.util.ArrayList<>(List.of("batch", s.toString(), "--out", out));
            args.addAll(opts);
            CliHarness.Result r = CliHarness.execWithHandlers(fake, args.toArray(String[]::new));
            assertEquals(1, r.code(), opts.toString());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("townward: ") && r.err().contains(message), opts + ": " + r.err());
        });
        assertFalse(Files.exists(tmp.resolve(".o.partial")), "nothing written for a bad option");
    }
}

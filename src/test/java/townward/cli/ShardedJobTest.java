package townward.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * batch, sweep and compare split with --shard I/N and joined with merge give the bytes of the job run in one
 * process (the real model, the example small); merge refuses gaps and duplicates, naming them.
 */
class ShardedJobTest {

    @TempDir
    Path tmp;

    private static CliHarness.Result townward(String... args) {
        return BatchCommandTest.townward(args);
    }

    private static CliHarness.Result fake(String... args) {
        return CliHarness.execWithHandlers(new Main(CliHarness.fakeModel(), CliHarness.fakeLoader(),
                Path.of("results")), args);
    }

    private static String[] with(String[] head, String... tail) {
        List<String> all = new ArrayList<>(Arrays.asList(head));
        all.addAll(List.of(tail));
        return all.toArray(String[]::new);
    }

    /** Runs every shard of {@code job} (a command line without --out) into {@code dir}, last shard first. */
    private static void shards(String[] job, Path dir, int n) {
        for (int k = 0; k < n; k++) {
            int i = n - 1 - k;   // the order must not matter
            CliHarness.Result r = townward(with(job, "--out", dir.toString(), "--shard", i + "/" + n));
            assertTrue(r.code() == 0 || r.code() == 2, r.out() + r.err());
            assertTrue(r.out().contains("shard " + i + "/" + n + ": "), r.out());
            assertFalse(Files.exists(dir), "no results before the merge");
        }
    }

    private static void assertSameOutputs(Path whole, Path merged, String... files) throws IOException {
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(merged.resolve(f)), f);
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode a = json.readTree(whole.resolve("manifest.json").toFile());
        JsonNode b = json.readTree(merged.resolve("manifest.json").toFile());
        for (String key : List.of("cases", "inputs", "master_seed", "runs", "command")) {
            assertEquals(a.get(key), b.get(key), "manifest " + key);
        }
        try (Stream<Path> s = Files.list(merged)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().equals("shards")
                    || p.getFileName().toString().equals("parts")), "shard areas dropped once merged");
        }
    }

    @Test
    void aShardedBatchMergesToTheBytesOfTheWholeBatch() throws IOException {
        String[] job = BatchCommandTest.args("batch", "scenarios/example.yaml", "--runs", "5");
        Path whole = tmp.resolve("whole");
        assertEquals(0, townward(with(job, "--out", whole.toString())).code());
        Path sharded = tmp.resolve("sharded");
        shards(job, sharded, 3);
        CliHarness.Result m = townward("merge", sharded.toString(), "--quiet");
        assertEquals(0, m.code(), m.err());
        assertTrue(m.out().contains("replications: 5, 5 succeeded, 0 failed"), m.out());
        assertSameOutputs(whole, sharded, "runs.csv", "summary.csv");
        assertEquals(3, new ObjectMapper().readTree(sharded.resolve("manifest.json").toFile())
                .get("merged_shards").asInt());
    }

    @Test
    void aShardedSobolSweepMergesToTheBytesOfTheWholeSweep() throws IOException {
        String[] job = BatchCommandTest.args("sweep", "scenarios/example.yaml", "--design", "sobol", "--samples", "2",
                "--vary", "economy.wage_growth=0.03:0.09", "--runs", "1");
        Path whole = tmp.resolve("whole");
        assertEquals(0, townward(with(job, "--out", whole.toString())).code());
        Path sharded = tmp.resolve("sharded");
        shards(job, sharded, 4);   // 6 points over 4 shards: uneven shares
        assertEquals(0, townward("merge", sharded.toString(), "--quiet").code());
        assertSameOutputs(whole, sharded, "runs.csv", "summary.csv", "points.csv", "sweep.csv", "sobol.csv");
    }

    @Test
    void aShardedComparisonMergesToTheBytesOfTheWholeComparison() throws IOException {
        Path off = tmp.resolve("off.yaml");
        Files.writeString(off, Files.readString(Path.of("scenarios/example.yaml"))
                .replace("posts_per_year: 600", "posts_per_year: 0"));
        String[] job = BatchCommandTest.args("compare", off.toString(), "scenarios/example.yaml", "--runs", "3");
        Path whole = tmp.resolve("whole");
        assertEquals(0, townward(with(job, "--out", whole.toString())).code());
        Path sharded = tmp.resolve("sharded");
        shards(job, sharded, 2);   // 2 shards of 2 cases: each shard holds one scenario, paired only at the merge
        assertEquals(0, townward("merge", sharded.toString(), "--quiet").code());
        assertSameOutputs(whole, sharded, "runs.csv", "summary.csv", "differences.csv");
    }

    @Test
    void failedReplicationsOfShardsMergeToTheSameFailures() throws IOException {
        Path scenario = tmp.resolve("s.yaml");
        Files.writeString(scenario, "name: demo\n");
        Main failing = new Main(CliHarness.failingModel(), CliHarness.fakeLoader(), Path.of("results"));
        String[] job = {"batch", scenario.toString(), "--runs", "4", "--quiet"};
        Path whole = tmp.resolve("whole");
        assertEquals(2, CliHarness.execWithHandlers(failing, with(job, "--out", whole.toString())).code());
        Path sharded = tmp.resolve("sharded");
        for (int i = 0; i < 2; i++) {
            CliHarness.Result r = CliHarness.execWithHandlers(failing, with(job, "--out", sharded.toString(),
                    "--shard", i + "/2"));
            assertEquals(2, r.code(), "a shard with failed replications exits 2: " + r.out() + r.err());
            assertTrue(r.out().contains("2 replications, 0 succeeded, 2 failed"), r.out());
        }
        CliHarness.Result m = CliHarness.execWithHandlers(failing, "merge", sharded.toString(), "--quiet");
        assertEquals(2, m.code(), m.out() + m.err());
        assertSameOutputs(whole, sharded, "runs.csv", "summary.csv", "failures.csv");
    }

    @Test
    void mergeNamesMissingReplicationsAndDuplicatesAndMovesNothingUntilTheyAreGone() throws IOException {
        Path scenario = tmp.resolve("s.yaml");
        Files.writeString(scenario, "name: demo\n");
        String[] job = {"batch", scenario.toString(), "--runs", "9", "--quiet"};
        Path whole = tmp.resolve("whole");
        assertEquals(0, fake(with(job, "--out", whole.toString())).code());
        Path dir = tmp.resolve("sharded");
        for (int i : new int[] {0, 1, 3}) {
            assertEquals(0, fake(with(job, "--out", dir.toString(), "--shard", i + "/4")).code());
        }
        CliHarness.Result gap = fake("merge", dir.toString());
        assertEquals(1, gap.code());
        assertEquals(1, gap.err().lines().count(), gap.err());
        assertTrue(gap.err().contains("missing 2 replications (shard 2/4: demo replications 2,6)"), gap.err());
        assertTrue(gap.err().contains("--resume " + dir + " --shard 2/4"), gap.err());
        assertFalse(Files.exists(dir));

        Path work = tmp.resolve(".sharded.partial");
        Path stray = work.resolve("shards/1-of-4/parts/0/4.bin.gz");
        Files.copy(work.resolve("shards/0-of-4/parts/0/4.bin.gz"), stray);
        assertEquals(0, fake("batch", "--resume", dir.toString(), "--shard", "2/4", "--quiet").code());
        CliHarness.Result dup = fake("merge", dir.toString());
        assertEquals(1, dup.code());
        assertTrue(dup.err().contains("committed twice: demo replication 4 (in shards/0-of-4 and shards/1-of-4)"),
                dup.err());
        assertFalse(Files.exists(dir));

        Files.delete(stray);
        CliHarness.Result ok = fake("merge", dir.toString(), "--quiet");
        assertEquals(0, ok.code(), ok.err());
        assertSameOutputs(whole, dir, "runs.csv", "summary.csv");
        CliHarness.Result again = fake("merge", dir.toString());
        assertEquals(1, again.code());
        assertTrue(again.err().contains("is complete"), again.err());
    }

    @Test
    void shardsOfAnotherJobOrAnotherCountAreRefused() throws IOException {
        Path scenario = tmp.resolve("s.yaml");
        Files.writeString(scenario, "name: demo\n");
        Path dir = tmp.resolve("j");
        assertEquals(0, fake("batch", scenario.toString(), "--runs", "4", "--out", dir.toString(), "--shard", "0/2",
                "--quiet").code());
        CliHarness.Result runs = fake("batch", scenario.toString(), "--runs", "5", "--out", dir.toString(),
                "--shard", "1/2", "--quiet");
        assertEquals(1, runs.code());
        assertTrue(runs.err().contains("mismatched shards") && runs.err().contains("--runs 4 there, 5 here"),
                runs.err());
        CliHarness.Result count = fake("batch", "--resume", dir.toString(), "--shard", "1/3", "--quiet");
        assertEquals(1, count.code());
        assertTrue(count.err().contains("mismatched shards") && count.err().contains("give --shard I/2"),
                count.err());
        CliHarness.Result whole = fake("batch", "--resume", dir.toString(), "--quiet");
        assertEquals(1, whole.code());
        assertTrue(whole.err().contains("runs in 2 shards"), whole.err());
        for (String[] bad : List.of(new String[] {"--shard", "2/2"}, new String[] {"--shard", "x"},
                new String[] {"--shard", "1/0"})) {
            CliHarness.Result r = fake(with(new String[] {"batch", "--resume", dir.toString()}, bad));
            assertEquals(1, r.code());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("townward: --shard expects I/N"), r.err());
        }
        CliHarness.Result noOut = fake("batch", scenario.toString(), "--shard", "0/2");
        assertEquals(1, noOut.code());
        assertTrue(noOut.err().contains("--shard needs --out DIR"), noOut.err());
    }
}

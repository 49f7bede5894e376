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
 * batch, sweep and compare on the real model (the example at a small scale and a few years): determinism across
 * thread counts, resume after a kill, paired comparison, failed replications.
 */
class BatchCommandTest {

    static final String[] SMALL = {"--set", "scale=0.05", "--set", "end_year=2027"};

    @TempDir
    Path tmp;

    static CliHarness.Result townward(String... args) {
        return CliHarness.execWithHandlers(new Main(), args);
    }

    static String[] args(String... head) {
        List<String> all = new ArrayList<>(List.of(head));
        all.addAll(List.of(SMALL));
        all.add("--quiet");
        return all.toArray(String[]::new);
    }

    @Test
    void summaryIsByteIdenticalForOneAndTwoThreads() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        CliHarness.Result a = townward(args("batch", "scenarios/example.yaml", "--runs", "4", "--threads", "1",
                "--out", one.toString()));
        CliHarness.Result b = townward(args("batch", "scenarios/example.yaml", "--runs", "4", "--threads", "2",
                "--out", two.toString()));
        assertEquals(0, a.code(), a.err());
        assertEquals(0, b.code(), b.err());
        assertArrayEquals(Files.readAllBytes(one.resolve("summary.csv")), Files.readAllBytes(two.resolve("summary.csv")));
        assertArrayEquals(Files.readAllBytes(one.resolve("runs.csv")), Files.readAllBytes(two.resolve("runs.csv")));
        List<String> summary = Files.readAllLines(one.resolve("summary.csv"));
        assertEquals("scenario,year,place,metric,n,mean,sd,p05,p50,p95", summary.get(0));
        String end = summary.stream().filter(l -> l.startsWith("example,2027,region,urbanization_rate,"))
                .findFirst().orElseThrow();
        String[] f = end.split(",");
        assertEquals("4", f[4]);
        double sd = Double.parseDouble(f[6]);
        double p05 = Double.parseDouble(f[7]);
        double p95 = Double.parseDouble(f[9]);
        assertTrue(sd > 0 && p05 < p95, "replications differ: " + end);
        assertTrue(Files.readString(one.resolve("manifest.json")).contains("\"completed_replications\" : \"0-3\""));
        assertFalse(Files.exists(one.resolve("parts")), "replication files are dropped once runs.csv holds them");
    }

    @Test
    void resumeAfterKillGivesTheUninterruptedOutputs() throws Exception {
        Path killed = tmp.resolve("killed");
        Path whole = tmp.resolve("whole");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "townward.cli.Main"));
        cmd.addAll(List.of(args("batch", "scenarios/example.yaml", "--runs", "30", "--threads", "1",
                "--out", killed.toString())));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child.log").toFile()).start();
        Path parts = tmp.resolve(".killed.partial").resolve("parts").resolve("0");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (committed(parts) < 3 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        p.destroyForcibly().waitFor();   // SIGKILL: no shutdown hook, no cleanup
        long before = committed(parts);
        assertTrue(before >= 3 && before < 30, "killed part-way, with " + before + " replications committed; log: "
                + Files.readString(tmp.resolve("child.log")));
        assertFalse(Files.exists(killed), "no results folder before the job finishes");

        CliHarness.Result r = townward("batch", "--resume", killed.toString(), "--threads", "2", "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("this process ran " + (30 - before)), r.out());
        CliHarness.Result w = townward(args("batch", "scenarios/example.yaml", "--runs", "30", "--threads", "2",
                "--out", whole.toString()));
        assertEquals(0, w.code(), w.err());
        for (String f : List.of("runs.csv", "summary.csv")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(killed.resolve(f)), f);
        }
        CliHarness.Result again = townward("batch", "--resume", killed.toString());
        assertEquals(1, again.code());
        assertTrue(again.err().contains("is complete; there is nothing to resume"), again.err());
    }

    private static long committed(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".bin.gz")).count();
        }
    }

    @Test
    void compareOfAScenarioWithItselfDiffersByExactlyZero() throws IOException {
        Path out = tmp.resolve("cmp");
        CliHarness.Result r = townward(args("compare", "scenarios/example.yaml", "scenarios/example.yaml",
                "--runs", "3", "--out", out.toString()));
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out.resolve("differences.csv"));
        assertEquals("scenario,baseline,year,place,metric,n,mean,sd,ci90_low,ci90_high,p05,p95", lines.get(0));
        assertTrue(lines.size() > 500, "every metric compared: " + lines.size());
        for (String l : lines.subList(1, lines.size())) {
            assertTrue(l.startsWith("example-2,example,"), l);
            assertTrue(l.endsWith(",3,0,0,0,0,0,0"), l);
        }
    }

    @Test
    void compareShowsALeverEffectWithItsInterval() throws IOException {
        Path off = tmp.resolve("off.yaml");
        // the example without its industrial park (policies[0]): the park adds posts every year from 2025
        Files.writeString(off, Files.readString(Path.of("scenarios/example.yaml"))
                .replace("posts_per_year: 600", "posts_per_year: 0"));
        Path out = tmp.resolve("cmp");
        CliHarness.Result r = townward(args("compare", off.toString(), "scenarios/example.yaml", "--runs", "4",
                "--out", out.toString()));
        assertEquals(0, r.code(), r.err());
        String posts = Files.readAllLines(out.resolve("differences.csv")).stream()
                .filter(l -> l.contains(",2027,region,posts,")).findFirst().orElseThrow();
        String[] f = posts.split(",");
        double mean = Double.parseDouble(f[6]);
        assertTrue(mean > 1000 && mean < 2000, "the park adds about 3 x 600 posts by 2027: " + posts);
        assertTrue(Double.parseDouble(f[8]) <= mean && mean <= Double.parseDouble(f[9]), "interval holds the mean");
    }

    @Test
    void aFailedPointIsRecordedAndTheSweepGoesOn() throws IOException {
        Path out = tmp.resolve("sw");
        CliHarness.Result r = townward(args("sweep", "scenarios/example.yaml", "--vary", "policies[3].share=0.1,1.5",
                "--runs", "2", "--out", out.toString()));
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("replications: 4, 2 succeeded, 2 failed"), r.out());
        List<String> failures = Files.readAllLines(out.resolve("failures.csv"));
        assertEquals(3, failures.size(), failures.toString());
        assertTrue(failures.get(1).startsWith("p0001,0,") && failures.get(1).contains("policies[3].share"),
                failures.get(1));
        List<String> sweep = Files.readAllLines(out.resolve("sweep.csv"));
        assertTrue(sweep.get(1).startsWith("p0000,0.1,urbanization_rate,2027,2,"), sweep.get(1));
        assertTrue(sweep.get(2).startsWith("p0001,1.5,urbanization_rate,,0,"), sweep.get(2));
    }

    @Test
    void oatSweepWritesATornadoTableAroundTheScenariosOwnValues() throws IOException {
        Path out = tmp.resolve("oat");
        CliHarness.Result r = townward(args("sweep", "scenarios/example.yaml", "--design", "oat",
                "--vary", "policies[0].posts_per_year=0:1200", "--vary", "economy.wage_growth=0.03:0.09",
                "--runs", "2", "--out", out.toString()));
        assertEquals(0, r.code(), r.err());
        List<String> points = Files.readAllLines(out.resolve("points.csv"));
        assertEquals(List.of("point,policies[0].posts_per_year,economy.wage_growth", "p0000,600,0.044", "p0001,0,0.044",
                "p0002,1200,0.044", "p0003,600,0.03", "p0004,600,0.09"), points);
        List<String> tornado = Files.readAllLines(out.resolve("tornado.csv"));
        assertEquals(3, tornado.size(), tornado.toString());
        assertTrue(tornado.get(1).startsWith("urbanization_rate,"), tornado.toString());
    }

    @Test
    void resumeRefusesNewArgumentsAndANewJobRefusesAnOccupiedFolder() throws IOException {
        Path out = tmp.resolve("x");
        CliHarness.Result r = townward("batch", "scenarios/example.yaml", "--resume", out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("--resume takes the job as it was started"), r.err());
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "mine");
        CliHarness.Result busy = townward(args("batch", "scenarios/example.yaml", "--runs", "1", "--out",
                out.toString()));
        assertEquals(1, busy.code());
        assertTrue(busy.err().contains("exists and is not empty"), busy.err());
        assertEquals("mine", Files.readString(out.resolve("keep.txt")));
        CliHarness.Result none = townward("batch", "--resume", tmp.resolve("nothing").toString());
        assertEquals(1, none.code());
        assertTrue(none.err().contains("no stopped job to resume"), none.err());
    }

    @Test
    void anInvalidScenarioStopsTheBatchBeforeAnythingIsWritten() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of("scenarios/example.yaml")).replace("wage_growth: 0.044", "wage_growth: lots"));
        Path out = tmp.resolve("never");
        CliHarness.Result r = townward(args("batch", bad.toString(), "--runs", "2", "--out", out.toString()));
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bad.yaml") && r.err().contains("economy.wage_growth"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(bad), s.toList(), "nothing written");
        }
    }
}

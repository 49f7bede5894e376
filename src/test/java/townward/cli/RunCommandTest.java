package townward.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static townward.cli.CliHarness.assertNoStackTrace;
import static townward.cli.CliHarness.exec;
import static townward.cli.CliHarness.fakeLoader;
import static townward.cli.CliHarness.fakeModel;
import static townward.cli.CliHarness.failingModel;
import static townward.cli.CliHarness.tree;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @TempDir
    Path tmp;
    Path scenario;
    Path results;

    @BeforeEach
    void setUp() throws Exception {
        scenario = Files.writeString(tmp.resolve("demo.yaml"), "name: demo\n");
        results = tmp.resolve("results");
    }

    Main main() {
        return new Main(fakeModel(), fakeLoader(), results);
    }

    @Test
    void writesMetricsManifestAndResolvedScenarioAndPrintsSummary() throws Exception {
        CliHarness.Result r = exec(main(), "run", scenario.toString(), "--threads", "3");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.outLines();
        Path dir = Path.of(lines.get(lines.size() - 1));
        assertTrue(dir.isAbsolute());
        assertTrue(dir.startsWith(results.toAbsolutePath().resolve("demo")), dir.toString());
        assertEquals(List.of("manifest.json", "metrics.csv", "scenario.resolved.yaml"), tree(dir));
        assertEquals(List.of("demo", "demo/" + dir.getFileName(), "demo/" + dir.getFileName() + "/manifest.json",
                "demo/" + dir.getFileName() + "/metrics.csv", "demo/" + dir.getFileName() + "/scenario.resolved.yaml"),
                tree(results), "no temporary folder left");

        assertEquals("year,replication,place,metric,value\n"
                + "2024,0,region,urbanization_rate,0.5\n"
                + "2024,0,region,movers,100\n"
                + "2024,0,region,urban_residents_added,250.5\n"
                + "2024,0,\"Dong,shan\",population,1000\n"
                + "2025,0,region,urbanization_rate,0.525\n"
                + "2025,0,region,movers,101\n"
                + "2025,0,region,urban_residents_added,250.5\n"
                + "2025,0,\"Dong,shan\",population,2000\n"
                + "2026,0,region,urbanization_rate,0.55\n"
                + "2026,0,region,movers,102\n"
                + "2026,0,region,urban_residents_added,250.5\n"
                + "2026,0,\"Dong,shan\",population,3000\n", Files.readString(dir.resolve("metrics.csv")));
        assertEquals("name: demo\nseed: 1\n", Files.readString(dir.resolve("scenario.resolved.yaml")));

        Map<?, ?> m = new ObjectMapper().readValue(dir.resolve("manifest.json").toFile(), Map.class);
        assertEquals(3, m.get("threads"));
        assertEquals(2024, m.get("start_year"));
        assertEquals(2026, m.get("end_year"));
        assertEquals(64, ((String) m.get("scenario_sha256")).length());
        assertEquals(System.getProperty("java.version"), m.get("java_version"));
        assertTrue(m.containsKey("git_commit"));
        assertTrue(m.containsKey("townward_version"));
        assertTrue(m.get("wall_time_seconds") instanceof Number);
        assertTrue(m.containsKey("started_at"));

        assertTrue(lines.contains("urbanization rate: 50.0% in 2024 -> 55.0% in 2026"), r.out());
        assertTrue(lines.contains("movers: 303 in total"), r.out());
        assertTrue(lines.contains("  region urbanization_rate 2026: target 52.0%, projected 55.0%, met"), r.out());
        assertTrue(lines.contains(
                "  region urban_residents_added 2025: target 300, projected 251, missed by 50"), r.out());
        assertTrue(lines.contains("  Dong,shan population 2026: target 2500, projected 3000, met"), r.out());
    }

    @Test
    void realLoaderWithFakeModelOnTheExample() throws Exception {
        Path out = tmp.resolve("example-out");
        CliHarness.Result r = exec(new Main(fakeModel(), ScenarioSource.standard(), results),
                "run", "scenarios/example.yaml", "--years", "2024-2030", "--seed", "5", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("region urbanization_rate 2030: target 60.0%, projected 65.0%, met"), r.out());
        assertTrue(r.out().contains("region urbanization_rate 2035: target 65.0%, not projected"), r.out());
        assertTrue(Files.readString(out.resolve("scenario.resolved.yaml")).contains("example"));
        Map<?, ?> m = new ObjectMapper().readValue(out.resolve("manifest.json").toFile(), Map.class);
        assertEquals(5, m.get("seed"));
        assertEquals(2030, m.get("end_year"));
    }

    @Test
    void metricsAreByteIdenticalAcrossRuns() throws Exception {
        CliHarness.Result a = exec(main(), "run", scenario.toString());
        CliHarness.Result b = exec(main(), "run", scenario.toString());
        Path da = Path.of(a.outLines().get(a.outLines().size() - 1));
        Path db = Path.of(b.outLines().get(b.outLines().size() - 1));
        assertNotEquals(da, db);
        assertEquals(-1L, Files.mismatch(da.resolve("metrics.csv"), db.resolve("metrics.csv")));
    }

    @Test
    void seedScaleAndYearsBecomeSetOverrides() throws Exception {
        CliHarness.Result r = exec(main(), "run", scenario.toString(), "--set", "economy.wage_growth=0.05",
                "--seed", "7", "--scale", "0.5", "--years", "2024-2025", "--out", tmp.resolve("o").toString());
        assertEquals(0, r.code(), r.err());
        Map<?, ?> m = new ObjectMapper().readValue(tmp.resolve("o/manifest.json").toFile(), Map.class);
        assertEquals(List.of("economy.wage_growth=0.05", "seed=7", "scale=0.5", "start_year=2024", "end_year=2025"),
                m.get("sets"));
        assertEquals(7, m.get("seed"));
        assertEquals(0.5, m.get("scale"));
        assertEquals(2025, m.get("end_year"));
        assertEquals(tmp.resolve("o").toAbsolutePath().toString(), r.outLines().get(r.outLines().size() - 1));
    }

    @Test
    void invalidOverrideIsReportedLikeAScenarioError() throws Exception {
        CliHarness.Result r = exec(main(), "run", scenario.toString(), "--seed", "abc");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("--seed: seed: not a number: abc"), r.err());   // the option given
        assertNoStackTrace(r);
        assertEquals(List.of(), tree(results));
    }

    @Test
    void defaultFolderNameIsTimestampAndEightHex() {
        CliHarness.Result r = exec(main(), "run", scenario.toString());
        assertEquals(0, r.code(), r.err());
        String last = r.outLines().get(r.outLines().size() - 1);
        String expected = results.toAbsolutePath().resolve("demo").toString().replace("\\", "\\\\");
        assertTrue(last.matches(java.util.regex.Pattern.quote(expected) + "[/\\\\]\\d{8}-\\d{6}-[0-9a-f]{8}"), last);
    }

    @Test
    void consecutiveRunsNeverOverwriteEachOther() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertEquals(0, exec(main(), "run", scenario.toString()).code());
        }
        try (var dirs = Files.list(results.resolve("demo"))) {
            List<Path> all = dirs.toList();
            assertEquals(5, all.size());
            for (Path d : all) {
                assertTrue(Files.exists(d.resolve("metrics.csv")));
            }
        }
    }

    @Test
    void failingSimulationLeavesNoFolderAndNoTempFolder() throws Exception {
        CliHarness.Result r = exec(new Main(failingModel(), fakeLoader(), results), "run", scenario.toString());
        assertEquals(1, r.code());
        assertEquals("townward: simulation failed: boom in year 2024; no results written", r.err().strip());
        assertEquals("", r.out());
        assertEquals(List.of(), tree(results));

        Path out = tmp.resolve("out");
        r = exec(new Main(failingModel(), fakeLoader(), results), "run", scenario.toString(), "--out", out.toString());
        assertEquals(1, r.code());
        assertEquals(List.of("demo.yaml"), tree(tmp), "results/ was created by the run, so it is removed too");
    }

    @Test
    void existingNonEmptyOutIsRefusedAndUntouched() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("keep.txt"), "precious");
        CliHarness.Result r = exec(main(), "run", scenario.toString(), "--out", out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("exists and is not empty"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertEquals(List.of("keep.txt"), tree(out));
        assertEquals("precious", Files.readString(out.resolve("keep.txt")));
        assertEquals(List.of("demo.yaml", "out", "out/keep.txt"), tree(tmp));
    }

    @Test
    void existingEmptyOutIsUsed() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        assertEquals(0, exec(main(), "run", scenario.toString(), "--out", out.toString()).code());
        assertEquals(List.of("manifest.json", "metrics.csv", "scenario.resolved.yaml"), tree(out));
    }

    @Test
    void outputUnderAFileFailsCleanly() throws Exception {
        Path file = Files.writeString(tmp.resolve("afile"), "x");
        CliHarness.Result r = exec(main(), "run", scenario.toString(), "--out", file.resolve("sub/out").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("townward: cannot write output folder"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertNoStackTrace(r);
        assertEquals(List.of("afile", "demo.yaml"), tree(tmp));

        r = exec(new Main(fakeModel(), fakeLoader(), file), "run", scenario.toString());   // results root is a file
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("townward: cannot write output folder"), r.err());
        assertEquals(List.of("afile", "demo.yaml"), tree(tmp));
    }

    @Test
    void readOnlyParentFailsCleanly() throws Exception {
        Path ro = Files.createDirectories(tmp.resolve("ro"));
        assumeTrue(ro.toFile().setWritable(false, false));
        try {
            assumeTrue(!Files.isWritable(ro), "running as root: permissions are not enforced");
            CliHarness.Result r = exec(main(), "run", scenario.toString(), "--out", ro.resolve("out").toString());
            assertEquals(1, r.code());
            assertTrue(r.err().contains("permission denied"), r.err());
            assertNoStackTrace(r);
            assertEquals(List.of(), tree(ro));
        } finally {
            ro.toFile().setWritable(true, false);
        }
    }

    @Test
    void verbosePrintsOneLinePerYearOnStderr() {
        CliHarness.Result r = exec(main(), "run", scenario.toString(), "--verbose");
        assertEquals(0, r.code());
        List<String> err = r.err().lines().toList();
        assertEquals(3, err.size(), r.err());
        assertTrue(err.get(0).startsWith("year 2024: start state built"), r.err());   // observed, not simulated
        assertTrue(err.get(2).startsWith("year 2026 simulated"), r.err());
    }

    @Test
    void errorsOfScaleAndYearsNameThoseOptionsNotSet() {
        Main real = new Main(fakeModel(), ScenarioSource.standard(), results);
        CliHarness.Result scale = exec(real, "run", "scenarios/example.yaml", "--scale", "2");
        assertEquals(1, scale.code());
        assertEquals("--scale: scale: expected a number in (0, 1], found 2\n", scale.err());
        CliHarness.Result years = exec(new Main(fakeModel(), ScenarioSource.standard(), results),
                "run", "scenarios/example.yaml", "--years", "2030-2024");
        assertEquals("--years: end_year: expected a year >= start_year (2030), found 2024\n", years.err());
        CliHarness.Result set = exec(new Main(fakeModel(), ScenarioSource.standard(), results),
                "run", "scenarios/example.yaml", "--set", "scale=2");
        assertTrue(set.err().startsWith("--set: scale: "), set.err());   // what the planner wrote
    }

    @Test
    void warningsOfTheScenarioGoToStderrAndTheRunGoesOn() throws Exception {
        Path out = tmp.resolve("warned");
        CliHarness.Result r = exec(new Main(fakeModel(), ScenarioSource.standard(), results),
                "run", "scenarios/example.yaml", "--years", "2024-2030", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("townward: warning: scenarios/example.yaml: targets.urbanization_rate.2035: "
                + "the target year is after end_year 2030"), r.err());
    }
}

package townward.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep that could not run a single point, or would run points twice or without end, is refused up front. */
class SweepChecksTest {

    @TempDir
    Path tmp;

    @Test
    void badPathsHugeDesignsAndRepeatedPointsAreRefusedBeforeAnyRun() throws Exception {
        List<List<String>> refused = List.of(
                List.of("--vary", "economy.wage_grwth=0.01:0.05"),
                List.of("--vary", "policies[99].share=0:1"),
                List.of("--vary", "policies[park].posts_per_year=0:100"),
                List.of("--vary", "scale=2:3"),
                List.of("--design", "lhs", "--samples", "1000000000", "--vary", "economy.wage_growth=0.01:0.05"),
                List.of("--design", "lhs", "--samples", "20", "--vary", "seed=1:3"));
        List<String> expected = List.of("did you mean \"wage_growth\"", "there is no policies[99]",
                "--vary policies[park].posts_per_year=0:100: there is no policies[park]: no item of policies has id or name park",
                "expected a number in (0, 1]", "a sweep may have at most 100000", "are the same (seed=");
        for (int i = 0; i < refused.size(); i++) {
            List<String> args = new java.util.ArrayList<>(List.of("sweep", "scenarios/example.yaml", "--runs", "1",
                    "--quiet", "--out", tmp.resolve("s" + i).toString()));
            args.addAll(refused.get(i));
            long t0 = System.nanoTime();
            CliHarness.Result r = CliHarness.execWithHandlers(new Main(CliHarness.fakeModel(),
                    ScenarioSource.standard(), tmp.resolve("results")), args.toArray(String[]::new));
            assertEquals(1, r.code(), args + ": " + r.err());
            assertTrue(r.err().contains(expected.get(i)), args + ": " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue((System.nanoTime() - t0) / 1e9 < 5, "slow refusal");
            assertEquals(List.of(), CliHarness.tree(tmp.resolve("s" + i)), "nothing started");
        }
    }
}

package townward.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import townward.collect.CsvMetricsWriter;
import townward.scenario.Scenario;

/** Results do not depend on the number of threads; they do depend on the seed. */
class DeterminismTest {

    static String csv(Scenario s, int threads) throws Exception {
        StringWriter out = new StringWriter();
        try (CsvMetricsWriter w = new CsvMetricsWriter(out, 1)) {
            Simulation.run(s, threads, w);
        }
        return out.toString();
    }

    @Test
    void oneTwoAndEightThreadsGiveIdenticalMetrics() throws Exception {
        // scale 1.0: about 20,000 households, several 8192-household chunks
        Scenario s = Runs.example("end_year=2030");
        int[] households = new int[1];
        Simulation.run(s, 1, (y, p, m, v) -> { }, r -> households[0] = r.households.size());
        assertTrue(households[0] > 2 * 8192, "households " + households[0] + " fill several chunks");
        String one = csv(s, 1);
        String two = csv(s, 2);
        assertTrue(one.lines().count() > 1000);
        assertEquals(one, two);
        assertEquals(one, csv(s, 8), "eight threads");
    }

    @Test
    void anotherSeedGivesOtherMetrics() throws Exception {
        String a = csv(Runs.example("scale=0.25", "end_year=2027"), 1);
        String b = csv(Runs.example("scale=0.25", "end_year=2027", "seed=20240102"), 1);
        assertNotEquals(a, b);
        assertEquals(a, csv(Runs.example("scale=0.25", "end_year=2027"), 2), "same seed, same metrics");
    }
}

package townward.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SummarizerTest {

    /** Replication i records metric m of year y as i * 10 + m + y / 1000 (keys: 3 years x 4 metrics). */
    static final Summarizer.Source SOURCE = new Summarizer.Source() {
        @Override
        public int replications() {
            return 21;
        }

        @Override
        public void read(int i, Row.Consumer to) {
            for (int y = 2024; y < 2027; y++) {
                for (int m = 0; m < 4; m++) {
                    if (m == 3 && i % 2 == 1) {
                        continue;   // a metric some replications lack
                    }
                    to.accept(y, "region", "m" + m, i * 10 + m + y / 1000.0);
                }
            }
        }
    };

    static List<String> summarize(long budget) {
        List<String> out = new ArrayList<>();
        Summarizer.summarize(SOURCE, budget, (k, s) -> out.add(k + " " + s));
        return out;
    }

    @Test
    void boundedPassesGiveTheSameAnswerAsOne() {
        List<String> one = summarize(Summarizer.BUDGET);
        assertEquals(12, one.size());
        assertEquals(one, summarize(21));        // one key per pass
        assertEquals(one, summarize(50));        // two keys per pass
        assertTrue(one.get(0).startsWith("Key[year=2024, place=region, metric=m0]"), one.get(0));
    }

    @Test
    void statisticsAreTheTextbookOnes() {
        Stats s = Stats.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 10);
        assertEquals(5.5, s.mean(), 1e-12);
        assertEquals(Math.sqrt(82.5 / 9), s.sd(), 1e-12);
        assertEquals(1.45, s.p05(), 1e-12);      // R type 7: 1 + 0.05 * 9 * (2 - 1)
        assertEquals(5.5, s.p50(), 1e-12);
        assertEquals(9.55, s.p95(), 1e-12);
        double half = 1.8331129326536335 * s.sd() / Math.sqrt(10);   // t(0.95, 9)
        assertEquals(5.5 - half, s.ci90Low(), 1e-9);
        Stats one = Stats.of(new double[] {3}, 1);
        assertEquals(0, one.sd());
        assertTrue(Double.isNaN(one.ci90Low()));
    }

    @Test
    void missingValuesAreLeftOutNotZeroFilled() {
        List<Stats> out = new ArrayList<>();
        Summarizer.summarize(SOURCE, Summarizer.BUDGET, (k, s) -> {
            if (k.metric().equals("m3")) {
                out.add(s);
            }
        });
        assertEquals(3, out.size());
        for (int y = 0; y < 3; y++) {   // even replications 0..20: mean 10 * 10 + 3 + year / 1000
            assertEquals(11, out.get(y).n());
            assertEquals(103 + (2024 + y) / 1000.0, out.get(y).mean(), 1e-9);
        }
    }

    @Test
    void replicationSeedsDependOnTheMasterAndIndexOnly() {
        Set<Long> seeds = new HashSet<>();
        for (int r = 0; r < 10_000; r++) {
            long s = ReplicationSeeds.of(42, r);
            assertTrue(s >= 0 && s < (1L << 53));
            seeds.add(s);
        }
        assertEquals(10_000, seeds.size());
        assertEquals(ReplicationSeeds.of(42, 17), ReplicationSeeds.of(42, 17));
        assertNotEquals(ReplicationSeeds.of(42, 17), ReplicationSeeds.of(43, 17));
        assertEquals("0,2-4,7", Batch.ranges(List.of(0, 2, 3, 4, 7)));
    }

    @Test
    void plainProgressPrintsOneLinePerTenth() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (Progress p = Progress.lines(new PrintStream(b, true, StandardCharsets.UTF_8), "batch", "runs", 40, 8)) {
            for (int i = 0; i < 32; i++) {
                p.step();
            }
        }
        List<String> lines = b.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(8, lines.size(), lines.toString());   // 30 %, 40 % ... 100 %
        assertTrue(lines.get(0).startsWith("batch: 12/40 runs (30%)"), lines.get(0));
        assertTrue(lines.get(7).startsWith("batch: 40/40 runs (100%)"), lines.get(7));
    }
}

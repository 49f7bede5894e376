package townward.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LatinHypercubeTest {

    private static final List<Factor> FACTORS = List.of(
            Factor.parse("a=0:1"), Factor.parse("b=-3.14159:3.14159"), Factor.parse("c=0.1,0.7,0.2"),
            Factor.parse("d=1000:1000.001"));

    @Test
    void oneSamplePerStratumPerFactor() {
        for (int k : new int[] {2, 3, 10, 97, 1000}) {
            LatinHypercube lhs = new LatinHypercube(FACTORS, k, 42);
            assertEquals("lhs", lhs.name());
            List<double[]> points = lhs.points();
            assertEquals(k, points.size());
            for (int j = 0; j < FACTORS.size(); j++) {
                double low = FACTORS.get(j).low();
                double high = FACTORS.get(j).high();
                int[] count = new int[k];
                for (double[] p : points) {
                    assertEquals(FACTORS.size(), p.length);
                    int hits = 0;
                    for (int i = 0; i < k; i++) {
                        double from = low + i * (high - low) / k;
                        double to = low + (i + 1) * (high - low) / k;
                        if (p[j] >= from && p[j] < to) {
                            count[i]++;
                            hits++;
                        }
                    }
                    assertEquals(1, hits, "point " + p[j] + " of factor " + j + " lies in exactly one stratum");
                    assertTrue(p[j] >= low && p[j] <= high);
                }
                for (int i = 0; i < k; i++) {
                    assertEquals(1, count[i], "factor " + j + ", stratum " + i + " of " + k);
                }
            }
        }
    }

    @Test
    void sameSeedSamePointsOtherSeedOtherPoints() {
        List<double[]> a = new LatinHypercube(FACTORS, 50, 7).points();
        List<double[]> b = new LatinHypercube(FACTORS, 50, 7).points();
        List<double[]> c = new LatinHypercube(FACTORS, 50, 8).points();
        boolean differs = false;
        for (int r = 0; r < 50; r++) {
            assertArrayEquals(a.get(r), b.get(r), 0.0);
            differs |= !java.util.Arrays.equals(a.get(r), c.get(r));
        }
        assertTrue(differs);
    }

    @Test
    void strataArePairedRandomlyAcrossFactors() {
        // with independent permutations, the two columns are not sorted alike
        List<double[]> p = new LatinHypercube(List.of(Factor.parse("a=0:1"), Factor.parse("b=0:1")), 100, 1)
                .points();
        int concordant = 0;
        for (int r = 1; r < p.size(); r++) {
            if ((p.get(r)[0] > p.get(r - 1)[0]) == (p.get(r)[1] > p.get(r - 1)[1])) {
                concordant++;
            }
        }
        assertFalse(concordant == 0 || concordant == p.size() - 1);
    }

    @Test
    void rejectsBadArguments() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LatinHypercube(FACTORS, 1, 0));
        assertEquals("lhs design needs samples >= 2, got 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new LatinHypercube(List.of(), 10, 0));
        assertEquals("lhs design needs at least one factor", e.getMessage());
    }
}

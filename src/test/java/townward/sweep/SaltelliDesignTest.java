package townward.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SaltelliDesignTest {

    private static final List<Factor> ISHIGAMI = List.of(
            new Factor("x1", -Math.PI, Math.PI, List.of(-Math.PI, Math.PI)),
            new Factor("x2", -Math.PI, Math.PI, List.of(-Math.PI, Math.PI)),
            new Factor("x3", -Math.PI, Math.PI, List.of(-Math.PI, Math.PI)));

    private static double ishigami(double[] x) {
        double a = 7;
        double b = 0.1;
        double s2 = Math.sin(x[1]);
        return Math.sin(x[0]) + a * s2 * s2 + b * Math.pow(x[2], 4) * Math.sin(x[0]);
    }

    @Test
    void layoutCountAndBounds() {
        List<Factor> factors = List.of(Factor.parse("a=0:1"), Factor.parse("b=-5:-2"), Factor.parse("c=10,20"),
                Factor.parse("d=0.1:0.3:0.05"));
        int n = 64;
        int k = factors.size();
        SaltelliDesign d = new SaltelliDesign(factors, n);
        assertEquals("sobol", d.name());
        assertEquals(n, d.baseSamples());
        List<double[]> p = d.points();
        assertEquals(n * (k + 2), p.size());
        for (double[] x : p) {
            assertEquals(k, x.length);
            for (int j = 0; j < k; j++) {
                Factor f = factors.get(j);
                assertTrue(x[j] >= f.low() && x[j] <= f.high(), f.path() + " = " + x[j]);
            }
        }
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < n; i++) {
                double[] a = p.get(i);
                double[] b = p.get(n + i);
                double[] ab = p.get((2 + j) * n + i);
                for (int c = 0; c < k; c++) {
                    assertEquals(c == j ? b[c] : a[c], ab[c], 0.0, "AB_" + j + " row " + i + " column " + c);
                }
            }
        }
    }

    @Test
    void firstRowsFollowTheSobolSequenceSkippingZero() {
        SaltelliDesign d = new SaltelliDesign(List.of(Factor.parse("a=0:1"), Factor.parse("b=0:2")), 4);
        List<double[]> p = d.points();
        // Sobol points 1..4 in dimension 4: (.5,.5,.5,.5), (.75,.25,.25,.25), (.25,.75,.75,.75), (.375,.375,.625,.875)
        assertArrayEquals(new double[] {0.5, 1.0}, p.get(0), 0.0);      // A row 0
        assertArrayEquals(new double[] {0.75, 0.5}, p.get(1), 0.0);     // A row 1
        assertArrayEquals(new double[] {0.5, 1.0}, p.get(4), 0.0);      // B row 0
        assertArrayEquals(new double[] {0.25, 0.5}, p.get(5), 0.0);     // B row 1
    }

    @Test
    void ishigamiIndicesMatchAnalyticValues() {
        SaltelliDesign d = new SaltelliDesign(ISHIGAMI, 8192);
        double[] out = d.points().stream().mapToDouble(SaltelliDesignTest::ishigami).toArray();
        SobolIndices s = d.indices(out, 200, 11);
        double[] first = {0.3139, 0.4424, 0.0};
        double[] total = {0.5576, 0.4424, 0.2437};
        for (int j = 0; j < 3; j++) {
            assertEquals(first[j], s.first()[j], 0.05, "S" + (j + 1) + ": " + s);
            assertEquals(total[j], s.total()[j], 0.05, "ST" + (j + 1) + ": " + s);
            assertTrue(s.firstLow()[j] <= s.first()[j] && s.first()[j] <= s.firstHigh()[j], s.toString());
            assertTrue(s.totalLow()[j] <= s.total()[j] && s.total()[j] <= s.totalHigh()[j], s.toString());
            assertTrue(s.firstHigh()[j] - s.firstLow()[j] > 0, s.toString());
            assertTrue(s.totalHigh()[j] - s.totalLow()[j] > 0, s.toString());
        }
        // analytic variance: a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2
        double v = 49.0 / 8 + 0.1 * Math.pow(Math.PI, 4) / 5 + 0.01 * Math.pow(Math.PI, 8) / 18 + 0.5;
        assertEquals(v, s.variance(), 0.05 * v);
        assertEquals(ISHIGAMI, s.factors());
    }

    @Test
    void aLargeOutputLevelDoesNotBlurTheIndices() {
        // an output like an urbanization rate: a large level with a small spread (Ishigami / 100 + 80)
        SaltelliDesign d = new SaltelliDesign(ISHIGAMI, 1024);
        double[] raw = d.points().stream().mapToDouble(SaltelliDesignTest::ishigami).toArray();
        double[] shifted = java.util.Arrays.stream(raw).map(y -> y / 100 + 80).toArray();
        SobolIndices a = d.indices(raw, 200, 5);
        SobolIndices b = d.indices(shifted, 200, 5);
        for (int j = 0; j < 3; j++) {
            assertEquals(a.first()[j], b.first()[j], 1e-6, "first-order index is shift-invariant");
            assertEquals(a.total()[j], b.total()[j], 1e-6);
            assertTrue(b.firstHigh()[j] - b.firstLow()[j] < 0.3, "interval stays narrow: " + b);
        }
    }

    @Test
    void indicesAreDeterministic() {
        SaltelliDesign d = new SaltelliDesign(ISHIGAMI, 256);
        double[] out = d.points().stream().mapToDouble(SaltelliDesignTest::ishigami).toArray();
        SobolIndices a = d.indices(out, 100, 3);
        SobolIndices b = new SaltelliDesign(ISHIGAMI, 256).indices(out.clone(), 100, 3);
        assertEquals(a, b);
        SobolIndices c = d.indices(out, 100, 4);
        assertArrayEquals(a.first(), c.first(), 0.0);   // estimates do not depend on the bootstrap seed
        assertTrue(a.firstLow()[0] != c.firstLow()[0] || a.totalHigh()[2] != c.totalHigh()[2]);
    }

    @Test
    void noBootstrapGivesNaNIntervalsAndConstantOutputGivesNaNIndices() {
        SaltelliDesign d = new SaltelliDesign(ISHIGAMI, 16);
        double[] out = d.points().stream().mapToDouble(SaltelliDesignTest::ishigami).toArray();
        SobolIndices s = d.indices(out, 0, 1);
        assertTrue(Double.isFinite(s.first()[0]) && Double.isNaN(s.firstLow()[0]) && Double.isNaN(s.totalHigh()[2]));
        SobolIndices flat = d.indices(new double[out.length], 10, 1);
        assertEquals(0.0, flat.variance());
        assertTrue(Double.isNaN(flat.first()[1]) && Double.isNaN(flat.total()[1]) && Double.isNaN(flat.firstLow()[1]));
    }

    @Test
    void linearFunctionHasAdditiveIndices() {
        // f = x1 + 2 x2 on [0,1]^2: S = ST = (1/5, 4/5)
        SaltelliDesign d = new SaltelliDesign(List.of(Factor.parse("x1=0:1"), Factor.parse("x2=0:1")), 1024);
        double[] out = d.points().stream().mapToDouble(x -> x[0] + 2 * x[1]).toArray();
        SobolIndices s = d.indices(out, 50, 1);
        assertArrayEquals(new double[] {0.2, 0.8}, s.first(), 0.01);
        assertArrayEquals(new double[] {0.2, 0.8}, s.total(), 0.01);
    }

    @Test
    void rejectsBadArguments() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SaltelliDesign(ISHIGAMI, 1));
        assertEquals("sobol design needs baseSamples >= 2, got 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new SaltelliDesign(List.of(), 8));
        assertEquals("sobol design needs at least one factor", e.getMessage());
        SaltelliDesign d = new SaltelliDesign(ISHIGAMI, 8);
        e = assertThrows(IllegalArgumentException.class, () -> d.indices(new double[39], 10, 1));
        assertEquals("sobol design: expected 40 outputs (one per point, in points() order), got 39", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> d.indices(new double[40], -1, 1));
        assertEquals("sobol indices: bootstrap must be >= 0, got -1", e.getMessage());
    }
}

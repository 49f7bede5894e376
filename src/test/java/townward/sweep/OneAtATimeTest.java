package townward.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class OneAtATimeTest {

    private static final List<Factor> FACTORS = List.of(
            Factor.parse("a=0:2"), Factor.parse("b=10,20,30"), Factor.parse("c=-1:1:0.5"));
    private static final double[] BASELINE = {1, 15, 0};

    private static double linear(double[] x) {
        return 3 * x[0] - 0.5 * x[1] + 4 * x[2] + 7;
    }

    @Test
    void pointLayout() {
        OneAtATime oat = new OneAtATime(FACTORS, BASELINE);
        assertEquals("oat", oat.name());
        List<double[]> p = oat.points();
        assertEquals(7, p.size());
        assertArrayEquals(new double[] {1, 15, 0}, p.get(0), 0.0);
        assertArrayEquals(new double[] {0, 15, 0}, p.get(1), 0.0);
        assertArrayEquals(new double[] {2, 15, 0}, p.get(2), 0.0);
        assertArrayEquals(new double[] {1, 10, 0}, p.get(3), 0.0);
        assertArrayEquals(new double[] {1, 30, 0}, p.get(4), 0.0);
        assertArrayEquals(new double[] {1, 15, -1}, p.get(5), 0.0);
        assertArrayEquals(new double[] {1, 15, 1}, p.get(6), 0.0);
        assertArrayEquals(BASELINE, oat.baseline(), 0.0);
    }

    @Test
    void swingsOfALinearFunction() {
        OneAtATime oat = new OneAtATime(FACTORS, BASELINE);
        double[] out = oat.points().stream().mapToDouble(OneAtATimeTest::linear).toArray();
        List<Swing> s = oat.swings(out);
        double base = 3 - 7.5 + 7;
        assertEquals(List.of(
                new Swing("a", 0, 2, base - 3, base + 3, base),
                new Swing("b", 10, 30, base + 2.5, base - 7.5, base),
                new Swing("c", -1, 1, base - 4, base + 4, base)), s);
        assertEquals(6, s.get(0).range(), 1e-12);
        assertEquals(10, s.get(1).range(), 1e-12);
        assertEquals(8, s.get(2).range(), 1e-12);
    }

    @Test
    void rejectsBadArguments() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new OneAtATime(FACTORS, new double[] {1, 2}));
        assertEquals("oat design: baseline needs 3 values (one per factor), got 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new OneAtATime(FACTORS, new double[] {1, Double.NaN, 0}));
        assertEquals("oat design: baseline of b is NaN", e.getMessage());
        OneAtATime oat = new OneAtATime(FACTORS, BASELINE);
        e = assertThrows(IllegalArgumentException.class, () -> oat.swings(new double[6]));
        assertEquals("oat design: expected 7 outputs (one per point, in points() order), got 6", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> oat.swings(new double[] {0, 0, 0, Double.POSITIVE_INFINITY, 0, 0, 0}));
        assertEquals("oat design: output 3 is Infinity; every run needs a finite output", e.getMessage());
    }
}

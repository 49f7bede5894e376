package townward.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class GridDesignTest {

    @Test
    void fullFactorialFirstFactorSlowest() {
        Factor a = Factor.parse("a=0.1:0.3:0.1");
        Factor b = Factor.parse("b=5,7");
        Factor c = Factor.parse("c=-1:1");
        GridDesign g = new GridDesign(List.of(a, b, c));
        assertEquals("grid", g.name());
        assertEquals(List.of(a, b, c), g.factors());
        List<double[]> p = g.points();
        assertEquals(3 * 2 * 2, p.size());
        int r = 0;
        for (double va : a.values()) {
            for (double vb : b.values()) {
                for (double vc : c.values()) {
                    assertArrayEquals(new double[] {va, vb, vc}, p.get(r++), 0.0);
                }
            }
        }
        assertArrayEquals(new double[] {0.1, 5, -1}, p.get(0), 0.0);
        assertArrayEquals(new double[] {0.1, 5, 1}, p.get(1), 0.0);
        assertArrayEquals(new double[] {0.1, 7, -1}, p.get(2), 0.0);
        assertArrayEquals(new double[] {0.3, 7, 1}, p.get(11), 0.0);
    }

    @Test
    void singleFactorIsItsValues() {
        GridDesign g = new GridDesign(List.of(Factor.parse("x=0.1:0.3:0.05")));
        List<double[]> p = g.points();
        assertEquals(5, p.size());
        assertArrayEquals(new double[] {0.15}, p.get(1), 0.0);
    }

    @Test
    void pointsAreCopies() {
        GridDesign g = new GridDesign(List.of(Factor.parse("x=1,2")));
        g.points().get(0)[0] = 99;
        assertEquals(1.0, g.points().get(0)[0]);
    }

    @Test
    void rejectsBadFactors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new GridDesign(List.of()));
        assertEquals("grid design needs at least one factor", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new GridDesign(List.of(Factor.parse("x=1,2"), Factor.parse("x=3,4"))));
        assertEquals("grid design: factor x is given twice", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new GridDesign(List.of(
                Factor.parse("a=0:999:1"), Factor.parse("b=0:999:1"), Factor.parse("c=0:999:1"))));
        assertEquals("grid design: more than 10000000 points; use fewer levels or --design lhs/sobol",
                e.getMessage());
    }
}

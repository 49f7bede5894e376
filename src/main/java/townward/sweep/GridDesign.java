package townward.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * Full factorial of the factors' {@link Factor#values() values}: every combination once, first factor varying
 * slowest, last factor fastest (like nested loops over the factors in order). Count = product of the value counts.
 */
public final class GridDesign implements Design {

    /** Most points a grid may have. */
    public static final int MAX_POINTS = 10_000_000;

    private final List<Factor> factors;
    private final List<double[]> points;

    /** @throws IllegalArgumentException if {@code factors} is empty or the grid exceeds {@link #MAX_POINTS} */
    public GridDesign(List<Factor> factors) {
        this.factors = Designs.requireFactors(factors, "grid");
        long count = 1;
        for (Factor f : this.factors) {
            count *= f.values().size();
            if (count > MAX_POINTS) {
                throw new IllegalArgumentException("grid design: more than " + MAX_POINTS
                        + " points; use fewer levels or --design lhs/sobol");
            }
        }
        int k = this.factors.size();
        List<double[]> pts = new ArrayList<>((int) count);
        int[] index = new int[k];
        for (long r = 0; r < count; r++) {
            double[] p = new double[k];
            for (int j = 0; j < k; j++) {
                p[j] = this.factors.get(j).values().get(index[j]);
            }
            pts.add(p);
            for (int j = k - 1; j >= 0; j--) {   // odometer: last factor turns fastest
                if (++index[j] < this.factors.get(j).values().size()) {
                    break;
                }
                index[j] = 0;
            }
        }
        this.points = pts;
    }

    @Override
    public List<Factor> factors() {
        return factors;
    }

    @Override
    public List<double[]> points() {
        return Designs.copy(points);
    }

    @Override
    public String name() {
        return "grid";
    }
}

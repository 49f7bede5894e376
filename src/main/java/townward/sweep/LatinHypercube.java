package townward.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Latin hypercube sample of {@code samples} points within the factors' bounds. Each factor's range
 * {@code [low, high]} is cut into {@code samples} equal strata, stratum {@code i} being
 * {@code [edge(i), edge(i+1))} with {@code edge(i) = low + i * (high - low) / samples}; every stratum of every
 * factor holds exactly one point, placed uniformly within it, and the strata are paired across factors by
 * independent random permutations.
 *
 * <p>Deterministic given the seed: one {@link SplittableRandom}, drawing per factor (in order) a Fisher-Yates
 * shuffle of the strata and then one uniform per point.
 */
public final class LatinHypercube implements Design {

    private final List<Factor> factors;
    private final List<double[]> points;

    /** @throws IllegalArgumentException if {@code factors} is empty or {@code samples < 2} */
    public LatinHypercube(List<Factor> factors, int samples, long seed) {
        this.factors = Designs.requireFactors(factors, "lhs");
        if (samples < 2) {
            throw new IllegalArgumentException("lhs design needs samples >= 2, got " + samples);
        }
        int k = this.factors.size();
        double[][] values = new double[samples][k];
        SplittableRandom random = new SplittableRandom(seed);
        for (int j = 0; j < k; j++) {
            Factor f = this.factors.get(j);
            int[] stratum = permutation(samples, random);
            for (int r = 0; r < samples; r++) {
                values[r][j] = inStratum(f.low(), f.high(), samples, stratum[r], random.nextDouble());
            }
        }
        List<double[]> pts = new ArrayList<>(samples);
        for (double[] row : values) {
            pts.add(row);
        }
        this.points = pts;
    }

    /** Lower edge of stratum {@code i} of {@code samples} on {@code [low, high]}; {@code edge(samples)} ends the last. */
    static double edge(double low, double high, int samples, int i) {
        return low + i * (high - low) / samples;
    }

    private static double inStratum(double low, double high, int samples, int s, double u) {
        double a = edge(low, high, samples, s);
        double b = edge(low, high, samples, s + 1);
        double x = a + u * (b - a);
        if (x >= b) {             // rounding must not push the point into the next stratum
            x = Math.nextDown(b);
        }
        return Math.min(Math.max(x, Math.max(a, low)), high);
    }

    private static int[] permutation(int n, SplittableRandom random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
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
        return "lhs";
    }
}

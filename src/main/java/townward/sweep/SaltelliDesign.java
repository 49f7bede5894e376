package townward.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli sampling for Sobol sensitivity indices. A Sobol sequence of dimension {@code 2k} (Commons Math
 * {@link SobolSequenceGenerator}, first point, the all-zeros one, skipped) gives {@code N} base rows; its first
 * {@code k} columns form matrix A, the last {@code k} matrix B, each scaled to the factors' {@code [low, high]}.
 *
 * <p>Points, {@code N*(k+2)} in all: A ({@code N} rows), B ({@code N} rows), then AB<sub>1</sub> ..
 * AB<sub>k</sub> ({@code N} rows each: row {@code i} of A with column {@code j} taken from row {@code i} of B).
 * Powers of two for {@code N} balance the Sobol sequence best.
 */
public final class SaltelliDesign implements Design {

    /** Largest number of factors: Commons Math's Sobol directions cover 1000 dimensions, two per factor. */
    public static final int MAX_FACTORS = 500;

    private final List<Factor> factors;
    private final int n;
    private final List<double[]> points;

    /** @throws IllegalArgumentException if {@code factors} is empty or too many, or {@code baseSamples < 2} */
    public SaltelliDesign(List<Factor> factors, int baseSamples) {
        this.factors = Designs.requireFactors(factors, "sobol");
        int k = this.factors.size();
        if (k > MAX_FACTORS) {
            throw new IllegalArgumentException("sobol design supports at most " + MAX_FACTORS + " factors, got " + k);
        }
        if (baseSamples < 2) {
            throw new IllegalArgumentException("sobol design needs baseSamples >= 2, got " + baseSamples);
        }
        if ((long) baseSamples * (k + 2) > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("sobol design: baseSamples * (factors + 2) is too large");
        }
        this.n = baseSamples;
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.nextVector();   // point 0 is all zeros
        double[][] a = new double[n][k];
        double[][] b = new double[n][k];
        for (int i = 0; i < n; i++) {
            double[] u = sobol.nextVector();
            for (int j = 0; j < k; j++) {
                a[i][j] = scale(this.factors.get(j), u[j]);
                b[i][j] = scale(this.factors.get(j), u[k + j]);
            }
        }
        List<double[]> pts = new ArrayList<>(n * (k + 2));
        pts.addAll(Arrays.asList(a));
        for (double[] row : b) {
            pts.add(row);
        }
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < n; i++) {
                double[] row = a[i].clone();
                row[j] = b[i][j];
                pts.add(row);
            }
        }
        this.points = pts;
    }

    private static double scale(Factor f, double u) {
        double x = f.low() + u * (f.high() - f.low());
        return Math.min(Math.max(x, f.low()), f.high());
    }

    /** N, the number of rows in each block A, B, AB<sub>j</sub>. */
    public int baseSamples() {
        return n;
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
        return "sobol";
    }

    /**
     * First-order and total Sobol indices of one output.
     *
     * <ul>
     *   <li>V = population variance (divisor 2N) of the concatenated f(A), f(B);</li>
     *   <li>first order (Saltelli 2010): S<sub>j</sub> = mean((f(B) - m) * (f(AB<sub>j</sub>) - f(A))) / V, with m
     *       the mean of f(A), f(B): centring leaves the expectation unchanged and removes the noise a large mean
     *       adds (an urbanization rate near 0.8 with a spread of a few points);</li>
     *   <li>total (Jansen): ST<sub>j</sub> = mean((f(A) - f(AB<sub>j</sub>))<sup>2</sup>) / (2V).</li>
     * </ul>
     * Bootstrap: {@code bootstrap} times, draw N row indices with replacement (one {@link SplittableRandom} from
     * {@code seed}; the same rows for every block and factor) and recompute all indices, V included; the
     * interval is the 5th to 95th percentile (linear interpolation between order statistics, numpy's default).
     * Replicates whose V is 0 are left out. With {@code bootstrap == 0} the intervals are {@code NaN}.
     *
     * @param outputs one finite output per point, in {@link #points()} order
     * @throws IllegalArgumentException if {@code outputs} has the wrong length or a non-finite value, or
     *                                  {@code bootstrap < 0}
     */
    public SobolIndices indices(double[] outputs, int bootstrap, long seed) {
        int k = factors.size();
        Designs.requireOutputs(outputs, n * (k + 2), "sobol");
        if (bootstrap < 0) {
            throw new IllegalArgumentException("sobol indices: bootstrap must be >= 0, got " + bootstrap);
        }
        int[] rows = new int[n];
        Arrays.setAll(rows, i -> i);
        double[] estimate = estimate(outputs, rows);   // [V, S_1..S_k, ST_1..ST_k]

        double[][] reps = new double[2 * k][bootstrap];
        int kept = 0;
        SplittableRandom random = new SplittableRandom(seed);
        for (int b = 0; b < bootstrap; b++) {
            for (int i = 0; i < n; i++) {
                rows[i] = random.nextInt(n);
            }
            double[] e = estimate(outputs, rows);
            if (e[0] > 0) {
                for (int m = 0; m < 2 * k; m++) {
                    reps[m][kept] = e[1 + m];
                }
                kept++;
            }
        }
        double[] first = new double[k];
        double[] firstLow = new double[k];
        double[] firstHigh = new double[k];
        double[] total = new double[k];
        double[] totalLow = new double[k];
        double[] totalHigh = new double[k];
        for (int j = 0; j < k; j++) {
            first[j] = estimate[1 + j];
            total[j] = estimate[1 + k + j];
            double[] s = Arrays.copyOf(reps[j], kept);
            double[] st = Arrays.copyOf(reps[k + j], kept);
            Arrays.sort(s);
            Arrays.sort(st);
            firstLow[j] = percentile(s, 0.05);
            firstHigh[j] = percentile(s, 0.95);
            totalLow[j] = percentile(st, 0.05);
            totalHigh[j] = percentile(st, 0.95);
        }
        return new SobolIndices(factors, first, firstLow, firstHigh, total, totalLow, totalHigh, estimate[0]);
    }

    /** [V, S_1..S_k, ST_1..ST_k] over the given base rows; indices NaN when V is 0. */
    private double[] estimate(double[] f, int[] rows) {
        int k = factors.size();
        double sum = 0;
        for (int i : rows) {
            sum += f[i] + f[n + i];
        }
        double mean = sum / (2.0 * rows.length);
        double ss = 0;
        for (int i : rows) {
            double da = f[i] - mean;
            double db = f[n + i] - mean;
            ss += da * da + db * db;
        }
        double v = ss / (2.0 * rows.length);
        double[] out = new double[1 + 2 * k];
        out[0] = v;
        for (int j = 0; j < k; j++) {
            int ab = (2 + j) * n;
            double first = 0;
            double total = 0;
            for (int i : rows) {
                double fa = f[i];
                double fab = f[ab + i];
                first += (f[n + i] - mean) * (fab - fa);   // centred: same expectation, far less noise
                total += (fa - fab) * (fa - fab);
            }
            out[1 + j] = v > 0 ? first / rows.length / v : Double.NaN;
            out[1 + k + j] = v > 0 ? total / rows.length / (2 * v) : Double.NaN;
        }
        return out;
    }

    /** Linear-interpolation percentile of sorted values; NaN when empty. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}

package townward.sweep;

import java.util.Arrays;
import java.util.List;

/**
 * Sobol sensitivity indices of one output, per factor (same order as {@code factors}), with 90 % bootstrap
 * percentile intervals ({@code *Low} = 5th, {@code *High} = 95th percentile). Computed by
 * {@link SaltelliDesign#indices(double[], int, long)}.
 *
 * <p>Indices are {@code NaN} when the output does not vary ({@code variance == 0}); intervals are {@code NaN}
 * when no bootstrap was asked for. Arrays are copied on the way in and out.
 *
 * @param factors   the factors, in column order
 * @param first     first-order indices S<sub>j</sub>
 * @param firstLow  5th percentile of the bootstrapped S<sub>j</sub>
 * @param firstHigh 95th percentile of the bootstrapped S<sub>j</sub>
 * @param total     total-effect indices ST<sub>j</sub>
 * @param totalLow  5th percentile of the bootstrapped ST<sub>j</sub>
 * @param totalHigh 95th percentile of the bootstrapped ST<sub>j</sub>
 * @param variance  output variance V used as denominator (population variance of the A and B outputs)
 */
public record SobolIndices(List<Factor> factors, double[] first, double[] firstLow, double[] firstHigh,
        double[] total, double[] totalLow, double[] totalHigh, double variance) {

    public SobolIndices {
        factors = List.copyOf(factors);
        int k = factors.size();
        first = copy(first, k, "first");
        firstLow = copy(firstLow, k, "firstLow");
        firstHigh = copy(firstHigh, k, "firstHigh");
        total = copy(total, k, "total");
        totalLow = copy(totalLow, k, "totalLow");
        totalHigh = copy(totalHigh, k, "totalHigh");
    }

    private static double[] copy(double[] a, int k, String name) {
        if (a == null || a.length != k) {
            throw new IllegalArgumentException("SobolIndices: " + name + " needs " + k + " values (one per factor)");
        }
        return a.clone();
    }

    @Override
    public double[] first() {
        return first.clone();
    }

    @Override
    public double[] firstLow() {
        return firstLow.clone();
    }

    @Override
    public double[] firstHigh() {
        return firstHigh.clone();
    }

    @Override
    public double[] total() {
        return total.clone();
    }

    @Override
    public double[] totalLow() {
        return totalLow.clone();
    }

    @Override
    public double[] totalHigh() {
        return totalHigh.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SobolIndices s && factors.equals(s.factors)
                && Arrays.equals(first, s.first) && Arrays.equals(firstLow, s.firstLow)
                && Arrays.equals(firstHigh, s.firstHigh) && Arrays.equals(total, s.total)
                && Arrays.equals(totalLow, s.totalLow) && Arrays.equals(totalHigh, s.totalHigh)
                && Double.compare(variance, s.variance) == 0;
    }

    @Override
    public int hashCode() {
        int h = factors.hashCode();
        for (double[] a : List.of(first, firstLow, firstHigh, total, totalLow, totalHigh)) {
            h = 31 * h + Arrays.hashCode(a);
        }
        return 31 * h + Double.hashCode(variance);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("SobolIndices[variance=").append(variance);
        for (int j = 0; j < factors.size(); j++) {
            sb.append(", ").append(factors.get(j).path())
                    .append(": S=").append(first[j]).append(" [").append(firstLow[j]).append(", ")
                    .append(firstHigh[j]).append("], ST=").append(total[j]).append(" [").append(totalLow[j])
                    .append(", ").append(totalHigh[j]).append(']');
        }
        return sb.append(']').toString();
    }
}

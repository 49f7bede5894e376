package townward.collect;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one number format of {@code metrics.csv}: exact, locale-independent and identical on every JDK.
 *
 * <ul>
 *   <li>whole numbers with |v| &lt; 10<sup>15</sup>: integer digits, no decimal point ({@code 0}, {@code 1500},
 *       {@code -3}); {@code -0.0} prints as {@code 0};</li>
 *   <li>other finite values: the fewest significant digits (1 to 17) that parse back to the very same double
 *       (the exact binary value rounded half-even to that many digits), in plain notation when
 *       10<sup>-4</sup> &le; |v| &lt; 10<sup>15</sup> ({@code 0.5234}, {@code 12345.678}), otherwise in
 *       {@link BigDecimal#toString()} scientific notation ({@code 1.5E-7}, {@code 2.5E+16});</li>
 *   <li>{@code NaN}, {@code Infinity}, {@code -Infinity}.</li>
 * </ul>
 */
public final class MetricValues {

    private static final double PLAIN_MIN = 1e-4;
    private static final double PLAIN_MAX = 1e15;

    private MetricValues() {
    }

    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        double abs = Math.abs(v);
        if (abs < PLAIN_MAX && v == Math.rint(v)) {
            return Long.toString((long) v);   // also maps -0.0 to "0"
        }
        BigDecimal shortest = shortest(v);
        if (abs >= PLAIN_MIN && abs < PLAIN_MAX) {
            return shortest.toPlainString();
        }
        return shortest.toString();
    }

    /** The fewest significant digits that round-trip to {@code v}. */
    static BigDecimal shortest(double v) {
        BigDecimal exact = new BigDecimal(v);
        for (int digits = 1; digits < 17; digits++) {
            BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == v) {
                return candidate.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }
}

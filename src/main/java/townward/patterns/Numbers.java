package townward.patterns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Number formats of the pattern table. */
final class Numbers {

    private Numbers() {
    }

    /** At most {@code decimals} decimals, no trailing zeros, no exponent: 75.01, -31.3548, 2745.28. */
    static String plain(double v, int decimals) {
        String s = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** Exactly {@code decimals} decimals with thousands separators, for reading: 2,745.28. */
    static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }
}

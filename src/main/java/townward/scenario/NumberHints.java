package townward.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * What a planner most likely meant by a number the format rejects: full-width digits and punctuation typed with a
 * Chinese input method ({@code ８００００}, {@code 80，000}, {@code ６５％}), thousands separators, and a share written
 * as a percentage ({@code 65}, {@code 65%} for 0.65). Each hint is appended to the error message.
 */
final class NumberHints {

    private NumberHints() {
    }

    /** The hint for a value that is not a number of the range, starting with "; ", or "" when none applies. */
    static String of(JsonNode found, Spec.Range range) {
        if (found == null) {
            return "";
        }
        if (found.isNumber()) {
            double d = found.doubleValue();
            return share(range) && d >= 2 && d <= 100 && range.contains(d / 100) ? "; a percentage is written as a fraction: did you mean " + plain(d / 100) + "?" : "";
        }
        if (!found.isTextual()) {
            return "";
        }
        String text = found.asText().strip();
        String half = halfWidth(text);
        boolean fullWidth = !half.equals(text);
        String digits = half.matches("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?%?") ? half.replace(",", "") : half;
        boolean percent = digits.endsWith("%");
        BigDecimal value = parse(percent ? digits.substring(0, digits.length() - 1).strip() : digits);
        if (value == null) {
            return fullWidth ? "; it has full-width characters: write it with half-width ones, \"" + half + "\"" : "";
        }
        String said = fullWidth ? "; it has full-width characters (输入法全角)" : digits.equals(half) ? "" : "; no thousands separators";
        if (percent) {
            BigDecimal share = value.movePointLeft(2);
            return said + (said.isEmpty() ? "; " : ", and ") + "a percentage is written as a fraction: did you mean "
                    + share.stripTrailingZeros().toPlainString() + "?";
        }
        if (said.isEmpty()) {
            return "; write the number without quotes: " + value.toPlainString();   // "80000" quoted in YAML
        }
        return said + ": did you mean " + value.toPlainString() + "?";
    }

    /** Full-width ASCII forms (U+FF01..U+FF5E), the ideographic space and full stop, as their half-width forms. */
    static String halfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c >= 0xFF01 && c <= 0xFF5E) {
                b.append((char) (c - 0xFEE0));
            } else if (c == 0x3000) {
                b.append(' ');
            } else if (c == 0x3002) {
                b.append('.');
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    private static boolean share(Spec.Range r) {
        return r.min() >= 0 && !r.minExclusive() && r.max() == 1;   // not scale, (0, 1]
    }

    private static BigDecimal parse(String s) {
        if (!s.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
            return null;
        }
        return new BigDecimal(s);
    }

    private static String plain(double v) {
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}

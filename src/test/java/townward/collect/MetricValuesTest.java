package townward.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class MetricValuesTest {

    @Test
    void wholeNumbersHaveNoDecimals() {
        assertEquals("0", MetricValues.format(0.0));
        assertEquals("0", MetricValues.format(-0.0));
        assertEquals("1500", MetricValues.format(1500.0));
        assertEquals("-3", MetricValues.format(-3.0));
        assertEquals("999999999999999", MetricValues.format(999_999_999_999_999.0));
    }

    @Test
    void fractionsUseShortestRoundTripDigitsInPlainNotation() {
        assertEquals("0.5", MetricValues.format(0.5));
        assertEquals("0.52", MetricValues.format(0.52));
        assertEquals("0.30000000000000004", MetricValues.format(0.1 + 0.2));
        assertEquals("12345678.5", MetricValues.format(12_345_678.5));
        assertEquals("0.0001", MetricValues.format(1e-4));
        assertEquals("-2.25", MetricValues.format(-2.25));
        assertEquals("0.3333333333333333", MetricValues.format(1.0 / 3));
    }

    @Test
    void tinyAndHugeValuesUseScientificNotation() {
        assertEquals("1E-7", MetricValues.format(1e-7));
        assertEquals("1.5E-7", MetricValues.format(1.5e-7));
        assertEquals("1E+20", MetricValues.format(1e20));
        assertEquals("5E-324", MetricValues.format(Double.MIN_VALUE));
        assertEquals("1.7976931348623157E+308", MetricValues.format(Double.MAX_VALUE));
    }

    @Test
    void nonFiniteValues() {
        assertEquals("NaN", MetricValues.format(Double.NaN));
        assertEquals("Infinity", MetricValues.format(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", MetricValues.format(Double.NEGATIVE_INFINITY));
    }

    @Test
    void everyValueRoundTripsAndIsNoLongerThanJavaToString() {
        Random r = new Random(42);
        for (int i = 0; i < 4_000; i++) {
            double v = switch (i % 4) {
                case 0 -> r.nextDouble();
                case 1 -> r.nextGaussian() * 1e6;
                case 2 -> Double.longBitsToDouble(r.nextLong());
                default -> Math.round(r.nextDouble() * 1e6) / 1e3;
            };
            if (!Double.isFinite(v)) {
                continue;
            }
            String s = MetricValues.format(v);
            assertEquals(v, Double.parseDouble(s), s);
            assertTrue(s.matches("-?[0-9.]+(E[+-][0-9]+)?"), s);
            String digits = s.replaceAll("E.*|[-.]", "").replaceAll("^0+", "").replaceAll("0+$", "");
            String javaDigits = Double.toString(v).replaceAll("E.*|[-.]", "").replaceAll("^0+", "")
                    .replaceAll("0+$", "");
            assertTrue(digits.length() <= javaDigits.length(), s + " vs " + Double.toString(v));
        }
    }
}

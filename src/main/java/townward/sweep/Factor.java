package townward.sweep;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One varied scenario field. {@code values}: the explicit levels (grid); {@code low}/{@code high}: bounds (lhs,
 * sobol, one-at-a-time).
 *
 * <p>Invariants (checked): {@code path} is not blank; {@code low <= high}, both finite; {@code values} is
 * non-empty, finite, free of duplicates and within {@code [low, high]}. {@code values} is an unmodifiable copy.
 *
 * @param path   the scenario field, e.g. {@code policies[0].share}
 * @param low    lower bound
 * @param high   upper bound
 * @param values the levels of a grid, in the order given
 */
public record Factor(String path, double low, double high, List<Double> values) {

    /** Most levels a {@code FROM:TO:STEP} range may expand to. */
    public static final int MAX_LEVELS = 1_000_000;

    private static final BigDecimal TOLERANCE = new BigDecimal("1e-9");

    public Factor {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("factor path must not be empty");
        }
        if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
            throw new IllegalArgumentException("factor " + path + ": bounds must be finite with low <= high, got ["
                    + low + ", " + high + "]");
        }
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("factor " + path + ": needs at least one value");
        }
        Set<Double> seen = new HashSet<>();
        for (Double v : values) {
            if (v == null || !Double.isFinite(v) || v < low || v > high) {
                throw new IllegalArgumentException("factor " + path + ": value " + v + " is not a finite number in ["
                        + low + ", " + high + "]");
            }
            if (!seen.add(v == 0.0 ? 0.0 : v)) {   // -0.0 and 0.0 count as the same level
                throw new IllegalArgumentException("factor " + path + ": duplicate value " + v);
            }
        }
        values = List.copyOf(values);
    }

    /**
     * Parses one {@code --vary} spec:
     * <ul>
     *   <li>{@code path=FROM:TO:STEP}: the levels FROM, FROM+STEP, ... up to TO, computed in exact decimal
     *       arithmetic ({@link BigDecimal}) and only then converted to double, so {@code 0.1:0.3:0.05} gives
     *       exactly the doubles of {@code 0.1, 0.15, 0.2, 0.25, 0.3}. TO is included when a level lands within
     *       {@code 1e-9*STEP} of it (a level just above TO is clamped to TO). {@code low=FROM}, {@code high=TO},
     *       even when the steps stop short of TO. Needs STEP &gt; 0 and FROM &lt;= TO;</li>
     *   <li>{@code path=v1,v2,...}: explicit levels in the order given ({@code low=min}, {@code high=max}); a
     *       single value is a list of one level;</li>
     *   <li>{@code path=FROM:TO}: bounds only, FROM &lt; TO; {@code values = [FROM, TO]}.</li>
     * </ul>
     * The path is everything before the first {@code =}; surrounding blanks are ignored everywhere. Numbers use
     * {@link BigDecimal} syntax ({@code -1}, {@code 0.25}, {@code 1e-3}); NaN and infinities are rejected.
     *
     * @throws IllegalArgumentException with a one-line message naming the spec and what was expected
     */
    public static Factor parse(String spec) {
        if (spec == null) {
            throw new IllegalArgumentException("factor spec is null; expected PATH=FROM:TO:STEP, PATH=FROM:TO or "
                    + "PATH=v1,v2,...");
        }
        int eq = spec.indexOf('=');
        if (eq < 0) {
            throw bad(spec, "expected PATH=FROM:TO:STEP, PATH=FROM:TO or PATH=v1,v2,...");
        }
        String path = spec.substring(0, eq).trim();
        if (path.isEmpty()) {
            throw bad(spec, "empty path before '='");
        }
        String rhs = spec.substring(eq + 1).trim();
        if (rhs.isEmpty()) {
            throw bad(spec, "no values after '='; expected FROM:TO:STEP, FROM:TO or v1,v2,...");
        }
        if (rhs.indexOf(',') >= 0 || rhs.indexOf(':') < 0) {
            return list(spec, path, rhs);
        }
        String[] parts = rhs.split(":", -1);
        if (parts.length == 3) {
            return range(spec, path, number(spec, parts[0]), number(spec, parts[1]), number(spec, parts[2]));
        }
        if (parts.length == 2) {
            BigDecimal from = number(spec, parts[0]);
            BigDecimal to = number(spec, parts[1]);
            if (from.compareTo(to) >= 0) {
                throw bad(spec, "bounds FROM:TO need FROM < TO, got " + parts[0].trim() + " >= " + parts[1].trim());
            }
            double lo = from.doubleValue();
            double hi = to.doubleValue();
            return new Factor(path, lo, hi, List.of(lo, hi));
        }
        throw bad(spec, "expected FROM:TO:STEP or FROM:TO, got " + parts.length + " parts separated by ':'");
    }

    private static Factor range(String spec, String path, BigDecimal from, BigDecimal to, BigDecimal step) {
        if (step.signum() <= 0) {
            throw bad(spec, "STEP must be > 0, got " + step.toPlainString());
        }
        if (from.compareTo(to) > 0) {
            throw bad(spec, "FROM must be <= TO, got " + from.toPlainString() + " > " + to.toPlainString());
        }
        BigDecimal limit = to.add(step.multiply(TOLERANCE));
        BigDecimal steps = limit.subtract(from).divide(step, 0, RoundingMode.FLOOR);
        if (steps.compareTo(BigDecimal.valueOf(MAX_LEVELS - 1L)) > 0) {
            throw bad(spec, "more than " + MAX_LEVELS + " levels; use a larger STEP");
        }
        int n = steps.intValueExact() + 1;
        List<Double> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            BigDecimal v = from.add(step.multiply(BigDecimal.valueOf(i)));
            values.add(v.min(to).doubleValue());
        }
        return new Factor(path, from.doubleValue(), to.doubleValue(), values);
    }

    private static Factor list(String spec, String path, String rhs) {
        String[] parts = rhs.split(",", -1);
        List<Double> values = new ArrayList<>(parts.length);
        Set<Double> seen = new HashSet<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (String part : parts) {
            double v = number(spec, part).doubleValue();
            if (!seen.add(v == 0.0 ? 0.0 : v)) {
                throw bad(spec, "duplicate level " + part.trim());
            }
            values.add(v);
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return new Factor(path, lo, hi, values);
    }

    private static BigDecimal number(String spec, String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            throw bad(spec, "missing number (empty field)");
        }
        BigDecimal v;
        try {
            v = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw bad(spec, "'" + t + "' is not a number");
        }
        if (!Double.isFinite(v.doubleValue())) {
            throw bad(spec, "'" + t + "' is out of the range of a double");
        }
        return v;
    }

    private static IllegalArgumentException bad(String spec, String why) {
        return new IllegalArgumentException("invalid factor spec \"" + spec + "\": " + why);
    }
}

package townward.patterns;

import java.util.Locale;

/**
 * τ of a pattern row (MODEL.md 12.1): in the row's unit ({@code 0.5} points of a rate), or relative to the
 * observation ({@code 1.5%} of a population). H rows must hold within τ, S rows within 2τ.
 *
 * @param value     τ
 * @param relative  τ is a fraction of the observed value (written with a trailing %)
 */
public record Tolerance(double value, boolean relative) {

    public static Tolerance parse(String text) throws PatternException {
        String t = text.trim();
        boolean rel = t.endsWith("%");
        try {
            double v = Double.parseDouble(rel ? t.substring(0, t.length() - 1).trim() : t);
            if (v > 0) {
                return new Tolerance(rel ? v / 100 : v, rel);
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new PatternException("tolerance '" + text + "': expected a positive number, or a percentage of the"
                + " observation such as 1.5%");
    }

    /** Whether {@code simulated} is within τ (H) or 2τ (S) of {@code observed}. */
    public boolean holds(double observed, double simulated, Kind kind) {
        double band = (relative ? value * Math.abs(observed) : value) * (kind == Kind.S ? 2 : 1);
        return Math.abs(simulated - observed) <= band + 1e-9 * Math.max(1, Math.abs(observed));
    }

    /** As the catalogue writes it: {@code 0.5} or {@code 1.5%}. */
    public String csv() {
        return relative ? Numbers.plain(value * 100, 4) + "%" : Numbers.plain(value, 4);
    }

    /** For a reader: {@code 0.5 pt}, {@code 0.12 persons}, {@code 1.5 %} (of the observation). */
    public String text(String unit) {
        if (relative) {
            return Numbers.plain(value * 100, 4) + " %";
        }
        String u = switch (unit) {
            case "%" -> "pt";
            case "" -> "";
            default -> unit;
        };
        return String.format(Locale.ROOT, "%s %s", Numbers.plain(value, 4), u).trim();
    }
}

package townward.report;

import java.util.Locale;

/** Number formats of the report (plain ASCII digits, thousands grouped by commas, never in years). */
final class Format {

    private Format() {
    }

    static String percent(double share) {
        return Double.isFinite(share) ? String.format(Locale.ROOT, "%.1f%%", share * 100) : "–";
    }

    /** A difference of shares in percentage points. */
    static String points(double diff) {
        if (!Double.isFinite(diff)) {
            return "–";
        }
        double pts = diff * 100;
        // a gap that rounds to zero keeps its sign visible: "-0.01", not "-0.0"
        return String.format(Locale.ROOT, pts != 0 && Math.abs(pts) < 0.05 ? "%+.2f" : "%+.1f", pts);
    }

    static String count(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%,.0f", v) : "–";
    }

    static String signedCount(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%+,.0f", v) : "–";
    }

    /** Yuan in millions (English). */
    static String millions(double yuan) {
        return Double.isFinite(yuan) ? String.format(Locale.ROOT, "%,.1f", yuan / 1e6) : "–";
    }

    /** Yuan in 万元, as Chinese budgets count them. */
    static String wan(double yuan) {
        return Double.isFinite(yuan) ? String.format(Locale.ROOT, "%,.1f", yuan / 1e4) : "–";
    }

    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return new java.text.DecimalFormat("#,##0.####", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(v);
    }

    /** A value of a metric: a share for "_rate" and "_share" metrics, else a count. */
    static String metric(String metric, double v) {
        return metric.endsWith("_rate") || metric.endsWith("_share") ? percent(v) : count(v);
    }
}

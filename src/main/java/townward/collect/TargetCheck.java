package townward.collect;

import java.util.Locale;

/**
 * One programme target compared with the projection. All targets are floors: met when projected &ge; target.
 *
 * @param place      {@code region} or a place name
 * @param metric     the metric compared ({@code urbanization_rate}, {@code urban_residents_added},
 *                   {@code population}, {@code built_up_residents})
 * @param year       target year
 * @param target     target value
 * @param projected  projected value, or null when the run produced none for that year
 */
public record TargetCheck(String place, String metric, int year, double target, Double projected) {

    public boolean met() {
        return projected != null && projected >= target;
    }

    /** How far the projection falls short (positive) or exceeds (negative) the target; NaN when not projected. */
    public double shortfall() {
        return projected == null ? Double.NaN : target - projected;
    }

    boolean isRate() {
        return metric.endsWith("_rate");
    }

    /** e.g. {@code region urbanization_rate 2030: target 60.0%, projected 58.3%, missed by 1.7 points}. */
    public String describe() {
        String head = place + " " + metric + " " + year + ": target " + show(target);
        if (projected == null) {
            return head + ", not projected (year not simulated or metric not produced)";
        }
        String line = head + ", projected " + show(projected);
        if (met()) {
            return line + ", met";
        }
        return line + ", missed by " + (isRate()
                ? String.format(Locale.ROOT, "%.1f points", shortfall() * 100)
                : String.format(Locale.ROOT, "%.0f", shortfall()));
    }

    private String show(double v) {
        return isRate() ? RunSummary.percent(v) : String.format(Locale.ROOT, "%.0f", v);
    }
}

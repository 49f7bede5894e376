package townward.sweep;

/**
 * One bar of a tornado chart: the output with one factor at its low and at its high bound, all others at
 * baseline.
 *
 * @param path           the factor's path
 * @param low            the factor's low bound
 * @param high           the factor's high bound
 * @param outputAtLow    output with the factor at {@code low}
 * @param outputAtHigh   output with the factor at {@code high}
 * @param baselineOutput output at the baseline point
 */
public record Swing(String path, double low, double high, double outputAtLow, double outputAtHigh,
        double baselineOutput) {

    /** Width of the bar, {@code |outputAtHigh - outputAtLow|}; sort on it, descending, for a tornado chart. */
    public double range() {
        return Math.abs(outputAtHigh - outputAtLow);
    }
}

package townward.patterns;

/**
 * One row of the pattern table: a (pattern, year, sub-item) of MODEL.md 12.1.
 *
 * @param id         P1 ... P24
 * @param pattern    what is compared
 * @param unit       of observed and simulated values ({@code %}, {@code 万}, {@code ‰}, ...)
 * @param scenario   calibration scenario (file {@code scenarios/calibration/<scenario>.yaml})
 * @param year       compared year
 * @param simulated  how the run's value is computed, or null when the model has no metric for it yet
 * @param needs      what the model lacks, when {@code simulated} is null
 * @param observed   the observation, in {@code unit}
 * @param source     where the observation comes from
 * @param tolerance  τ
 * @param kind       H or S
 * @param digits     decimals shown in text and Markdown
 */
public record PatternRow(String id, String pattern, String unit, String scenario, int year, Expression simulated,
                         String needs, double observed, String source, Tolerance tolerance, Kind kind, int digits) {

    /** The last year the row reads from its run. */
    public int lastYear() {
        int last = year;
        if (simulated != null) {
            for (Expression.Metric m : simulated.metrics()) {
                last = Math.max(last, m.at(year));
            }
        }
        return last;
    }
}

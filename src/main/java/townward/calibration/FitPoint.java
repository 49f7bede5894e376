package townward.calibration;

/**
 * One observation the fit is compared with: a series' urbanization rate (residual in percentage points) or its
 * population (residual in percent of the observed population).
 *
 * @param series    index of the series in the config
 * @param year      the year
 * @param population true for a population point
 * @param observed  the data row's value (share, or 万人)
 */
public record FitPoint(int series, int year, boolean population, double observed) {

    /** The residual of a simulated value (share, or persons). */
    public double residual(double simulated) {
        return population ? (simulated / 1e4 - observed) / observed * 100 : (simulated - observed) * 100;
    }
}

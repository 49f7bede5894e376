package townward.calibration;

/**
 * One observation the fit is compared with: a series' urbanization rate (residual in percentage points) or its
 * population (residual in percent of the observed population). A population point compares growth since the start:
 * the simulated population is the observed start-year population times the simulated growth, so the sampling noise
 * of the generated start population (about 1.6 % a run at calibration scale) does not enter the fit.
 *
 * @param series     index of the series in the config
 * @param year       the year
 * @param population true for a population point
 * @param observed   the data row's value (share, or 万人)
 * @param base       for a population point, the observed population of the series' start year (万人)
 */
public record FitPoint(int series, int year, boolean population, double observed, double base) {

    /** The simulated value the residual compares: the rate, or the start population times the simulated growth. */
    public double simulated(double value) {
        return population ? base * value : value;
    }

    /** The residual of a simulated value (a rate share, or growth since the start year). */
    public double residual(double value) {
        return population ? (simulated(value) - observed) / observed * 100 : (value - observed) * 100;
    }
}

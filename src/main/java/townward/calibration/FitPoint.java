package townward.calibration;

/**
 * One observation the fit is compared with: a series' urbanization rate (residual in percentage points), its
 * population (residual in percent of the observed population) or its cross-province share of outside migrants
 * (residual in percentage points). A population point compares growth since the start: the simulated population is
 * the observed start-year population times the simulated growth, so the sampling noise of the generated start
 * population (about 1.6 % a run at calibration scale) does not enter the fit.
 *
 * @param series   index of the series in the config
 * @param year     the year
 * @param kind     what is compared
 * @param observed the data row's value (share, or 万人)
 * @param base     for a population point, the observed population of the series' start year (万人)
 */
public record FitPoint(int series, int year, Kind kind, double observed, double base) {

    /** What a point compares, and the region metric it reads. */
    public enum Kind {
        RATE("urbanization_rate"),
        POPULATION("residents"),
        /** data/migrant_workers.csv cross_province_share_of_outside (MODEL.md 12.1, P9). */
        CROSS_PROVINCE("cross_province_share_of_outside");

        public final String metric;

        Kind(String metric) {
            this.metric = metric;
        }
    }

    public boolean population() {
        return kind == Kind.POPULATION;
    }

    /** The simulated value the residual compares: the rate or share, or the start population times the growth. */
    public double simulated(double value) {
        return population() ? base * value : value;
    }

    /** The residual of a simulated value (a share, or growth since the start year). */
    public double residual(double value) {
        return population() ? (simulated(value) - observed) / observed * 100 : (value - observed) * 100;
    }
}

package townward.place;

/**
 * China's age structure by five-year group (0-4, ..., 85+), shaped like the 2000 and the 2020 census pyramids
 * (approx., general knowledge: 60+ about 10 % in 2000 and 19 % in 2020), for a year between the straight-line mix,
 * and outside them the nearer. Scenarios give no age structure, so the urban cohorts start from it and rural adults
 * turn 60 at the pace it implies (docs/MODEL.md section 10).
 */
public final class CensusPyramid {
    public static final int GROUPS = 18;
    private static final int FIRST_WORKING = 3;    // 15-19
    private static final int LAST_WORKING = 11;    // 55-59
    private static final double[] SHARES_2000 = {
        0.058, 0.074, 0.099, 0.080, 0.076, 0.094, 0.102, 0.089, 0.066, 0.068,
        0.050, 0.038, 0.034, 0.029, 0.022, 0.013, 0.006, 0.003};
    private static final double[] SHARES_2020 = {
        0.050, 0.058, 0.055, 0.050, 0.060, 0.075, 0.085, 0.080, 0.075, 0.080,
        0.075, 0.070, 0.055, 0.045, 0.035, 0.025, 0.013, 0.009};

    private CensusPyramid() {
    }

    /** Shares of the five-year groups in a year, summing to 1. */
    public static double[] shares(int year) {
        double w = Math.min(1, Math.max(0, (year - 2000) / 20.0));
        double[] s = new double[GROUPS];
        double sum = 0;
        for (int g = 0; g < GROUPS; g++) {
            s[g] = (1 - w) * SHARES_2000[g] + w * SHARES_2020[g];
            sum += s[g];
        }
        for (int g = 0; g < GROUPS; g++) {
            s[g] /= sum;
        }
        return s;
    }

    /**
     * Yearly share of working-age adults (16-59) who turn 60: a fifth of the 55-59 group over the working ages. About
     * 1.2 % in 2000 (the small cohorts born around 1940) and 2.2 % in 2020 (the boom after 1962).
     */
    public static double turningSixty(int year) {
        double[] s = shares(year);
        double working = 0;
        for (int g = FIRST_WORKING; g <= LAST_WORKING; g++) {
            working += s[g];
        }
        return s[LAST_WORKING] / 5 / working;
    }
}

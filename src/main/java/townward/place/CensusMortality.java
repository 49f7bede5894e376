package townward.place;

import townward.scenario.Demography;

/**
 * Death rates by five-year age group: China's 2000 census (deaths 1 November 1999 to 31 October 2000 over the mean
 * population of each group; NBS, China Statistical Yearbook 2002, table 4-11), times the scenario's
 * {@code mortality_factor}, falling by {@code mortality_decline} a year after 2000. At the default 2 % a year the
 * table's life expectancy goes from 72.8 (2000) to 75.5 (2010) and 78.3 (2020), against the official 71.4, 74.8 and
 * 77.9; the crude death rate on the census pyramid of each year is 6.2, 6.8 and 7.0 per mille (official 6.5, 7.1,
 * 7.1). Rural household members have no ages, so they die at the mean rate of their age band on the census pyramid
 * of the year (docs/MODEL.md section 10).
 */
public final class CensusMortality {
    /** Deaths per 1,000 of each group (0-4, ..., 80-84, 85+; 85+ pools the census's 85-89 to 100+ groups). */
    private static final double[] PER_MILLE_2000 = {
        6.04, 0.55, 0.42, 0.63, 0.97, 1.11, 1.33, 1.68, 2.40, 3.47,
        5.49, 8.68, 14.79, 24.37, 42.29, 66.49, 111.68, 181.0};
    private static final int BASE_YEAR = 2000;
    private static final int FIRST_WORKING = 3;    // 15-19
    private static final int FIRST_ELDERLY = 12;   // 60-64

    private final double[] rate = new double[CensusPyramid.GROUPS];
    private final double child;
    private final double adult;
    private final double elderly;

    /** The rates of one year. */
    public CensusMortality(Demography d, int year) {
        double level = d.mortalityFactor() * Math.pow(1 - d.mortalityDecline(), year - BASE_YEAR);
        for (int g = 0; g < rate.length; g++) {
            rate[g] = Math.min(1, PER_MILLE_2000[g] / 1000 * level);
        }
        double[] shares = CensusPyramid.shares(year);
        child = mean(shares, 0, FIRST_WORKING);
        adult = mean(shares, FIRST_WORKING, FIRST_ELDERLY);
        elderly = mean(shares, FIRST_ELDERLY, CensusPyramid.GROUPS);
    }

    private double mean(double[] shares, int from, int to) {
        double deaths = 0;
        double people = 0;
        for (int g = from; g < to; g++) {
            deaths += shares[g] * rate[g];
            people += shares[g];
        }
        return deaths / people;
    }

    /** Yearly death rate of five-year group g. */
    public double rate(int g) {
        return rate[g];
    }

    /** Mean death rate of children (0-14), working-age adults (15-59) and the elderly (60+). */
    public double child() {
        return child;
    }

    public double adult() {
        return adult;
    }

    public double elderly() {
        return elderly;
    }
}

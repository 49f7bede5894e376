package townward.people;

/**
 * Births by the mother's age (MODEL.md 10.1): total fertility times the share of a woman's births in each five-year
 * group from 15-19 to 45-49, divided by five years. The shape is China's 2010 census (data/demography.csv
 * asfr_15_19 .. asfr_45_49 China 2010, which sum to the census TFR 1.181): 0.025, 0.294, 0.356, 0.194, 0.079, 0.032,
 * 0.020. MODEL.md's assumed shape (0.03, 0.25, 0.35, 0.23, 0.10, 0.03, 0.01) is replaced by the row.
 */
public final class Fertility {
    private static final double[] ASFR_2010 = {5.93, 69.47, 84.08, 45.84, 18.71, 7.51, 4.68};
    private static final double[] SHAPE = new double[ASFR_2010.length];
    /** Five-year group of 15-19. */
    public static final int FIRST_GROUP = 3;
    public static final int GROUPS = ASFR_2010.length;

    static {
        double sum = 0;
        for (double f : ASFR_2010) {
            sum += f;
        }
        for (int g = 0; g < SHAPE.length; g++) {
            SHAPE[g] = ASFR_2010[g] / sum;
        }
    }

    private Fertility() {
    }

    /** Yearly births per woman of five-year group {@code g} (3 = 15-19 .. 9 = 45-49); 0 outside 15-49. */
    public static double rate(double tfr, int g) {
        int k = g - FIRST_GROUP;
        return k >= 0 && k < GROUPS ? tfr * SHAPE[k] / 5 : 0;
    }
}

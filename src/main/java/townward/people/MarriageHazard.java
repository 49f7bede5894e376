package townward.people;

/**
 * Yearly first-marriage hazards of the never-married by age and sex (MODEL.md 10.2; assumed, mean first marriage
 * about 26 for men and 24 for women, as data/demography.csv mean_age_first_marriage China 2010: 25.75 and 24.0).
 */
public final class MarriageHazard {

    private MarriageHazard() {
    }

    public static double of(int age, boolean female) {
        if (female) {
            return age < 18 ? 0 : age < 20 ? 0.05 : age < 25 ? 0.18 : age < 30 ? 0.22 : age < 35 ? 0.10 : 0.02;
        }
        return age < 20 ? 0 : age < 25 ? 0.10 : age < 30 ? 0.20 : age < 35 ? 0.12 : 0.03;
    }
}

package townward.destination;

/**
 * China's cross-province outside migrant workers (10k persons), the pool the gravity inflow draws on (MODEL.md 10.5):
 * data/migrant_workers.csv cross_province_outside_migrants China, NBS 农民工监测调查报告 2011-2024. Linear between
 * survey years, flat before the first and after the last (no rows).
 */
final class MigrantPool {
    private static final int[] YEARS = {2011, 2014, 2017, 2018, 2021, 2022, 2023, 2024};
    private static final double[] PERSONS = {7473, 7867, 7675, 7594, 7130, 7061, 6751, 6840};

    private MigrantPool() {
    }

    static double in(int year) {
        if (year <= YEARS[0]) {
            return PERSONS[0];
        }
        for (int i = 1; i < YEARS.length; i++) {
            if (year <= YEARS[i]) {
                double t = (year - YEARS[i - 1]) / (double) (YEARS[i] - YEARS[i - 1]);
                return PERSONS[i - 1] + t * (PERSONS[i] - PERSONS[i - 1]);
            }
        }
        return PERSONS[PERSONS.length - 1];
    }
}

package townward.place;

import townward.people.Fertility;
import townward.scenario.Demography;

/**
 * The urban residents already present at a place (MODEL.md section 2): expected numbers by five-year age group x
 * sex x hukou, moved on by the cohort-component method (births, deaths, ageing, out-migration). Deterministic.
 */
public final class UrbanCohorts {
    public static final int GROUPS = CensusPyramid.GROUPS;   // 0-4, 5-9, ..., 85+
    private static final int FIRST_WORKING = 3;    // 15-19 (stands for 16-19)
    private static final int FIRST_ELDERLY = 12;   // 60-64
    private static final int FIRST_SCHOOL = 1;     // 5-9 (stands for 6-9)
    private static final double MALE_BIRTH_SHARE = 0.53;   // assumed: sex ratio at birth about 1.12
    /** [group][sex][hukou]: hukou 0 rural, 1 urban. */
    private final double[][][] people = new double[GROUPS][2][2];

    /** Cohorts of {@code total} people with the census age structure of the start year (none is given). */
    public UrbanCohorts(double total, double urbanHukouShare, int startYear) {
        double[] shares = CensusPyramid.shares(startYear);
        for (int g = 0; g < GROUPS; g++) {
            double n = total * shares[g];
            for (int sex = 0; sex < 2; sex++) {
                people[g][sex][1] = n / 2 * urbanHukouShare;
                people[g][sex][0] = n / 2 * (1 - urbanHukouShare);
            }
        }
    }

    public double total() {
        double t = 0;
        for (double[][] g : people) {
            t += g[0][0] + g[0][1] + g[1][0] + g[1][1];
        }
        return t;
    }

    public double urbanHukou() {
        double t = 0;
        for (double[][] g : people) {
            t += g[0][1] + g[1][1];
        }
        return t;
    }

    /** Persons of five-year group g, sex and hukou (0 rural, 1 urban). */
    public double count(int g, int sex, int hukou) {
        return people[g][sex][hukou];
    }

    /** Persons of five-year group g. */
    public double group(int g) {
        return people[g][0][0] + people[g][0][1] + people[g][1][0] + people[g][1][1];
    }

    /** Women of five-year group g. */
    public double women(int g) {
        return people[g][1][0] + people[g][1][1];
    }

    /** Working-age residents (16-59). */
    public double workingAge() {
        return sum(FIRST_WORKING, FIRST_ELDERLY);
    }

    /** School-age residents (6-17). */
    public double schoolAge() {
        return sum(FIRST_SCHOOL, FIRST_WORKING + 1);
    }

    private double sum(int from, int to) {
        double t = 0;
        for (int g = from; g < to; g++) {
            t += people[g][0][0] + people[g][0][1] + people[g][1][0] + people[g][1][1];
        }
        return t;
    }

    public void scale(double factor) {
        for (double[][] g : people) {
            for (double[] s : g) {
                s[0] *= factor;
                s[1] *= factor;
            }
        }
    }

    /** Changes of one year, returned so the caller can decompose the change in urban residents. */
    public record Change(double births, double deaths, double outMigrants) {
    }

    /** Adds n persons of group g, sex and hukou (returning out-migrants). */
    public void add(int g, int sex, int hukou, double n) {
        people[g][sex][hukou] += n;
    }

    /**
     * Moves the cohorts on one year with that year's death rates and out-migration rates by group, adding the
     * out-migrants by [group][sex][hukou] to {@code left}.
     */
    public Change step(Demography d, CensusMortality mortality, double[] outRate, double[][][] left) {
        double births = 0;
        for (int g = 0; g < GROUPS; g++) {
            births += (people[g][1][0] + people[g][1][1]) * Fertility.rate(d.tfrUrban(), g);
        }
        double hukouShare = total() > 0 ? urbanHukou() / total() : 1;
        double deaths = 0;
        double out = 0;
        for (int g = GROUPS - 1; g >= 0; g--) {
            double death = mortality.rate(g);
            for (int sex = 0; sex < 2; sex++) {
                for (int hk = 0; hk < 2; hk++) {
                    double n = people[g][sex][hk];
                    double dead = n * death;
                    double leaving = (n - dead) * outRate[g];
                    deaths += dead;
                    out += leaving;
                    left[g][sex][hk] += leaving;
                    double rest = n - dead - leaving;
                    // a fifth of a five-year group ages into the next each year
                    double ageing = g < GROUPS - 1 ? rest / 5 : 0;
                    people[g][sex][hk] = rest - ageing;
                    if (g < GROUPS - 1) {
                        people[g + 1][sex][hk] += ageing;
                    }
                }
            }
        }
        people[0][0][1] += births * MALE_BIRTH_SHARE * hukouShare;
        people[0][0][0] += births * MALE_BIRTH_SHARE * (1 - hukouShare);
        people[0][1][1] += births * (1 - MALE_BIRTH_SHARE) * hukouShare;
        people[0][1][0] += births * (1 - MALE_BIRTH_SHARE) * (1 - hukouShare);
        return new Change(births, deaths, out);
    }
}

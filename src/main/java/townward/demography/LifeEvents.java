package townward.demography;

import townward.household.Households;
import townward.household.Whereabouts;
import townward.model.Parallel;
import townward.model.Region;
import townward.model.Streams;
import townward.people.Fertility;
import townward.people.LifeCourse;
import townward.people.MarriageHazard;
import townward.people.Persons;
import townward.place.CensusMortality;
import townward.scenario.Demography;

/**
 * One family's events of the year, drawn from its own stream (MODEL.md 10.1-10.2): deaths by age and sex, a year
 * older, senior enrolment at 15, births to married women by age, entry into the county's marriage pool, and whether
 * a second couple sets up its own household. It touches only the family's own rows, so families run in parallel.
 */
final class LifeEvents {
    /** Death rates of men and women relative to the census rate of both sexes (ratio about 1.35); assumed. */
    private static final double MALE_MORTALITY = 1.15;
    private static final double FEMALE_MORTALITY = 0.85;
    private static final double MALE_BIRTH_SHARE = 0.53;

    private final Region r;
    private final Demography d;
    private final CensusMortality mortality;
    /** Yearly births per married woman by five-year group: [rural, urban][group]. */
    private final double[][] marital;

    LifeEvents(Region r, CensusMortality mortality, double[][] marital) {
        this.r = r;
        this.d = r.scenario.demography();
        this.mortality = mortality;
        this.marital = marital;
    }

    /** Deaths tallied by {@link #draw}: of everyone, of the region's residents, at urban places. */
    static final int DEATHS = 0;
    static final int RESIDENT_DEATHS = 1;
    static final int URBAN_DEATHS = 2;
    static final int TALLIES = 3;

    /**
     * Draws the year's events of family h, adding its deaths to {@code tally} (the chunk's); returns true if its
     * second couple separates.
     */
    boolean draw(int h, Streams.Cursor rng, double[] tally) {
        Persons p = r.persons;
        Households hh = r.households;
        int arr = hh.arrangement(h);
        int accompanying = Whereabouts.anchor(p, h, arr);
        boolean urbanAway = hh.away(h) >= 0 && (r.isSystem(hh.away(h)) || r.urbanDestination(hh.away(h)));
        boolean urbanHome = r.villages.get(hh.village(h)).urban;
        int couples = 0;
        boolean died = false;
        for (int i = p.first(h); i < p.end(h); i++) {
            p.newYear(i);
            int age = p.age(i);
            boolean female = p.female(i);
            double q = mortality.rate(LifeCourse.ageGroup(age)) * (female ? FEMALE_MORTALITY : MALE_MORTALITY);
            if (rng.nextDouble() < q) {
                p.set(i, Persons.GONE);
                died = true;
                tally[DEATHS]++;
                if (p.apart(i)) {   // where a member living apart lives (MODEL.md 5.8)
                    tally[RESIDENT_DEATHS] += r.isSystem(p.alone(i)) ? 0 : 1;
                    tally[URBAN_DEATHS] += r.urbanDestination(p.alone(i)) ? 1 : 0;
                    continue;
                }
                boolean away = Whereabouts.away(p, i, arr, accompanying);
                tally[RESIDENT_DEATHS] += away && r.isSystem(hh.away(h)) ? 0 : 1;
                tally[URBAN_DEATHS] += (away ? urbanAway && !r.isSystem(hh.away(h)) : urbanHome) ? 1 : 0;
                continue;
            }
            if (female && age >= 15 && age < 50 && p.spouse(i) != Persons.NONE) {
                boolean urban = Whereabouts.away(p, i, arr, accompanying) ? urbanAway : urbanHome;
                if (rng.nextDouble() < marital[urban ? 1 : 0][LifeCourse.ageGroup(age)]) {
                    p.set(i, Persons.GAVE_BIRTH);
                    if (rng.nextDouble() >= MALE_BIRTH_SHARE) {
                        p.set(i, Persons.BIRTH_GIRL);
                    }
                }
            }
            p.setAge(i, age + 1);
            if (age + 1 == LifeCourse.SENIOR_AGE && rng.nextDouble() < d.seniorEnrolment()) {
                p.set(i, Persons.SENIOR_PUPIL);
            }
            if (!p.is(i, Persons.EVER_MARRIED) && !p.studying(i)
                    && rng.nextDouble() < MarriageHazard.of(age + 1, female) * d.marriageScale()) {
                p.set(i, Persons.SEEKS_SPOUSE);
            }
            couples += female && p.spouse(i) != Persons.NONE && age + 1 < LifeCourse.ELDER_AGE ? 1 : 0;
        }
        if (died) {
            widowSurvivors(p, h);
        }
        return couples >= 2 && rng.nextDouble() < d.separateRate();
    }

    /** The spouse of a person who died this year is widowed. */
    private static void widowSurvivors(Persons p, int h) {
        for (int i = p.first(h); i < p.end(h); i++) {
            if (!p.gone(i) && p.spouse(i) != Persons.NONE) {
                int s = p.find(h, p.spouse(i));
                if (s == Persons.NONE || p.gone(s)) {
                    p.widow(i);
                }
            }
        }
    }

    /**
     * Births per married woman by group that give the scenario's total fertility among all women: the rate of all
     * women divided by the married share of the group (few births occur outside marriage in China).
     */
    static double[][] maritalRates(Region r) {
        Persons p = r.persons;
        Demography d = r.scenario.demography();
        int groups = LifeCourse.ageGroup(120) + 1;
        // women and married women by group, counted per chunk of families in parallel (whole numbers: exact sums)
        double[][] parts = new double[Parallel.chunks(r.households.size())][];
        r.parallel.forRange(r.households.size(), (from, to) -> {
            double[] part = new double[2 * groups];
            for (int i = p.first(from); i < p.end(to - 1); i++) {
                if (p.female(i)) {
                    int g = LifeCourse.ageGroup(p.age(i));
                    part[g]++;
                    part[groups + g] += p.spouse(i) != Persons.NONE ? 1 : 0;
                }
            }
            parts[from / Parallel.CHUNK] = part;
        });
        double[] women = new double[groups];
        double[] married = new double[groups];
        for (double[] part : parts) {
            for (int g = 0; g < groups; g++) {
                women[g] += part[g];
                married[g] += part[groups + g];
            }
        }
        double[][] rates = new double[2][groups];
        for (int g = 0; g < groups; g++) {
            double share = women[g] > 0 ? Math.max(0.05, married[g] / women[g]) : 1;
            rates[0][g] = Math.min(0.8, Fertility.rate(d.tfrRural(), g) / share);
            rates[1][g] = Math.min(0.8, Fertility.rate(d.tfrUrban(), g) / share);
        }
        return rates;
    }
}

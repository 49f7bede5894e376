package townward.destination;

import townward.household.Arrangement;
import townward.household.Households;
import townward.household.Residence;
import townward.model.Region;
import townward.people.Persons;
import townward.place.Settlement;
import townward.scenario.Behaviour;

/**
 * The yearly chance that a family whose workers are at a destination system comes back (MODEL.md 5.9): a logistic in
 * the workers' age, a child reaching school age, the earnings expected at home against the system's, the years
 * away, an old parent left alone at home and a year without work there. Returns are this hazard, not a by-product of
 * reconsidering among every alternative. return_entrepreneurship acts through the home earnings.
 * <p>
 * [departure] The earnings at home are the best a newcomer expects at one of the home county's urban places (the
 * smoothed chances of a post and of informal work, as {@code economy.FiveGolds#seekerEarnings}), not the county
 * seat's posted wage: jobs created at home, in the seat or in a town's park, are what 返乡就业 answers.
 */
public final class ReturnHazard {
    /** Workers older than this return more often (MODEL.md 5.9). */
    private static final int AGE_FROM = 40;
    /** An elder at least this old, alone at home, calls a worker back (MODEL.md 5.9). */
    private static final int CARE_AGE = 75;

    private final Region region;
    private final Behaviour.Return c;
    /** Per county, this year: the best monthly earnings a newcomer expects at one of its urban places. */
    private final double[] homeMonthly;

    public ReturnHazard(Region region) {
        this.region = region;
        this.c = region.scenario.behaviour().returns();
        this.homeMonthly = new double[region.countyNames.size()];
    }

    /**
     * This year's earnings expected at home, per county: the best of its urban places, or its county seat where it
     * has none. Called before the decisions, after last year's labour market set the chances.
     */
    public void newYear() {
        for (int county = 0; county < homeMonthly.length; county++) {
            homeMonthly[county] = expectedMonthly(region.settlements.get(region.countySeat[county]));
        }
        for (Settlement s : region.settlements) {
            if (s.urban) {
                homeMonthly[s.county] = Math.max(homeMonthly[s.county], expectedMonthly(s));
            }
        }
    }

    /** A newcomer's expected monthly earnings at s: a post with the smoothed hire chance, else informal work. */
    private double expectedMonthly(Settlement s) {
        return (s.hireChance * s.postWage() + (1 - s.hireChance) * s.informalChance * s.informalWage)
                * region.wageIndex;
    }

    /** Whether family h is away at a system and so faces the hazard this year. */
    public boolean applies(int h) {
        Households hh = region.households;
        return hh.arrangement(h) != Arrangement.TOGETHER_HOME && region.isSystem(hh.away(h));
    }

    /** The chance that the family's workers at the system all found work this year (hire_chance per worker). */
    public double allHired(int h) {
        Households hh = region.households;
        int away = Math.max(1, Residence.workersAway(hh, h, hh.arrangement(h)));
        return Math.pow(region.systems.spec(hh.away(h)).hireChance(), away);
    }

    /**
     * The hazard of family h at its system, given whether one of its workers there found no work this year. The
     * home county seat's earnings include the business income return_entrepreneurship lets the family expect.
     */
    public double probability(int h, boolean unemployed) {
        return probability(h, unemployed, region.returnBusinesses.offered(region, h) / 12);
    }

    /** The hazard without the programme's business income, in expectation over a year without work there. */
    public double withoutProgramme(int h) {
        if (!applies(h)) {
            return 0;
        }
        double hired = allHired(h);
        return hired * probability(h, false, 0) + (1 - hired) * probability(h, true, 0);
    }

    /**
     * Persons the programme brings back from family h, in expectation: the rise of its hazard p with the
     * programme's business income, times the family's persons counted away.
     */
    public double attributablePersons(int h, boolean unemployed, double p) {
        if (region.returnBusinesses.offered(region, h) <= 0) {
            return 0;
        }
        Households hh = region.households;
        int away = Residence.countedAway(hh, h, region.scenario.behaviour().monthsAway());
        return away * (p - probability(h, unemployed, 0));
    }

    /** The hazard with a monthly business income expected at home on top of the county seat's wage. */
    private double probability(int h, boolean unemployed, double businessMonthly) {
        Households hh = region.households;
        int dest = hh.away(h);
        double home = homeMonthly[region.countyOf(h)] + businessMonthly;
        double there = region.systems.expectedMonthly(dest);
        return hazard(c, hh.headAge(h), hh.is(h, Households.SCHOOL_ENTRY), home, there, hh.yearsAway(h),
                elderAlone(h), unemployed);
    }

    /**
     * MODEL.md 5.9's logistic, for families at a system and for in-migrants alike: {@code home} and {@code there}
     * are the monthly earnings expected where the returner would go and where he or she is.
     */
    static double hazard(Behaviour.Return c, double age, boolean schoolEntry, double home, double there,
                         double yearsAway, boolean elderAlone, boolean unemployed) {
        double z = c.constant()
                + c.age() * Math.max(0, age - AGE_FROM) / 10.0
                + (schoolEntry ? c.school() : 0)
                + (home > 0 && there > 0 ? c.local() * Math.log(home / there) : 0)
                + c.years() * Math.log(1 + yearsAway)
                + (elderAlone ? c.care() : 0)
                + (unemployed ? c.unemployed() : 0);
        return 1 / (1 + Math.exp(-z));
    }

    /** Elders at home, all CARE_AGE or more, while every adult of the family is away (nobody younger to care). */
    private boolean elderAlone(int h) {
        Households hh = region.households;
        int arr = hh.arrangement(h);
        if (hh.elderly(h) == 0 || arr == Arrangement.TOGETHER_AWAY
                || Residence.adultsAway(hh, h, arr) < hh.adults(h)) {
            return false;
        }
        Persons p = region.persons;
        int old = 0;
        for (int i = p.first(h); i < p.end(h); i++) {
            old += p.age(i) >= CARE_AGE ? 1 : 0;
        }
        return old == hh.elderly(h);
    }
}

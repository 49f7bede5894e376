package townward.model;

import java.util.List;
import townward.household.Households;
import townward.destination.InMigrants;
import townward.destination.Systems;
import townward.destination.UrbanEmigrants;
import townward.economy.ReturnBusinesses;
import townward.labour.LocalWork;
import townward.labour.Participation;
import townward.people.Persons;
import townward.place.Settlement;
import townward.place.Village;
import townward.policy.ActivePolicy;
import townward.policy.Costs;
import townward.scenario.Scenario;

/**
 * The simulated region: everything the phases read and change. Destinations are settlement indices
 * {@code 0..settlements-1}, then the destination systems beyond the region ({@link #systems}).
 */
public final class Region {
    public final Scenario scenario;
    public final Households households;
    /** Every member of the households, in household order (rebuilt once a year by Demography). */
    public final Persons persons;
    public final List<Settlement> settlements;
    public final List<Village> villages;
    public final List<String> countyNames;
    /** Per county: its county seat (or its largest seat when it has none), a settlement index. */
    public final int[] countySeat;
    public final Streams streams;
    public final Parallel parallel;
    public final Costs costs = new Costs();
    public final Tally tally;

    public ActivePolicy policy;
    public int year;
    /** Wages, rents and prices of the region relative to the start year (MODEL.md 6.2). */
    public double wageIndex = 1;
    /** Farm incomes per mu and per farm relative to the start year: crop prices need not follow wages (MODEL.md 6.3). */
    public double farmIndex = 1;
    /** The destination systems beyond the region, numbered after the settlements. */
    public final Systems systems;
    /** Persons from mirrored systems living in the region's places. */
    public final InMigrants inMigrants;
    /** The places' own cohorts who left the region for systems that do not mirror. */
    public final UrbanEmigrants urbanEmigrants;
    /** Who works for pay, by age and sex. */
    public final Participation participation;
    /** The county pools of local non-farm work. */
    public final LocalWork localWork;
    /** The business slots of return_entrepreneurship and the chance of one that families expect. */
    public final ReturnBusinesses returnBusinesses;
    /** College seats and this year's entrants and graduates (MODEL.md 10.3). */
    public final townward.demography.College college;

    Region(Scenario scenario, Households households, Persons persons, List<Settlement> settlements,
           List<Village> villages, List<String> countyNames, int[] countySeat, Parallel parallel) {
        this.scenario = scenario;
        this.households = households;
        this.persons = persons;
        this.settlements = List.copyOf(settlements);
        this.villages = List.copyOf(villages);
        this.countyNames = List.copyOf(countyNames);
        this.countySeat = countySeat;
        this.streams = new Streams(scenario.seed());
        this.parallel = parallel;
        this.tally = new Tally(settlements.size() + scenario.destinations().size(), countyNames.size());
        this.participation = new Participation(scenario.seed(), scenario.labour().participationScale());
        this.localWork = new LocalWork(countyNames.size());
        this.returnBusinesses = new ReturnBusinesses(countyNames.size());
        this.systems = new Systems(scenario.destinations(), settlements.size());
        this.inMigrants = new InMigrants(this);
        this.urbanEmigrants = new UrbanEmigrants(this);
        this.college = new townward.demography.College(this);
    }

    /** Whether a destination is a system beyond the region (not a place, not home). */
    public boolean isSystem(int dest) {
        return dest >= settlements.size();
    }

    /** Places and systems: the number of destinations. */
    public int destinations() {
        return settlements.size() + systems.count();
    }

    public double scale() {
        return scenario.scale();
    }

    /** Whether a destination is an urban place of the region now. */
    public boolean urbanDestination(int dest) {
        return dest >= 0 && dest < settlements.size() && settlements.get(dest).urban;
    }

    public int countyOf(int h) {
        return villages.get(households.village(h)).county;
    }
}

package townward.demography;

import java.util.SplittableRandom;
import townward.decision.Moves;
import townward.destination.UrbanEmigrants;
import townward.economy.HousingMarket;
import townward.household.Arrangement;
import townward.household.Households;
import townward.household.Residence;
import townward.household.Stage;
import townward.household.Whereabouts;
import townward.model.Parallel;
import townward.model.Phase;
import townward.model.Region;
import townward.model.Streams;
import townward.model.YearPhase;
import townward.people.LifeCourse;
import townward.people.Members;
import townward.people.Persons;
import townward.place.CensusMortality;
import townward.place.Settlement;
import townward.place.UrbanCohorts;

/**
 * Phase 3: the year's births, deaths, ageing, marriages and new families (MODEL.md 10.1-10.2), for urban cohorts
 * and for the persons of the rural-origin families, then the person table's rebuild and the families' counts,
 * seats, posts and senior boarding brought in line with their members.
 *
 * <ol>
 *   <li>each family's events from its own stream, in parallel ({@link LifeEvents});</li>
 *   <li>the county marriage pools and the separations of second couples ({@link MarriageMarket},
 *       {@link FamilyFormation}), then the newborns, sequentially;</li>
 *   <li>the rebuild, and each family's capacities adjusted to its members.</li>
 * </ol>
 */
public final class Demography implements YearPhase {
    private final HousingMarket market;
    private boolean[] separates = new boolean[0];
    /** Per family and stage: its children who were in that stage last year too. */
    private byte[] remaining = new byte[0];
    /** Per family: members who turned 60 this year, and 15-year-olds who enrolled in senior school. */
    private byte[] retiring = new byte[0];
    private byte[] enrolled = new byte[0];
    /** Per family: whether its capacities held elsewhere change this year (then it is settled in order). */
    private boolean[] settles = new boolean[0];

    public Demography(HousingMarket market) {
        this.market = market;
    }

    @Override
    public void run(Region r) {
        var d = r.scenario.demography();
        CensusMortality mortality = new CensusMortality(d, r.year);
        cohorts(r, mortality);
        Households hh = r.households;
        Persons p = r.persons;
        int n = hh.size();
        if (separates.length < n) {
            separates = new boolean[n + (n >> 3) + 16];
        }
        LifeEvents events = new LifeEvents(r, mortality, LifeEvents.maritalRates(r));
        boolean[] split = separates;
        double[][] deaths = new double[Parallel.chunks(n)][LifeEvents.TALLIES];
        r.parallel.forRange(n, (from, to) -> {
            double[] tally = deaths[from / Parallel.CHUNK];
            Streams.Cursor rng = new Streams.Cursor();   // each family's stream, without allocating one per family
            for (int h = from; h < to; h++) {
                hh.clear(h, Households.NEW_THIS_YEAR | Households.MOVED_THIS_YEAR | Households.RETURNED_THIS_YEAR
                        | Households.LIFE_EVENT | Households.SCHOOL_ENTRY | Households.RETURNING);
                split[h] = hh.alive(h)
                        && events.draw(h, rng.at(r.streams.householdSeed(r.year, Phase.DEMOGRAPHY, h), 0), tally);
            }
        });
        for (double[] t : deaths) {
            r.tally.deaths += t[LifeEvents.DEATHS];
            r.tally.residentDeaths += t[LifeEvents.RESIDENT_DEATHS];
            r.tally.urbanDeaths += t[LifeEvents.URBAN_DEATHS];
        }
        FamilyFormation formation = new FamilyFormation(r);
        SplittableRandom rng = r.streams.phase(r.year, Phase.DEMOGRAPHY);
        MarriageMarket.match(r, formation, rng);
        for (int h = 0; h < n; h++) {
            if (split[h]) {
                formation.separate(h);
            }
        }
        addNewborns(r, n);
        p.rebuild(hh.size(), (rows, body) -> r.parallel.forRange(rows, body::run));
        r.college.step(r);   // students living apart are out of the counts refilled below (MODEL.md 10.3)
        int all = hh.size();
        if (retiring.length < all) {
            retiring = new byte[all + (all >> 3) + 16];
            enrolled = new byte[retiring.length];
            settles = new boolean[retiring.length];
            remaining = new byte[retiring.length * Stage.COUNT];
        }
        r.parallel.forRange(all, (from, to) -> recount(r, from, to, new int[Members.APART + 1]));
        for (int h = 0; h < all; h++) {
            if (hh.alive(h) && settles[h]) {
                settle(r, h);
            }
        }
    }

    /**
     * Urban cohorts: deaths by age, births by the mothers' ages at urban fertility, out-migration beyond the region
     * and the returns of earlier out-migrants ({@link UrbanEmigrants}).
     */
    private static void cohorts(Region r, CensusMortality mortality) {
        var d = r.scenario.demography();
        UrbanEmigrants emigrants = r.urbanEmigrants;
        double[] rates = emigrants.rates(r);
        double[][][] leaving = emigrants.leaving();
        for (Settlement s : r.settlements) {
            UrbanCohorts.Change c = s.cohorts.step(d, mortality, rates, leaving);
            r.tally.births += c.births();
            r.tally.deaths += c.deaths();
            r.tally.residentBirths += c.births();
            r.tally.residentDeaths += c.deaths();
            if (s.urban) {
                r.tally.urbanBirths += c.births();
                r.tally.urbanDeaths += c.deaths();
                r.tally.urbanOutMigrants += c.outMigrants();
            }
            r.tally.outMigrants += c.outMigrants();
            r.tally.leftRegion += c.outMigrants();
            if (s.urban) {
                r.tally.outMigrantsUrban += c.outMigrants();
            } else {
                r.tally.outMigrantsRural += c.outMigrants();
            }
        }
        emigrants.step(r, mortality);
    }

    /** Each mother's child joins her family (where she lives after this year's moves). */
    private static void addNewborns(Region r, int n) {
        Persons p = r.persons;
        Households hh = r.households;
        int rows = p.size();
        for (int i = 0; i < rows; i++) {
            if (!p.is(i, Persons.GAVE_BIRTH) || p.gone(i)) {
                continue;
            }
            int h = p.household(i);
            boolean urbanHukou = hh.urbanHukou(h) || p.is(i, Persons.URBAN_HUKOU);
            p.addNewborn(h, p.is(i, Persons.BIRTH_GIRL) ? Persons.FEMALE : Persons.MALE, p.pid(i),
                    urbanHukou ? Persons.URBAN_HUKOU : 0);
            int arr = hh.arrangement(h);
            // a family formed this year is not indexed yet; it lives at home or works away, with no one accompanying
            int accompanying = h < p.households() ? Whereabouts.anchor(p, h, arr) : Persons.NONE;
            boolean away = Whereabouts.away(p, i, arr, accompanying);
            r.tally.births++;
            r.tally.residentBirths += away && r.isSystem(hh.away(h)) ? 0 : 1;
            r.tally.urbanBirths += away ? (r.urbanDestination(hh.away(h)) ? 1 : 0)
                    : (r.villages.get(hh.village(h)).urban ? 1 : 0);
        }
    }

    /**
     * After the rebuild, per family and in parallel: its counts from its members, and what changed that touches
     * capacities held elsewhere (children who stayed in their stage, members retiring, 15-year-olds enrolled).
     */
    private void recount(Region r, int from, int to, int[] counts) {
        Households hh = r.households;
        Persons p = r.persons;
        for (int h = from; h < to; h++) {
            if (!hh.alive(h)) {
                continue;
            }
            int base = h * Stage.COUNT;
            remaining[base] = 0;
            remaining[base + 1] = 0;
            remaining[base + 2] = 0;
            remaining[base + 3] = 0;
            int retire = 0;
            int enrol = 0;
            boolean event = false;
            // the working couple can change only when members join or leave, or a child comes of age
            boolean regroup = p.count(h) != hh.persons(h);
            for (int i = p.first(h); i < p.end(h); i++) {
                if (p.is(i, Persons.JOINED)) {
                    regroup = true;
                    continue;
                }
                int age = p.age(i);
                regroup |= age == 18 || age == LifeCourse.ELDER_AGE;
                boolean senior = p.is(i, Persons.SENIOR_PUPIL);
                int now = LifeCourse.of(age, senior);
                if (now < Stage.COUNT && now == LifeCourse.of(age - 1, senior)) {
                    remaining[base + now]++;
                }
                retire += age == LifeCourse.ELDER_AGE ? 1 : 0;
                enrol += age == LifeCourse.SENIOR_AGE && senior ? 1 : 0;
                event |= age == 6 || age == 12 || age == LifeCourse.SENIOR_AGE;
            }
            retiring[h] = (byte) retire;
            enrolled[h] = (byte) enrol;
            if (event) {
                hh.set(h, Households.LIFE_EVENT | Households.SCHOOL_ENTRY);
            }
            int coupleAge = hh.headAge(h) + 1;
            Members.count(p, h, counts);
            Members.store(hh, h, counts);
            Members.storeWork(p, hh, h, r.participation);
            hh.setHeadAge(h, regroup ? Members.workingCoupleAge(p, h) : coupleAge);
            settles[h] = touchesCapacities(r, h, base);
            if (!settles[h]) {
                // what is left is the family's own: no post retires, so no employee pension is added
                hh.setElderlyFormal(h, Math.min(hh.elderly(h), hh.elderlyFormal(h)));
                hh.setTrained(h, Math.min(hh.trained(h), hh.adults(h)));
                hh.setCommuters(h, Math.min(hh.commuters(h), Residence.workersHome(hh, h, hh.arrangement(h))));
            }
        }
    }

    /** Whether the family gives back or takes seats or posts, or ends, or falls back home this year. */
    private boolean touchesCapacities(Region r, int h, int base) {
        Households hh = r.households;
        for (int st = Stage.PRESCHOOL; st < Stage.COUNT; st++) {
            if (hh.seated(h, st) > remaining[base + st]) {
                return true;
            }
        }
        int arr = hh.arrangement(h);
        int away = hh.away(h);
        return hh.seniorBoarders(h) > remaining[base + Stage.SENIOR] || hh.bused(h) > remaining[base + Stage.PRIMARY] || hh.posts(h) > 0 && retiring[h] > 0
                || hh.posts(h) > hh.adults(h) || enrolled[h] > 0 || away >= 0 && !r.isSystem(away)
                || hh.persons(h) == 0 || hh.adults(h) == 0 && arr != Arrangement.TOGETHER_HOME
                && arr != Arrangement.TOGETHER_AWAY;
    }

    /**
     * Then in family order: seats given back by children who left a stage (the unseated leave first, so seats stay
     * with those who remain), posts by retirement and departures, senior boarding for this year's enrolled
     * 15-year-olds; an arrangement the members no longer allow falls back, and a family with no members ends.
     */
    private void settle(Region r, int h) {
        Households hh = r.households;
        int base = h * Stage.COUNT;
        for (int st = Stage.PRESCHOOL; st < Stage.COUNT; st++) {
            if (hh.seated(h, st) > remaining[base + st]) {
                Moves.releaseSeat(r, h, st, hh.seated(h, st) - remaining[base + st]);
            }
        }
        if (hh.bused(h) > remaining[base + Stage.PRIMARY]) {
            Moves.releaseBused(r, h, hh.bused(h) - remaining[base + Stage.PRIMARY]);
        }
        int boarders = Math.min(hh.seniorBoarders(h), remaining[base + Stage.SENIOR]);
        if (boarders < hh.seniorBoarders(h)) {
            Settlement seat = r.settlements.get(r.countySeat[r.countyOf(h)]);
            int released = hh.seniorBoarders(h) - boarders;
            seat.usedSeats[Stage.SENIOR] -= released;
            seat.freeSeats[Stage.SENIOR] += released;
            hh.setSeniorBoarders(h, boarders);
        }
        int formal = Math.min(retiring[h], hh.posts(h));
        Moves.releasePosts(r, h, formal);
        hh.setElderlyFormal(h, Math.min(hh.elderly(h), hh.elderlyFormal(h) + formal));
        if (hh.posts(h) > hh.adults(h)) {
            Moves.releasePosts(r, h, hh.posts(h) - hh.adults(h));
        }
        if (enrolled[h] > 0) {
            enrolSenior(r, h, enrolled[h]);
        }
        int away = hh.away(h);
        if (away >= 0 && !r.isSystem(away)) {
            Moves.takeSeats(r, h, r.settlements.get(away), Moves.mayEnrol(r, h, away, hh.tenure(h)));
        }
        if (hh.persons(h) == 0) {
            Moves.returnHome(r, market, h);
            if (hh.apart(h) == 0) {
                hh.set(h, Households.EXTINCT);
                return;
            }
            joinApart(r, h);
        }
        int arr = hh.arrangement(h);
        if (Residence.adultsAway(hh, h, arr) == 0 && (Arrangement.loneWorkers(arr) || arr == Arrangement.ACCOMPANY
                || arr == Arrangement.ELDERLY_HOME)) {
            Moves.returnHome(r, market, h);
        }
        hh.setTrained(h, Math.min(hh.trained(h), hh.adults(h)));
        hh.setCommuters(h, Math.min(hh.commuters(h), Residence.workersHome(hh, h, hh.arrangement(h))));
    }

    /**
     * A family whose members living apart (MODEL.md 5.8) are all that is left becomes theirs: they rejoin it, as
     * lone workers at the place of the first of them with nobody at home (as a new household at marriage, 10.2),
     * keeping the posts they held there.
     */
    private static void joinApart(Region r, int h) {
        Households hh = r.households;
        Persons p = r.persons;
        int place = Persons.NONE;
        int posts = 0;
        for (int i = p.first(h); i < p.end(h); i++) {
            if (p.apart(i)) {
                place = place == Persons.NONE ? p.alone(i) : place;
                posts += p.holdsPost(i) && p.alone(i) == place ? 1 : 0;
                p.liveWithFamily(i);
            }
        }
        int[] counts = new int[Members.APART + 1];
        Members.refresh(p, hh, h, counts, r.participation);
        hh.setArrangement(h, Arrangement.WORKERS_AWAY, place);
        hh.setPosts(h, Math.min(posts, Residence.workersAway(hh, h, Arrangement.WORKERS_AWAY)));
    }

    /**
     * New senior pupils: with the children at a town they take a seat there if free (Moves.takeSeats); otherwise
     * they board at the county seat's senior school while seats last.
     */
    private static void enrolSenior(Region r, int h, int n) {
        Households hh = r.households;
        if (Residence.movesChildren(hh.arrangement(h)) && hh.away(h) >= 0 && !r.isSystem(hh.away(h))) {
            return;
        }
        Settlement seat = r.settlements.get(r.countySeat[r.countyOf(h)]);
        int k = Math.min(n, seat.freeSeats[Stage.SENIOR]);
        seat.freeSeats[Stage.SENIOR] -= k;
        seat.usedSeats[Stage.SENIOR] += k;
        hh.setSeniorBoarders(h, hh.seniorBoarders(h) + k);
    }
}

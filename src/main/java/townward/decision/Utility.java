package townward.decision;

import townward.economy.Breakdown;
import townward.economy.FiveGolds;
import townward.household.Arrangement;
import townward.household.Households;
import townward.household.Residence;
import townward.household.Stage;
import townward.household.Tenure;
import townward.model.Region;
import townward.model.Tally;
import townward.place.Geo;
import townward.place.Settlement;
import townward.place.Village;
import townward.scenario.Behaviour;

/**
 * The deterministic utility V(h,a) of MODEL.md section 5 and its split into motives (section 7). Income terms come
 * from {@link FiveGolds}, the same functions the accounting uses.
 */
public final class Utility {
    /** Income is measured in units of 10,000 yuan inside the logarithm (the unit only shifts every V alike). */
    private static final double INCOME_UNIT = 10_000;

    private final Region region;
    private final FiveGolds golds;
    private final Behaviour beh;
    /**
     * Per destination, this year: its terms of {@link #placeTerms} but the distance (logs of posts read for every
     * alternative); set by {@link #newYear} after the town economy has added the year's posts.
     */
    private double[] placeConstants = new double[0];

    public Utility(Region region, FiveGolds golds) {
        this.region = region;
        this.golds = golds;
        this.beh = region.scenario.behaviour();
    }

    public FiveGolds golds() {
        return golds;
    }

    /** The nest of an alternative. */
    public int nest(int arr, int dest) {
        return arr == Arrangement.TOGETHER_HOME ? NestedLogit.STAY
                : region.isSystem(dest) ? NestedLogit.OUTSIDE : NestedLogit.URBAN;
    }

    /**
     * V(h,a) for a destination km away, with b filled by the expected income; NaN when the alternative is not feasible (no dwelling
     * available or affordable).
     */
    public double value(int h, int arr, int dest, double network, double km, Breakdown b) {
        Households hh = region.households;
        golds.evaluate(h, arr, dest, b, false);
        if (!b.feasible) {
            return Double.NaN;
        }
        int persons = hh.persons(h);
        b.schoolTerm = beh.bSchool() * school(h, arr, dest, b);
        double hukou = beh.bHukou() * hukouPenalty(h, arr, dest);
        b.hukouTerm = -hukou;
        double v = beh.bIncome() * Math.log(golds.floored(b.net(), persons) / INCOME_UNIT)
                + b.schoolTerm
                + beh.bNetwork() * network
                - hukou;
        if (arr != Arrangement.TOGETHER_HOME) {
            v += hh.mobility(h) + placeTerms(dest, km);
        }
        boolean current = hh.arrangement(h) == arr && (arr == Arrangement.TOGETHER_HOME || hh.away(h) == dest);
        if (!current && !hh.is(h, Households.RETURNING)) {   // returners choose without it (MODEL.md 5.9)
            v -= beh.bMove();
            if (arr != Arrangement.TOGETHER_HOME) {
                v -= beh.bAge() * Math.max(0, hh.headAge(h) - 45) / 10.0;
            }
        }
        if (arr == Arrangement.WORKERS_AWAY && hh.children(h) > 0) {
            v -= beh.bSplit();
        }
        if (arr == Arrangement.SPLIT_AWAY) {
            v += beh.cSplitAway();
        }
        return v;
    }

    /**
     * The destination's own terms of MODEL.md 5.3: its nest constant and (for a system) its constant, the size term
     * b_size·ln(posts/count) plus λ·ln(count), so that splitting an aggregate leaves its pull unchanged, and the
     * distance term b_log_distance·ln(max(km, km_min)).
     */
    double placeTerms(int dest, double km) {
        if (region.isSystem(dest)) {
            return placeConstants[dest];
        }
        return placeConstants[dest] - beh.bLogDistance() * Math.log(Math.max(km, Geo.KM_MIN));
    }

    /** The year's {@link #placeTerms} but the distance, for the decisions and the choices after them. */
    void newYear() {
        int places = region.settlements.size();
        if (placeConstants.length != region.destinations()) {
            placeConstants = new double[region.destinations()];
        }
        for (int d = 0; d < places; d++) {
            placeConstants[d] = beh.cUrban()
                    + beh.bSize() * Math.log(Math.max(1, region.settlements.get(d).posts / region.scale()));
        }
        for (int k = 0; k < region.systems.count(); k++) {
            placeConstants[region.systems.dest(k)] = beh.cOutside() + region.systems.pull(k, beh);
        }
    }

    public double distanceKm(int h, int dest) {
        if (region.isSystem(dest)) {
            return region.systems.spec(dest).distanceKm();
        }
        Village v = region.villages.get(region.households.village(h));
        for (int i = 0; i < v.candidates.length; i++) {
            if (v.candidates[i] == dest) {
                return v.candidateKm[i];
            }
        }
        Settlement s = region.settlements.get(dest);
        return townward.place.Geo.km(v.lon, v.lat, s.lon, s.lat);
    }

    /** Quality of a town's school relative to a county seat's (MODEL.md 5.5; assumed). */
    private static final double TOWN_SCHOOL_QUALITY = 0.7;
    /** The daily ride of a bused pupil (MODEL.md 5.5 {@code bus_penalty}; assumed). */
    private static final double BUS_PENALTY = 0.2;

    /**
     * S(h,a): a penalty when a primary pupil stays home while the village school is closed (boarding); the town
     * school's value when the children move with a parent to a place with free seats they may take; a penalty when
     * they move where they may not enrol.
     */
    public double school(int h, int arr, int dest, Breakdown b) {
        Households hh = region.households;
        if (hh.schoolChildren(h) == 0) {
            return 0;
        }
        if (!Residence.movesChildren(arr)) {
            boolean closed = !region.villages.get(hh.village(h)).schoolOpen;
            double s = closed && hh.kids(h, Stage.PRIMARY) > hh.bused(h) ? -beh.boardingPenalty() : 0;
            // a bused day pupil has a town school from home (MODEL.md 5.5): its value less the ride
            return hh.bused(h) > 0 ? s + beh.schoolTownValue() * TOWN_SCHOOL_QUALITY - BUS_PENALTY : s;
        }
        if (region.isSystem(dest)) {
            return systemSchool(h, dest);
        }
        return mayEnrol(h, dest, b.tenure) && seatsFree(h, dest) ? beh.schoolTownValue() : -beh.noEnrolmentPenalty();
    }

    /**
     * School at a system (MODEL.md 5.5): a primary pupil is taught in a public school with the system's
     * public_school_share; a junior or senior pupil where migrant children may not sit the exams costs b_exam_penalty.
     */
    private double systemSchool(int h, int dest) {
        Households hh = region.households;
        boolean examAge = hh.kids(h, Stage.JUNIOR) + hh.kids(h, Stage.SENIOR) > 0;
        if (examAge && !region.systems.spec(dest).examOpen()) {
            return -beh.bExamPenalty();
        }
        return beh.schoolTownValue() * region.systems.spec(dest).publicSchoolShare();
    }

    public boolean mayEnrol(int h, int dest, int tenure) {
        return Moves.mayEnrol(region, h, dest, tenure);
    }

    public boolean seatsFree(int h, int dest) {
        Settlement s = region.settlements.get(dest);
        Households hh = region.households;
        boolean already = hh.away(h) == dest && Residence.movesChildren(hh.arrangement(h));
        for (int st = Stage.PRIMARY; st < Stage.COUNT; st++) {
            if (!already && hh.kids(h, st) > s.freeSeats[st]) {
                return false;
            }
        }
        return true;
    }

    /** 1 when a rural-hukou household settles members where settlement is closed (services, enrolment). */
    public double hukouPenalty(int h, int arr, int dest) {
        if (region.households.urbanHukou(h) || !Arrangement.needsDwelling(arr)) {
            return 0;
        }
        return region.isSystem(dest) || !region.settlements.get(dest).hukouOpen ? 1 : 0;
    }

    /**
     * The main motive of a move: the utility term that contributed most to choosing it over staying at home
     * (MODEL.md section 7). Income gains are apportioned to wages (jobs), land and assets (land) and what housing
     * schemes save (housing) by their share of the income change.
     */
    public int motive(int h, int arr, int dest, double network, Breakdown move, Breakdown stay) {
        int persons = region.households.persons(h);
        double ybar = (golds.floored(move.net(), persons) + golds.floored(stay.net(), persons)) / 2;
        double[] c = new double[Tally.MOTIVES.length];
        c[Tally.JOBS] = beh.bIncome() * (move.wages + move.business - stay.wages - stay.business) / ybar;
        c[Tally.HOUSING] = beh.bIncome() * move.schemeSaving / ybar;
        c[Tally.LAND] = beh.bIncome() * (move.land() + move.dividends + move.rent
                - stay.land() - stay.dividends - stay.rent) / ybar;
        c[Tally.SCHOOL] = beh.bSchool() * (school(h, arr, dest, move) - school(h, Arrangement.TOGETHER_HOME, -1, stay));
        c[Tally.NETWORK] = beh.bNetwork() * network;
        c[Tally.HUKOU] = Arrangement.needsDwelling(arr) && hukouPenalty(h, arr, dest) == 0
                && !region.households.urbanHukou(h) ? beh.bHukou() : 0;
        int best = 0;
        for (int m = 1; m < c.length; m++) {
            if (c[m] > c[best]) {
                best = m;
            }
        }
        return best;
    }
}

package townward.decision;

import townward.economy.HousingMarket;
import townward.household.Arrangement;
import townward.household.Households;
import townward.household.Residence;
import townward.household.Stage;
import townward.household.Tenure;
import townward.model.Region;
import townward.place.Settlement;

/**
 * Taking and giving back the capacities a household holds at its away place: dwelling, school seats, posts. Used
 * by matching, demography (deaths, new households) and reclassification (relocation), so capacities stay exact.
 */
public final class Moves {

    private Moves() {
    }

    private static Settlement awaySettlement(Region r, int h) {
        int d = r.households.away(h);
        return d >= 0 && !r.isSystem(d) ? r.settlements.get(d) : null;
    }

    /** Rented units return to their pool; an owned flat is sold back to the market and its value saved. */
    public static void releaseDwelling(Region r, HousingMarket market, int h) {
        Households hh = r.households;
        Settlement s = awaySettlement(r, h);
        if (s != null && hh.tenure(h) != Tenure.NONE) {
            market.release(hh.tenure(h), hh.scheme(h), s);
        }
        if (Tenure.owns(hh.tenure(h))) {
            hh.setSavings(h, hh.savings(h) + hh.flatValue(h));
            hh.setFlatValue(h, 0);
        }
        hh.setTenure(h, Tenure.NONE, Tenure.SCHEME_MARKET);
        hh.setHousingCost(h, 0);
    }

    public static void releaseSeats(Region r, int h) {
        Households hh = r.households;
        Settlement s = awaySettlement(r, h);
        for (int st = Stage.PRIMARY; st < Stage.COUNT; st++) {
            int k = hh.seated(h, st);
            if (s != null && k > 0) {
                s.usedSeats[st] -= k;
                s.freeSeats[st] += k;
            }
            hh.setSeated(h, st, 0);
        }
    }

    /** Bused pupils give back n seats at their village seat's school (they left primary, or moved away). */
    public static void releaseBused(Region r, int h, int n) {
        Households hh = r.households;
        int k = Math.min(n, hh.bused(h));
        if (k > 0) {
            Settlement seat = r.settlements.get(r.villages.get(hh.village(h)).seat);
            seat.usedSeats[Stage.PRIMARY] -= k;
            seat.freeSeats[Stage.PRIMARY] += k;
            hh.setBused(h, hh.bused(h) - k);
        }
    }

    /**
     * Seats for the children who moved with a parent and may enrol, as far as seats are free; pupils who went by
     * bus to a town school from home now study where they live.
     */
    public static void takeSeats(Region r, int h, Settlement s, boolean mayEnrol) {
        Households hh = r.households;
        if (Residence.movesChildren(hh.arrangement(h))) {
            releaseBused(r, h, hh.bused(h));
        }
        if (!mayEnrol || !Residence.movesChildren(hh.arrangement(h))) {
            return;
        }
        for (int st = Stage.PRIMARY; st < Stage.COUNT; st++) {
            int k = Math.min(hh.kids(h, st) - hh.seated(h, st), s.freeSeats[st]);
            if (k > 0) {
                s.usedSeats[st] += k;
                s.freeSeats[st] -= k;
                hh.setSeated(h, st, hh.seated(h, st) + k);
            }
        }
    }

    /** Gives back seats of a stage, e.g. when a child moves on to the next stage. */
    public static void releaseSeat(Region r, int h, int stage, int n) {
        Households hh = r.households;
        Settlement s = awaySettlement(r, h);
        int k = Math.min(n, hh.seated(h, stage));
        if (s != null && k > 0) {
            s.usedSeats[stage] -= k;
            s.freeSeats[stage] += k;
        }
        hh.setSeated(h, stage, hh.seated(h, stage) - k);
    }

    public static void releasePosts(Region r, int h, int n) {
        Households hh = r.households;
        Settlement s = awaySettlement(r, h);
        int k = Math.min(n, hh.posts(h));
        if (s != null) {
            s.postsHeld -= k;
        }
        hh.setPosts(h, hh.posts(h) - k);
    }

    /** Workers at a settlement take vacant posts while any are left; the rest work informally (Harris-Todaro). */
    public static void takePosts(Region r, int h) {
        Households hh = r.households;
        Settlement s = awaySettlement(r, h);
        if (s == null) {
            return;
        }
        int workers = Residence.workersAway(hh, h, hh.arrangement(h));
        int take = (int) Math.min(workers - hh.posts(h), Math.floor(s.vacancies()));
        if (take > 0) {
            hh.setPosts(h, hh.posts(h) + take);
            s.postsHeld += take;
        }
    }

    /** Children may enrol with open enrolment, urban hukou, or a flat owned there (购房入学). */
    public static boolean mayEnrol(Region r, int h, int dest, int tenure) {
        if (dest < 0 || r.isSystem(dest)) {
            return false;
        }
        return r.settlements.get(dest).openEnrolment || r.households.urbanHukou(h) || Tenure.owns(tenure);
    }

    /** Back home together, giving back everything held away. */
    public static void returnHome(Region r, HousingMarket market, int h) {
        releaseDwelling(r, market, h);
        releaseSeats(r, h);
        releasePosts(r, h, r.households.posts(h));
        r.households.setArrangement(h, Arrangement.TOGETHER_HOME, Households.NO_PLACE);
    }
}

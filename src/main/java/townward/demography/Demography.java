package townward.demography;

import java.util.SplittableRandom;
import townward.decision.Moves;
import townward.economy.HousingMarket;
import townward.household.Arrangement;
import townward.household.Homestead;
import townward.household.Households;
import townward.household.Residence;
import townward.household.Stage;
import townward.model.Phase;
import townward.model.Region;
import townward.model.YearPhase;
import townward.place.CensusMortality;
import townward.place.CensusPyramid;
import townward.place.Settlement;
import townward.place.UrbanCohorts;

/**
 * Phase 3: ageing, school stages, births and deaths (rural households and urban cohorts), household formation,
 * senior-school boarding, urban out-migration (MODEL.md section 3). Sequential: its work is light, and capacities
 * (seats, posts, dwellings) change as members die, age or leave.
 */
public final class Demography implements YearPhase {
    private final HousingMarket market;

    public Demography(HousingMarket market) {
        this.market = market;
    }

    @Override
    public void run(Region r) {
        var d = r.scenario.demography();
        CensusMortality mortality = new CensusMortality(d, r.year);
        for (Settlement s : r.settlements) {
            UrbanCohorts.Change c = s.cohorts.step(d, mortality);
            r.tally.births += c.births();
            r.tally.deaths += c.deaths();
            if (s.urban) {
                r.tally.urbanBirths += c.births();
                r.tally.urbanDeaths += c.deaths();
                r.tally.urbanOutMigrants += c.outMigrants();
            }
            r.tally.outMigrants += c.outMigrants();
        }
        Households hh = r.households;
        int n = hh.size();
        double turningSixty = CensusPyramid.turningSixty(r.year);
        for (int h = 0; h < n; h++) {
            hh.clear(h, Households.NEW_THIS_YEAR | Households.MOVED_THIS_YEAR | Households.RETURNED_THIS_YEAR);
            if (hh.alive(h)) {
                step(r, h, mortality, turningSixty, r.streams.household(r.year, Phase.DEMOGRAPHY, h));
            }
        }
    }

    private void step(Region r, int h, CensusMortality mortality, double turningSixty, SplittableRandom rng) {
        Households hh = r.households;
        var d = r.scenario.demography();
        // deaths: members have no ages, so each dies at the mean rate of its age band
        int adults = survivors(hh.adults(h), mortality.adult(), rng);
        int elderly = survivors(hh.elderly(h), mortality.elderly(), rng);
        hh.setElderlyFormal(h, Math.min(hh.elderlyFormal(h), elderly));
        r.tally.deaths += hh.adults(h) - adults + hh.elderly(h) - elderly;
        for (int st = 0; st < Stage.COUNT; st++) {
            int k = survivors(hh.kids(h, st), mortality.child(), rng);
            r.tally.deaths += hh.kids(h, st) - k;
            dropChildren(r, h, st, hh.kids(h, st) - k);
        }
        // adults turning 60: a post holder retires on an employee pension
        int retiring = binomial(adults, turningSixty, rng);
        if (retiring > 0) {
            int formal = Math.min(retiring, hh.posts(h));
            Moves.releasePosts(r, h, formal);
            hh.setElderlyFormal(h, hh.elderlyFormal(h) + formal);
        }
        hh.setAdults(h, adults - retiring);
        hh.setElderly(h, elderly + retiring);
        Moves.releasePosts(r, h, Math.max(0, hh.posts(h) - hh.adults(h)));
        // children move on through school stages; senior leavers become adults
        for (int st = Stage.SENIOR; st >= Stage.PRESCHOOL; st--) {
            int leaving = binomial(hh.kids(h, st), 1.0 / Stage.YEARS[st], rng);
            if (leaving == 0) {
                continue;
            }
            dropChildren(r, h, st, leaving);
            if (st == Stage.SENIOR) {
                hh.setAdults(h, hh.adults(h) + leaving);
            } else {
                hh.setKids(h, st + 1, hh.kids(h, st + 1) + leaving);
                if (st + 1 == Stage.SENIOR) {
                    enrolSenior(r, h, leaving, rng);
                }
            }
        }
        int away = hh.away(h);
        if (away >= 0 && away != r.outside()) {
            Moves.takeSeats(r, h, r.settlements.get(away), Moves.mayEnrol(r, h, away, hh.tenure(h)));
        }
        // births: members' ages are not kept, so every adult couple may have a child; women are half the adults
        if (hh.adults(h) >= 2 && rng.nextDouble() < d.birthRate() * hh.adults(h) / 2) {
            hh.setKids(h, Stage.PRESCHOOL, hh.kids(h, Stage.PRESCHOOL) + 1);
            r.tally.births++;
        }
        hh.setHeadAge(h, hh.headAge(h) + 1);
        if (hh.adults(h) >= 3 && rng.nextDouble() < d.marriageRate()) {
            formHousehold(r, h, rng);
        }
        settle(r, h);
    }

    /** Children of a stage leave it (death or next stage): seats and senior boarding places are given back. */
    private static void dropChildren(Region r, int h, int stage, int n) {
        if (n <= 0) {
            return;
        }
        Households hh = r.households;
        // unseated children are the first to leave a stage, so seats stay with those who remain
        Moves.releaseSeat(r, h, stage, Math.max(0, hh.seated(h, stage) - (hh.kids(h, stage) - n)));
        if (stage == Stage.SENIOR) {
            int boarders = Math.min(n, hh.seniorBoarders(h));
            if (boarders > 0) {
                Settlement seat = r.settlements.get(r.countySeat[r.countyOf(h)]);
                seat.usedSeats[Stage.SENIOR] -= boarders;
                seat.freeSeats[Stage.SENIOR] += boarders;
                hh.setSeniorBoarders(h, hh.seniorBoarders(h) - boarders);
            }
        }
        hh.setKids(h, stage, hh.kids(h, stage) - n);
        hh.setSeated(h, stage, Math.min(hh.seated(h, stage), hh.kids(h, stage)));
    }

    /**
     * New senior pupils: with the children at a town they take a seat there if free; otherwise they board at the
     * county seat's senior school if enrolled and a seat is free.
     */
    private static void enrolSenior(Region r, int h, int n, SplittableRandom rng) {
        Households hh = r.households;
        int enrolled = binomial(n, r.scenario.demography().seniorEnrolment(), rng);
        if (Residence.movesChildren(hh.arrangement(h)) && hh.away(h) >= 0 && hh.away(h) != r.outside()) {
            return;     // they take a seat where they live, if one is free (Moves.takeSeats)
        }
        Settlement seat = r.settlements.get(r.countySeat[r.countyOf(h)]);
        int k = Math.min(enrolled, seat.freeSeats[Stage.SENIOR]);
        seat.freeSeats[Stage.SENIOR] -= k;
        seat.usedSeats[Stage.SENIOR] += k;
        hh.setSeniorBoarders(h, hh.seniorBoarders(h) + k);
    }

    /**
     * A young couple leaves to form a household of the same village (it keeps none of the contracted land or the
     * homestead, and a share of the savings); in its first year it weighs every alternative, which is how many buy
     * a flat in a town (婚房进城). A couple from a household whose adults all live away starts away, where it works:
     * sending it back to the village at marriage moved people from town to country who never chose to go.
     */
    private static void formHousehold(Region r, int h, SplittableRandom rng) {
        Households hh = r.households;
        int child = hh.add(hh.village(h));
        int place = hh.away(h);
        boolean workingAway = place >= 0 && Residence.adultsAway(hh, h, hh.arrangement(h)) == hh.adults(h);
        hh.setAdults(h, hh.adults(h) - 2);
        int couplePosts = Math.max(0, hh.posts(h) - hh.adults(h));
        if (workingAway) {
            // a couple working away sets up where it works, keeping its posts, rather than back in the village
            hh.setPosts(h, hh.posts(h) - couplePosts);
            hh.setArrangement(child, Arrangement.WORKERS_AWAY, place);
            hh.setPosts(child, couplePosts);
            hh.setYearsAway(child, hh.yearsAway(h));
        } else {
            Moves.releasePosts(r, h, couplePosts);
        }
        hh.setAdults(child, 2);
        hh.setHeadAge(child, 22 + rng.nextInt(8));
        double dowry = 0.3 * hh.savings(h);
        hh.setSavings(h, hh.savings(h) - dowry);
        hh.setSavings(child, dowry);
        hh.setTrained(child, Math.min(2, hh.trained(h)));
        hh.setTrained(h, Math.min(hh.trained(h), hh.adults(h)));
        hh.setHomestead(child, Homestead.EXITED);   // no homestead of its own: new allocations are restricted
        hh.setUrbanHukou(child, hh.urbanHukou(h));
        hh.setMobility(child, hh.mobility(h));   // tastes run in families
        if (hh.is(h, Households.FORFEITED_DIVIDEND)) {
            hh.set(child, Households.FORFEITED_DIVIDEND);
        }
        hh.set(child, Households.NEW_THIS_YEAR);
    }

    /** After deaths and departures: an arrangement the members no longer allow falls back; empty households end. */
    private void settle(Region r, int h) {
        Households hh = r.households;
        if (hh.persons(h) == 0) {
            Moves.returnHome(r, market, h);
            hh.set(h, Households.EXTINCT);
            return;
        }
        int arr = hh.arrangement(h);
        boolean noAdults = hh.adults(h) == 0;
        if (noAdults && (arr == Arrangement.WORKERS_AWAY || arr == Arrangement.ACCOMPANY
                || arr == Arrangement.ELDERLY_HOME)) {
            Moves.returnHome(r, market, h);
        }
        hh.setTrained(h, Math.min(hh.trained(h), hh.adults(h)));
        hh.setCommuters(h, Math.min(hh.commuters(h), hh.adults(h)));
    }

    private static int survivors(int n, double death, SplittableRandom rng) {
        return n - binomial(n, death, rng);
    }

    static int binomial(int n, double p, SplittableRandom rng) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (rng.nextDouble() < p) {
                k++;
            }
        }
        return k;
    }
}

package townward.decision;

import java.util.Arrays;
import java.util.SplittableRandom;
import townward.economy.Breakdown;
import townward.economy.FiveGolds;
import townward.economy.HousingMarket;
import townward.household.Arrangement;
import townward.household.Homestead;
import townward.household.Households;
import townward.household.Residence;
import townward.household.Tenure;
import townward.model.Phase;
import townward.model.Region;
import townward.model.Tally;
import townward.model.YearPhase;
import townward.place.Settlement;

/**
 * Phase 7: chosen moves compete, in random order, for dwellings and school seats (MODEL.md section 3). A
 * household whose choice cannot be had takes the next alternative of its ranking; capacities are never exceeded.
 * Posts are not part of the match: the labour market hires after it ({@code labour.LabourMarket}).
 */
public final class Matching implements YearPhase {
    private final Choices choices;
    private final Decisions decisions;
    private final Utility utility;
    private Motives motives;
    private final double[] shares = new double[Tally.MOTIVES.length];
    /** Buffers kept from year to year: the walk's order, and one bit per household that may move. */
    private int[] order = new int[0];
    private long[] candidates = new long[0];

    public Matching(Choices choices, Decisions decisions, Utility utility) {
        this.choices = choices;
        this.decisions = decisions;
        this.utility = utility;
    }

    @Override
    public void run(Region r) {
        Households hh = r.households;
        if (motives == null) {
            motives = new Motives(r, utility, decisions);
        }
        int n = hh.size();
        int[] order = shuffledHouseholds(r);
        // a sequential pass marks who may move (nobody dies or newly decides during matching), so the random walk
        // reads one bit per household instead of its columns
        long[] mayMove = candidates(hh, n);
        Breakdown move = new Breakdown();
        Breakdown stay = new Breakdown();
        for (int i = 0; i < n; i++) {
            int h = order[i];
            if ((mayMove[h >>> 6] & 1L << h) == 0 || !hh.alive(h) || !choices.decided(h)) {
                continue;
            }
            for (int rank = 0; rank < Choices.KEPT; rank++) {
                int code = choices.get(h, rank);
                if (code == Choices.NONE) {
                    break;
                }
                int arr = Choices.arrangement(code);
                int dest = Choices.dest(code);
                if (isCurrent(hh, h, arr, dest)) {
                    break;
                }
                if (tryMove(r, h, arr, dest, move, stay)) {
                    break;
                }
            }
        }
    }

    private static boolean isCurrent(Households hh, int h, int arr, int dest) {
        return hh.arrangement(h) == arr && (arr == Arrangement.TOGETHER_HOME || hh.away(h) == dest);
    }

    private long[] candidates(Households hh, int n) {
        int words = (n + 63) >>> 6;
        if (candidates.length < words) {
            candidates = new long[words + words / 4];
        }
        long[] bits = candidates;
        java.util.Arrays.fill(bits, 0, words, 0);
        for (int h = 0; h < n; h++) {
            if (hh.alive(h) && choices.decided(h)) {
                bits[h >>> 6] |= 1L << h;
            }
        }
        return bits;
    }

    /** The households in this year's random order; the buffer is kept from year to year (only its first n count). */
    private int[] shuffledHouseholds(Region r) {
        int n = r.households.size();
        if (order.length < n) {
            order = new int[n + n / 4];
        }
        int[] order = this.order;
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom rng = r.streams.phase(r.year, Phase.MATCHING);
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** Moves household h if its dwelling and school seats can be had now; returns whether it moved. */
    private boolean tryMove(Region r, int h, int arr, int dest, Breakdown move, Breakdown stay) {
        Households hh = r.households;
        FiveGolds golds = utility.golds();
        boolean toSettlement = dest >= 0 && !r.isSystem(dest);
        Settlement s = toSettlement ? r.settlements.get(dest) : null;
        golds.evaluate(h, arr, dest, move, false);
        boolean keepsDwelling = hh.away(h) == dest && Arrangement.needsDwelling(hh.arrangement(h));
        if (!move.feasible) {
            return false;
        }
        boolean newDwelling = toSettlement && Arrangement.needsDwelling(arr) && !keepsDwelling;
        if (newDwelling && !golds.housing().available(move.option, s)) {
            return false;
        }
        boolean childrenMove = Residence.movesChildren(arr) && toSettlement;
        boolean childrenThere = keepsDwelling && Residence.movesChildren(hh.arrangement(h));
        if (childrenMove && !childrenThere && utility.mayEnrol(h, dest, move.tenure) && !utility.seatsFree(h, dest)) {
            return false;
        }
        // the move can be had: record it, release what the old arrangement held, take the new
        if (arr != Arrangement.TOGETHER_HOME) {
            if (choices.get(h, 0) == Choices.code(dest, arr)) {
                choices.shares(h, shares);
            } else {
                motives.shares(h, arr, dest, shares);   // before the move changes what the family holds
            }
        }
        golds.evaluate(h, Arrangement.TOGETHER_HOME, -1, stay, false);
        double network = decisions.network(r, h, dest);
        int oldArr = hh.arrangement(h);
        int oldDest = hh.away(h);
        int personsBefore = Residence.countedAway(hh, h, r.scenario.behaviour().monthsAway());
        if (!keepsDwelling) {
            Moves.releaseDwelling(r, golds.housing(), h);
        }
        if (!(childrenThere && childrenMove)) {
            Moves.releaseSeats(r, h);
        }
        Moves.releasePosts(r, h, hh.posts(h));
        if (newDwelling) {
            takeDwelling(r, h, s, move);
        } else if (!keepsDwelling) {
            hh.setTenure(h, Arrangement.needsDwelling(arr) ? Tenure.MARKET_RENT : Tenure.NONE, Tenure.SCHEME_MARKET);
            hh.setHousingCost(h, move.housingCost);
        }
        hh.setArrangement(h, arr, dest);
        hh.setYearsAway(h, 0);
        if (childrenMove) {
            Moves.takeSeats(r, h, s, utility.mayEnrol(h, dest, hh.tenure(h)));
        } else if (Residence.movesChildren(arr)) {   // to a system: bused pupils leave their town school
            Moves.releaseBused(r, h, hh.bused(h));
        }
        record(r, h, arr, dest, oldArr, oldDest, personsBefore, network, move, stay);
        return true;
    }

    private void record(Region r, int h, int arr, int dest, int oldArr, int oldDest, int personsBefore,
                        double network, Breakdown move, Breakdown stay) {
        Households hh = r.households;
        Tally t = r.tally;
        int persons = Residence.countedAway(hh, h, r.scenario.behaviour().monthsAway());
        if (r.isSystem(oldDest) && !r.isSystem(dest)) {
            t.returners += personsBefore;
            t.returnersFrom[oldDest] += personsBefore;
            hh.set(h, Households.RETURNED_THIS_YEAR);
        }
        if (r.isSystem(dest)) {
            double leaving = Math.max(0, persons - (r.isSystem(oldDest) ? personsBefore : 0));
            t.outMigrants += leaving;
            // by where the movers lived: a family away at an urban place leaves from it, one at home from its village
            if (oldArr != Arrangement.TOGETHER_HOME && r.urbanDestination(oldDest)) {
                t.outMigrantsUrban += leaving;
            } else {
                t.outMigrantsRural += leaving;
            }
        }
        if (arr == Arrangement.TOGETHER_HOME) {
            return;
        }
        int movers = Residence.personsAway(hh, h, arr);
        int motive = mainMotive();
        if (motive < 0) {   // the random terms alone moved the family: its largest term, as version 2
            motive = utility.motive(h, arr, dest, network, move, stay);
            Arrays.fill(shares, 0);
            shares[motive] = 1;
        }
        if (!hh.is(h, Households.EVER_MOVED)) {
            hh.setIncomeBefore(h, hh.goldsTotal(h), r.year - 1);   // last year's realized golds
            hh.set(h, Households.EVER_MOVED);
        }
        hh.set(h, Households.MOVED_THIS_YEAR);
        hh.setMotive(h, motive);
        t.moverHouseholds++;
        t.newMoverHouseholds += hh.is(h, Households.NEW_THIS_YEAR) ? 1 : 0;
        for (int k = 0; k < shares.length; k++) {
            t.moversByMotive[k] += movers * shares[k];
        }
        t.moversByArrangement[arr] += movers;
        t.moversFromCounty[r.countyOf(h)] += movers;
        t.moversTo[dest] += movers;
        if (oldArr == Arrangement.TOGETHER_HOME) {
            hh.setCommuters(h, 0);
        }
    }

    /** The motive with the largest share, or -1 when no term raised the chosen move's probability. */
    private int mainMotive() {
        int best = -1;
        for (int k = 0; k < shares.length; k++) {
            if (shares[k] > 0 && (best < 0 || shares[k] > shares[best])) {
                best = k;
            }
        }
        return best;
    }

    private void takeDwelling(Region r, int h, Settlement s, Breakdown b) {
        Households hh = r.households;
        HousingMarket market = utility.golds().housing();
        market.take(b.option, s);
        hh.setTenure(h, b.tenure, b.scheme);
        hh.setHousingCost(h, b.housingCost);
        r.tally.takenByTenure[b.tenure]++;
        r.tally.takenByScheme[b.scheme]++;
        int county = r.countyOf(h);
        double scale = r.scale();
        if (Tenure.owns(b.tenure)) {
            hh.setFlatValue(h, b.flatValue);
            hh.setSavings(h, Math.max(0, hh.savings(h) - b.downPayment));
            if (b.subsidy > 0) {
                r.costs.book("housing_subsidy", b.subsidy / scale);
            }
            if (b.voucher > 0) {
                r.costs.book("housing_voucher", b.voucher / scale);
            }
        }
        if (b.exitsLand) {
            double mu = hh.landMu(h) - hh.landExited(h);
            double comp = r.policy.exitPerMu[county] * mu;
            hh.setLandExited(h, hh.landMu(h));
            hh.setLandTransferred(h, 0);
            r.tally.landExitedMu += mu;
            r.costs.book("voluntary_exit", comp / scale);
            hh.setSavings(h, hh.savings(h) + comp);
        }
        if (b.givesUpHomestead && Homestead.held(hh.homestead(h))) {
            double m2 = hh.homesteadM2(h);
            boolean swap = b.tenure == Tenure.SWAP;
            hh.setHomestead(h, swap ? Homestead.SWAPPED : Homestead.EXITED);
            r.tally.quotaMu += m2 / HousingMarket.M2_PER_MU;
            if (swap) {
                r.tally.homesteadSwappedM2 += m2;
            } else {
                r.tally.homesteadExitedM2 += m2;
                if (b.exitsLand) {
                    double comp = r.policy.exitPerM2[county] * m2;
                    r.costs.book("voluntary_exit", comp / scale);
                    hh.setSavings(h, hh.savings(h) + comp);
                }
            }
        }
    }
}

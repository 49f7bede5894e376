package townward.economy;

import java.util.Arrays;
import townward.household.Households;
import townward.household.Stage;
import townward.model.Region;
import townward.place.Settlement;
import townward.place.Village;
import townward.policy.ActivePolicy;
import townward.scenario.Economy;
import townward.scenario.Labour;

/**
 * The terms of {@link FiveGolds#evaluate} that depend on the household only, not on the alternative: filled for
 * each evaluation, or once for all the alternatives a family weighs in a decision ({@link FiveGolds#fix}), with the
 * same expressions, so the values are the same bit for bit.
 */
final class HouseholdTerms {
    /** The household whose terms these are while {@link #fixed}. */
    int h = -1;
    boolean fixed;
    int county;
    int adults;
    int persons;
    double trained;
    double earnFactor;
    /** Earnings factor of the family's workers: training uplift times their age factor. */
    double uplift;
    /** Yearly earnings of one worker commuting from home. */
    double commute;
    /** Business income when someone is at home. */
    double business;
    /** Land income: farmed by the family, entrusted by elders of 75 and over, expected from transfer when all are away. */
    double landFarmed;
    double landEntrusted;
    double landExpected;
    double landTransferred;
    double landSubsidy;
    double dividends;
    double houseRent;
    double security;
    /** Boarding costs while the children stay home (none board when they move with the family). */
    double boardingStaying;
    private boolean realized;
    /** Local earnings of one worker at home by the number of workers at home (NaN until computed). */
    private double[] local = new double[8];

    void fill(FiveGolds g, Region region, int h, boolean realized) {
        Households hh = region.households;
        Economy e = region.scenario.economy();
        Labour l = region.scenario.labour();
        ActivePolicy p = region.policy;
        double idx = region.wageIndex;
        this.h = h;
        this.realized = realized;
        fixed = false;
        county = region.countyOf(h);
        adults = hh.adults(h);
        persons = hh.persons(h);
        trained = adults > 0 ? (double) hh.trained(h) / adults : 0;
        earnFactor = hh.earnFactor(h);
        uplift = (1 + trained * p.trainingWageUplift[county]) * earnFactor;
        Village village = region.villages.get(hh.village(h));
        int workers = hh.workers(h);
        if (local.length <= workers) {
            local = new double[workers + 1];
        }
        Arrays.fill(local, 0, workers + 1, Double.NaN);
        commute = workers > 0 ? g.commuteEarnings(village, trained, county) : 0;

        business = g.business(h) ? l.businessIncomeRatio() * 12 * e.localWage() * idx : 0;
        business += hh.returnBusiness(h) * idx;
        if (!realized && hh.is(h, Households.RETURNING)) {
            business += region.returnBusinesses.offered(region, h);
        }

        double untransferred = hh.landUntransferred(h);
        double farmIdx = region.farmIndex;
        // crops per mu, and a farm's livestock, orchards, vegetables or fish while it farms at all
        landFarmed = (untransferred * e.farmIncomePerMu() + (untransferred > 0 ? e.otherFarmIncome() : 0)) * farmIdx;
        landEntrusted = untransferred * e.entrustedIncomePerMu() * farmIdx;
        landExpected = untransferred * p.landDepth[county] * p.landRent[county] * idx * (1 - e.landRentFreeShare());
        landTransferred = hh.landTransferred(h) * (hh.landRent(h) * idx + p.landSubsidy[county]);
        landSubsidy = (untransferred + hh.landTransferred(h)) * e.landSubsidyPerMu() * farmIdx;
        dividends = hh.is(h, Households.FORFEITED_DIVIDEND) ? 0 : p.dividend[county];
        houseRent = e.villageRentPerM2() * idx * hh.homesteadM2(h);

        int formal = Math.min(hh.elderlyFormal(h), hh.elderly(h));
        Settlement seat = region.settlements.get(region.countySeat[county]);
        security = (hh.elderly(h) - formal) * 12 * p.pensionMonthly[county] * (1 + e.pensionTopupShare())
                + formal * 12 * e.employeePensionShare() * seat.wage * idx;

        int primary = hh.kids(h, Stage.PRIMARY);
        int boardingPrimary = village.schoolOpen ? 0 : Math.max(0, primary - hh.bused(h));
        boardingStaying = (boardingPrimary + hh.seniorBoarders(h)) * p.boardingCost[county];
    }

    /** Whether these are household h's terms for an expected evaluation. */
    boolean fixedFor(int h, boolean realized) {
        return fixed && this.h == h && !realized;
    }

    /** Local earnings of one worker with {@code workersHome} at home (FiveGolds.localEarnings), computed once. */
    double local(FiveGolds g, int workersHome) {
        double v = local[workersHome];
        if (Double.isNaN(v)) {
            v = g.localEarnings(h, workersHome, trained, county, realized);
            local[workersHome] = v;
        }
        return v;
    }
}

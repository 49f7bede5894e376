package townward.economy;

import java.util.SplittableRandom;
import townward.household.Arrangement;
import townward.household.Homestead;
import townward.household.Households;
import townward.household.Residence;
import townward.model.Phase;
import townward.model.Region;
import townward.model.YearPhase;
import townward.place.Settlement;
import townward.policy.ActivePolicy;
import townward.policy.Costs;
import townward.scenario.Behaviour;
import townward.scenario.Economy;

/**
 * Phase 8: the five golds are realized with the functions the decision used, savings updated, land let or left
 * idle, homesteads vacated or let, skills training given, 返乡创业 businesses started, hukou converted (with or
 * without rights retention), and lever costs booked (MODEL.md section 3 step 8).
 */
public final class Accounting implements YearPhase {
    /** Assumed share of a year's net income saved (rural saving rates are about a quarter to a third). */
    static final double SAVING_RATE = 0.3;
    private final FiveGolds golds;

    public Accounting(FiveGolds golds) {
        this.golds = golds;
    }

    @Override
    public void run(Region r) {
        Households hh = r.households;
        ActivePolicy p = r.policy;
        double[] operatorDemand = new double[r.countyNames.size()];
        for (int c = 0; c < operatorDemand.length; c++) {
            operatorDemand[c] = p.landOperatorDemand[c] * r.scale();
        }
        r.returnBusinesses.allocate(r);
        double baseline = r.scenario.economy().pensionMonthly();
        double pensionTopUps = 0;
        Costs.Tab training = r.costs.tab("skills_training");
        Costs.Tab landTransfer = r.costs.tab("land_transfer");
        for (int h = 0; h < hh.size(); h++) {
            if (!hh.alive(h)) {
                continue;
            }
            SplittableRandom rng = r.streams.household(r.year, Phase.ACCOUNTING, h);
            int county = r.countyOf(h);
            train(r, h, county, rng, training);
            letLand(r, h, county, operatorDemand, rng, landTransfer);
            homestead(r, h, rng);
            convertHukou(r, h, county, rng);
            if (hh.away(h) >= 0) {
                hh.setYearsAway(h, hh.yearsAway(h) + 1);
            }
            pensionTopUps += Math.max(0, p.pensionMonthly[county] - baseline) * 12 * hh.elderly(h);
        }
        r.costs.book(training);
        r.costs.book(landTransfer);
        r.costs.book("pension", pensionTopUps / r.scale());
        r.parallel.forRange(hh.size(), (from, to) -> {
            Breakdown b = new Breakdown();
            for (int h = from; h < to; h++) {
                if (hh.alive(h)) {
                    realize(r, h, b);
                }
            }
        });
    }

    /** Realizes the golds of the initial state, without the year's other bookings (start year only). */
    public void realizeOnly(Region r) {
        Breakdown b = new Breakdown();
        for (int h = 0; h < r.households.size(); h++) {
            golds.evaluate(h, r.households.arrangement(h), r.households.away(h), b, true);
            store(r, h, b);
        }
    }

    private void store(Region r, int h, Breakdown b) {
        Households hh = r.households;
        SurveyIncome.store(r, h, b, golds.youth().remittances(h));
        hh.setGold(h, Households.LAND_SUBSIDY, b.landSubsidy);
        hh.setGold(h, Households.WAGES, b.wages);
        hh.setGold(h, Households.DIVIDENDS, b.dividends);
        hh.setGold(h, Households.RENT, b.rent);
        hh.setGold(h, Households.SECURITY, b.security);
        hh.setGold(h, Households.LAND_FARMED, b.landFarmed);
        hh.setGold(h, Households.LAND_TRANSFERRED, b.landTransferred);
        hh.setNetIncome(h, b.net());
    }

    /** Realized golds and savings. */
    private void realize(Region r, int h, Breakdown b) {
        Households hh = r.households;
        golds.evaluate(h, hh.arrangement(h), hh.away(h), b, true);
        store(r, h, b);
        double net = b.net() - r.scenario.economy().subsistence() * r.wageIndex * hh.persons(h);
        hh.setSavings(h, Math.max(0, hh.savings(h) + (net > 0 ? SAVING_RATE * net : net)));
    }

    private static void train(Region r, int h, int county, SplittableRandom rng, Costs.Tab cost) {
        Households hh = r.households;
        double share = r.policy.trainingShare[county];
        int untrained = hh.adults(h) - hh.trained(h);
        if (share <= 0 || untrained <= 0 || hh.urbanHukou(h)) {
            return;
        }
        int n = 0;
        for (int i = 0; i < untrained; i++) {
            n += rng.nextDouble() < share ? 1 : 0;
        }
        hh.setTrained(h, hh.trained(h) + n);
        r.tally.trained += n;
        cost.add(n * r.policy.trainingCost[county] / r.scale());
    }

    /**
     * Land nobody farms (no working adult at home) finds a tenant with the market's depth, while operators' demand
     * lasts; 30-50 % of transfers pay no cash rent (data land_rent_free_share).
     */
    private static void letLand(Region r, int h, int county, double[] demand, SplittableRandom rng,
                                Costs.Tab cost) {
        Households hh = r.households;
        Economy e = r.scenario.economy();
        ActivePolicy p = r.policy;
        double free = hh.landUntransferred(h);
        int arr = hh.arrangement(h);
        boolean nobodyFarms = hh.adults(h) == 0 || (arr == Arrangement.WORKERS_AWAY
                || arr == Arrangement.TOGETHER_AWAY || arr == Arrangement.ELDERLY_HOME)
                && Residence.adultsAway(hh, h, arr) == hh.adults(h);
        if (free > 0 && nobodyFarms && demand[county] >= free && rng.nextDouble() < p.landDepth[county]) {
            boolean cash = rng.nextDouble() >= e.landRentFreeShare();
            double rentNow = cash ? p.landRent[county] : 0;
            // rent is stored in start-year yuan: incomes multiply by the wage index
            double agreed = hh.landTransferred(h) > 0
                    ? (hh.landRent(h) * hh.landTransferred(h) + rentNow / r.wageIndex * free) / (hh.landTransferred(h) + free)
                    : rentNow / r.wageIndex;
            hh.setLandRent(h, agreed);
            hh.setLandTransferred(h, hh.landTransferred(h) + free);
            demand[county] -= free;
        }
        if (p.landSubsidy[county] > 0) {
            cost.add(p.landSubsidy[county] * hh.landTransferred(h) / r.scale());
        }
    }

    /** A vacated village house may be let; a household back home occupies it again. */
    private static void homestead(Region r, int h, SplittableRandom rng) {
        Households hh = r.households;
        int status = hh.homestead(h);
        boolean allAway = hh.arrangement(h) == Arrangement.TOGETHER_AWAY;
        if (!Homestead.held(status)) {
            return;
        }
        if (!allAway) {
            hh.setHomestead(h, Homestead.OCCUPIED);
        } else if (status == Homestead.OCCUPIED) {
            hh.setHomestead(h, Homestead.VACANT);
        } else if (status == Homestead.VACANT && rng.nextDouble() < r.scenario.economy().villageRentDemand()) {
            hh.setHomestead(h, Homestead.RENTED);
        }
    }

    /**
     * Households settled at an open urban place for {@code hukou_years} convert with {@code hukou_conversion_rate},
     * times {@code forfeit_factor} where conversion would forfeit dividends and homestead (no rights retention).
     */
    private static void convertHukou(Region r, int h, int county, SplittableRandom rng) {
        Households hh = r.households;
        Behaviour b = r.scenario.behaviour();
        int d = hh.away(h);
        if (hh.urbanHukou(h) || !Arrangement.needsDwelling(hh.arrangement(h)) || d < 0 || r.isSystem(d)) {
            return;
        }
        Settlement s = r.settlements.get(d);
        if (!s.urban || !s.hukouOpen || hh.yearsAway(h) < b.hukouYears()) {
            return;
        }
        boolean retains = r.policy.rightsRetention[county];
        double rate = b.hukouConversionRate() * (retains ? 1 : b.forfeitFactor());
        if (rng.nextDouble() >= rate) {
            return;
        }
        hh.setUrbanHukou(h, true);
        r.tally.hukouConversions += hh.persons(h);
        if (!retains) {
            hh.set(h, Households.FORFEITED_DIVIDEND);
            if (Homestead.held(hh.homestead(h))) {
                r.tally.homesteadExitedM2 += hh.homesteadM2(h);
                r.tally.quotaMu += hh.homesteadM2(h) / HousingMarket.M2_PER_MU;
                hh.setHomestead(h, Homestead.EXITED);
            }
        }
    }
}

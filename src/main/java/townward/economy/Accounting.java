package townward.economy;

import townward.household.Arrangement;
import townward.household.Homestead;
import townward.household.Households;
import townward.household.Residence;
import townward.model.OrderedSums;
import townward.model.Phase;
import townward.model.Region;
import townward.model.Streams;
import townward.model.Tally;
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
    /** The sums of the second parallel pass, in {@link OrderedSums}. */
    private static final int LAND_TRANSFER = 0;
    private static final int PENSION = 1;
    private static final int EXITED_M2 = 2;
    private static final int QUOTA_MU = 3;
    /** Marks a household whose land the serial pass may let, beside the count of its numbers drawn. */
    private static final short LETTABLE = 0x4000;
    private final FiveGolds golds;
    /** Per household: numbers drawn from its accounting stream by the passes so far (and {@link #LETTABLE}). */
    private short[] drawn = new short[0];

    public Accounting(FiveGolds golds) {
        this.golds = golds;
    }

    /**
     * The year's bookings household by household, in three passes that give the serial loop's results: skills
     * training in parallel; land let in household order (operators' demand is a county's, used up in turn); then
     * homesteads, hukou conversion, years away and pensions in parallel. Each household draws from its own stream
     * in the same order as in one loop (a {@link Streams.Cursor} resumes where the pass before stopped), counts are
     * whole numbers added per chunk, and sums of doubles keep their serial order ({@link OrderedSums}).
     */
    @Override
    public void run(Region r) {
        Households hh = r.households;
        ActivePolicy p = r.policy;
        double[] operatorDemand = new double[r.countyNames.size()];
        for (int c = 0; c < operatorDemand.length; c++) {
            operatorDemand[c] = p.landOperatorDemand[c] * r.scale();
        }
        r.returnBusinesses.allocate(r);
        int n = hh.size();
        if (drawn.length < n) {
            drawn = new short[n + n / 4];
        }
        short[] drawn = this.drawn;
        Costs.Tab training = r.costs.tab("skills_training");
        double[] trainingCost = {training.value()};
        long[] trained = {0};
        boolean[] booked = {false};
        r.parallel.forChunks(n, (from, to) -> {
            Part part = new Part(1);
            Streams.Cursor rng = new Streams.Cursor();
            for (int h = from; h < to; h++) {
                if (hh.alive(h)) {
                    rng.at(r.streams.householdSeed(r.year, Phase.ACCOUNTING, h), 0);
                    part.count += train(r, h, r.countyOf(h), rng, part);
                    boolean candidate = lettable(hh, h);
                    drawn[h] = (short) (rng.drawn() | (candidate ? LETTABLE : 0));
                }
            }
            return part;
        }, part -> {
            part.sums.addTo(trainingCost);
            trained[0] += part.count;
            booked[0] |= part.booked;
        });
        training.continued(trainingCost[0], booked[0]);
        r.costs.book(training);
        r.tally.trained += trained[0];
        Streams.Cursor rng = new Streams.Cursor();
        for (int h = 0; h < n; h++) {
            if ((drawn[h] & LETTABLE) != 0) {
                rng.at(r.streams.householdSeed(r.year, Phase.ACCOUNTING, h), drawn[h] & ~LETTABLE);
                letLand(r, h, r.countyOf(h), operatorDemand, rng);
                drawn[h] = (short) rng.drawn();
            }
        }
        Costs.Tab landTransfer = r.costs.tab("land_transfer");
        double baseline = r.scenario.economy().pensionMonthly();
        Tally t = r.tally;
        double[] sums = {landTransfer.value(), 0, t.homesteadExitedM2, t.quotaMu};
        long[] conversions = {0};
        boolean[] landBooked = {false};
        r.parallel.forChunks(n, (from, to) -> {
            Part part = new Part(sums.length);
            Streams.Cursor cursor = new Streams.Cursor();
            for (int h = from; h < to; h++) {
                if (!hh.alive(h)) {
                    continue;
                }
                int county = r.countyOf(h);
                if (p.landSubsidy[county] > 0) {
                    part.sums.add(LAND_TRANSFER, p.landSubsidy[county] * hh.landTransferred(h) / r.scale());
                    part.booked = true;
                }
                cursor.at(r.streams.householdSeed(r.year, Phase.ACCOUNTING, h), drawn[h] & ~LETTABLE);
                homestead(r, h, cursor);
                part.count += convertHukou(r, h, county, cursor, part.sums);
                if (hh.away(h) >= 0) {
                    hh.setYearsAway(h, hh.yearsAway(h) + 1);
                }
                part.sums.add(PENSION, Math.max(0, p.pensionMonthly[county] - baseline) * 12 * hh.elderly(h));
            }
            return part;
        }, part -> {
            part.sums.addTo(sums);
            conversions[0] += part.count;
            landBooked[0] |= part.booked;
        });
        landTransfer.continued(sums[LAND_TRANSFER], landBooked[0]);
        r.costs.book(landTransfer);
        t.hukouConversions += conversions[0];
        t.homesteadExitedM2 = sums[EXITED_M2];
        t.quotaMu = sums[QUOTA_MU];
        double pensionTopUps = sums[PENSION];
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

    /** A chunk's part: a whole-number count, and the addends of double sums in order. */
    private static final class Part {
        final OrderedSums sums;
        long count;
        boolean booked;

        Part(int sums) {
            this.sums = new OrderedSums(sums);
        }
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
        hh.setDibao(h, b.dibao);
    }

    /** Realized golds and savings. */
    private void realize(Region r, int h, Breakdown b) {
        Households hh = r.households;
        golds.evaluate(h, hh.arrangement(h), hh.away(h), b, true);
        store(r, h, b);
        double net = b.net() - r.scenario.economy().subsistence() * r.wageIndex * hh.persons(h);
        hh.setSavings(h, Math.max(0, hh.savings(h) + (net > 0 ? SAVING_RATE * net : net)));
    }

    /** Trains household h's untrained adults; returns how many, their cost booked as addend TRAINING. */
    private static int train(Region r, int h, int county, Streams.Cursor rng, Part part) {
        Households hh = r.households;
        double share = r.policy.trainingShare[county];
        int untrained = hh.adults(h) - hh.trained(h);
        if (share <= 0 || untrained <= 0 || hh.urbanHukou(h)) {
            return 0;
        }
        int n = 0;
        for (int i = 0; i < untrained; i++) {
            n += rng.nextDouble() < share ? 1 : 0;
        }
        hh.setTrained(h, hh.trained(h) + n);
        part.sums.add(0, n * r.policy.trainingCost[county] / r.scale());
        part.booked = true;
        return n;
    }

    /** Whether household h's land could be let this year: land not transferred, and nobody at home to farm it. */
    private static boolean lettable(Households hh, int h) {
        double free = hh.landUntransferred(h);
        int arr = hh.arrangement(h);
        boolean nobodyFarms = hh.adults(h) == 0 || (arr == Arrangement.WORKERS_AWAY
                || arr == Arrangement.TOGETHER_AWAY || arr == Arrangement.ELDERLY_HOME)
                && Residence.adultsAway(hh, h, arr) == hh.adults(h);
        return free > 0 && nobodyFarms;
    }

    /**
     * Land nobody farms (no working adult at home, {@link #lettable}) finds a tenant with the market's depth, while
     * operators' demand lasts; 30-50 % of transfers pay no cash rent (data land_rent_free_share).
     */
    private static void letLand(Region r, int h, int county, double[] demand, Streams.Cursor rng) {
        Households hh = r.households;
        Economy e = r.scenario.economy();
        ActivePolicy p = r.policy;
        double free = hh.landUntransferred(h);
        if (demand[county] >= free && rng.nextDouble() < p.landDepth[county]) {
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
    }

    /** A vacated village house may be let; a household back home occupies it again. */
    private static void homestead(Region r, int h, Streams.Cursor rng) {
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
    private static int convertHukou(Region r, int h, int county, Streams.Cursor rng, OrderedSums sums) {
        Households hh = r.households;
        Behaviour b = r.scenario.behaviour();
        int d = hh.away(h);
        if (hh.urbanHukou(h) || !Arrangement.needsDwelling(hh.arrangement(h)) || d < 0 || r.isSystem(d)) {
            return 0;
        }
        Settlement s = r.settlements.get(d);
        if (!s.urban || !s.hukouOpen || hh.yearsAway(h) < b.hukouYears()) {
            return 0;
        }
        boolean retains = r.policy.rightsRetention[county];
        double rate = b.hukouConversionRate() * (retains ? 1 : b.forfeitFactor());
        if (rng.nextDouble() >= rate) {
            return 0;
        }
        hh.setUrbanHukou(h, true);
        if (!retains) {
            hh.set(h, Households.FORFEITED_DIVIDEND);
            if (Homestead.held(hh.homestead(h))) {
                sums.add(EXITED_M2, hh.homesteadM2(h));
                sums.add(QUOTA_MU, hh.homesteadM2(h) / HousingMarket.M2_PER_MU);
                hh.setHomestead(h, Homestead.EXITED);
            }
        }
        return hh.persons(h);
    }
}

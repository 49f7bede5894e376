package townward.economy;

import townward.household.Arrangement;
import townward.household.Homestead;
import townward.household.Households;
import townward.household.Residence;
import townward.household.Tenure;
import townward.model.Phase;
import townward.model.Region;
import townward.place.Settlement;
import townward.place.Village;
import townward.scenario.Economy;
import townward.scenario.Labour;

/**
 * A household's yearly income under an arrangement, by gold (MODEL.md section 6), and its costs. One function
 * serves the decision (expected income) and the accounting (realized income), so "why they moved" and "what they
 * earned" agree: they differ only where chance is realized (a post held or not, idle land let or not).
 */
public final class FiveGolds {
    /** Key of the family's lifelong draw of whether it runs a business at home. */
    private static final long BUSINESS_KEY = 0xB5E55L;

    private final Region region;
    private final HousingMarket housing;
    private final YouthEarnings youth;

    public FiveGolds(Region region) {
        this.region = region;
        this.housing = new HousingMarket(region);
        this.youth = new YouthEarnings(region, this);
    }

    public HousingMarket housing() {
        return housing;
    }

    /** Earnings of the members living apart (MODEL.md 5.8). */
    public YouthEarnings youth() {
        return youth;
    }

    /**
     * Yearly earnings a seeker at s expects (MODEL.md 6.1): a post with the smoothed hire chance for its months,
     * else informal work with the smoothed informal chance for its months, else nothing; with the training uplift.
     */
    public double seekerEarnings(Settlement s, double trainedShare, int county) {
        Labour l = region.scenario.labour();
        double p = Math.min(1, s.hireChance * (1 + trainedShare * region.policy.trainingPostUplift[county]));
        double uplift = 1 + trainedShare * region.policy.trainingWageUplift[county];
        return (p * s.postWage() * l.monthsPost() + (1 - p) * s.informalChance * s.informalWage * l.monthsInformal())
                * uplift * region.wageIndex;
    }

    /**
     * Yearly earnings expected from a post held at s (MODEL.md 6.1): the post unless it separates, then a seeker's
     * {@code seek}; {@code uplift} is the holder's earnings factor.
     */
    public double heldPostEarnings(Settlement s, double uplift, double seek) {
        Labour l = region.scenario.labour();
        double post = region.wageIndex * uplift * s.postWage() * l.monthsPost();
        return (1 - l.separationRate()) * post + l.separationRate() * seek;
    }

    /**
     * Yearly local non-farm earnings one worker at home expects (or, realized, earns): the months the family's
     * farm work leaves (MODEL.md 6.1: farmed mu x farm_months_per_mu shared by the workers at home, at most six
     * each) at the local wage, times the county pool's chance of local work.
     */
    public double localEarnings(int h, int workersHome, double trainedShare, int county, boolean realized) {
        if (workersHome <= 0) {
            return 0;
        }
        Labour l = region.scenario.labour();
        double farm = Math.min(6, region.households.landUntransferred(h) * l.farmMonthsPerMu() / workersHome);
        double chance = realized ? region.localWork.chanceNow(county) : region.localWork.chance(county);
        return Math.min(l.monthsLocal(), 12 - farm) * region.scenario.economy().localWage() * region.wageIndex * chance
                * (1 + trainedShare * region.policy.trainingWageUplift[county]);
    }

    /** Yearly net earnings of commuting from the village, or 0 when no urban place is within reach. */
    public double commuteEarnings(Village v, double trainedShare, int county) {
        if (v.commuteTo < 0 || !region.settlements.get(v.commuteTo).urban) {
            return 0;
        }
        Settlement t = region.settlements.get(v.commuteTo);
        return seekerEarnings(t, trainedShare, county)
                - region.scenario.economy().commuteCostPerKm() * v.commuteKm * region.wageIndex;
    }

    /** Whether family h runs a non-farm business when someone is at home (a lifelong draw of its own). */
    boolean business(int h) {
        return region.streams.uniform(0, Phase.ACCOUNTING, h, BUSINESS_KEY) < region.scenario.labour().businessShare();
    }

    /**
     * Computes once the terms of household h's expected income that do not depend on the alternative, for the
     * expected {@link #evaluate}s of h with b until {@link #release}: a family weighs about thirty alternatives, and
     * nothing it holds may change in between.
     */
    public void fix(int h, Breakdown b) {
        b.household.fill(this, region, h, false);
        b.household.fixed = true;
    }

    /** Ends {@link #fix}: b's evaluations compute their household terms again. */
    public static void release(Breakdown b) {
        b.household.fixed = false;
    }

    /**
     * Fills b with household h's income and costs if it lived under (arrangement, dest). Realized = true uses the
     * household's actual posts, tenure and land; false gives the expectation used in decisions.
     */
    public void evaluate(int h, int arr, int dest, Breakdown b, boolean realized) {
        b.clear();
        HouseholdTerms t = b.household;
        if (!t.fixedFor(h, realized)) {
            t.fill(this, region, h, realized);
        }
        Households hh = region.households;
        Economy e = region.scenario.economy();
        double idx = region.wageIndex;
        int county = t.county;
        boolean outside = region.isSystem(dest);
        Settlement s = dest >= 0 && !outside ? region.settlements.get(dest) : null;
        int adults = t.adults;
        int adultsAway = Residence.adultsAway(hh, h, arr);
        int adultsHome = adults - adultsAway;
        double trained = t.trained;
        int persons = t.persons;
        int elderlyHome = arr == Arrangement.TOGETHER_AWAY ? 0 : hh.elderly(h);

        // 薪金 wages: the family's workers, by their months, wherever they work (MODEL.md 6.1, 6.3)
        Labour l = region.scenario.labour();
        double uplift = t.uplift;
        int workersAway = Residence.workersAway(hh, h, arr);
        int workersHome = hh.workers(h) - workersAway;
        if (workersAway > 0) {
            if (outside) {
                // expected and realized alike: the system's wage times its hire chance (MODEL.md 5.4)
                b.wagesAway = workersAway * region.scenario.behaviour().monthsAway()
                        * region.systems.expectedMonthly(dest) * uplift;
            } else if (realized) {
                int posts = Math.min(hh.posts(h), workersAway);
                b.wagesAway = idx * uplift * (posts * s.postWage() * l.monthsPost()
                        + (workersAway - posts) * s.informalChanceNow * s.informalWage * l.monthsInformal());
            } else {
                // posts held here are kept unless they separate; the other workers seek
                int kept = dest == hh.away(h) ? Math.min(hh.posts(h), workersAway) : 0;
                double seek = seekerEarnings(s, trained, county) * t.earnFactor;
                b.wagesAway = kept * heldPostEarnings(s, uplift, seek) + (workersAway - kept) * seek;
            }
        }
        if (s != null && Residence.carerOutOfWork(hh, h, arr)) {
            // a carer out of work may take a job reserved for carers (flexible_employment)
            b.wagesAway += idx * s.flexibleEarnings(realized);
        }
        b.wages = b.wagesAway;
        if (workersHome > 0) {
            // expected: the better work mode; realized: the mode chosen this year (all the workers at home commute,
            // or none)
            double local = t.local(this, workersHome);
            double commute = t.commute;
            double home = !realized ? Math.max(local, commute) : hh.commuters(h) > 0 ? commute : local;
            b.wages += workersHome * home * t.earnFactor;
        }
        if (adultsHome > 0) {
            // a business of the family's own; 返乡创业 (MODEL.md 4, 6.3): or, coming home this year, the slot it may get
            b.business = t.business;
        }

        // 土地流转金 land: farmed by adults or elders under 75 at home, entrusted by older elders, or left idle
        if (adultsHome > 0 || elderlyHome > 0 && hh.farmingElders(h) > 0) {
            b.landFarmed = t.landFarmed;
        } else if (elderlyHome > 0) {
            b.landFarmed = t.landEntrusted;
        } else if (!realized) {
            b.landExpected = t.landExpected;
        }
        b.landTransferred = t.landTransferred;
        b.landSubsidy = t.landSubsidy;

        // 股金 dividends
        b.dividends = t.dividends;

        // 租金 rent of the vacated village house
        double houseRent = t.houseRent;
        if (hh.homestead(h) == Homestead.RENTED) {
            b.rent = houseRent;
        } else if (!realized && arr == Arrangement.TOGETHER_AWAY && Homestead.held(hh.homestead(h))) {
            b.rent = e.villageRentDemand() * houseRent;
        }

        // 保障金 security: resident pension, or employee pension for those who held a post
        b.security = t.security;

        // costs: dwelling, living-cost premium, boarding
        int away = Residence.personsAway(hh, h, arr);
        if (Arrangement.loneWorkers(arr)) {
            double rent = outside ? region.systems.spec(dest).rent() : s.rent;
            b.housingCost = adultsAway * e.workerRentShare() * rent * idx;
        } else if (Arrangement.needsDwelling(arr)) {
            dwelling(h, arr, dest, s, b, realized);
        }
        double living = outside ? region.systems.spec(dest).livingCost() : s == null ? 0 : s.spec.livingCost();
        b.livingCost = away * living * idx;
        b.boarding = Residence.movesChildren(arr) ? 0 : t.boardingStaying;
        b.wages = Math.max(0, b.wages);
        b.wagesAway = Math.max(0, b.wagesAway);
        b.dibao = dibao(h, persons, b);
        b.security += b.dibao;
        if (persons == 0) {
            b.feasible = false;
        }
    }

    private void dwelling(int h, int arr, int dest, Settlement s, Breakdown b, boolean realized) {
        Households hh = region.households;
        boolean keeps = hh.away(h) == dest && Arrangement.needsDwelling(hh.arrangement(h))
                && hh.tenure(h) != Tenure.NONE;
        if (realized || keeps) {
            b.tenure = hh.tenure(h);
            b.scheme = hh.scheme(h);
            b.housingCost = currentHousingCost(h, dest, s);
        } else if (s == null) {
            b.housingCost = region.systems.spec(dest).rent() * region.wageIndex;
            b.tenure = Tenure.MARKET_RENT;
        } else {
            // the same dwelling serves accompany, together_away and elderly_home: price it once per place
            if (b.pricedHousehold != h || b.pricedPlace != dest || b.pricedYear != region.year) {
                housing.cheapest(h, s, b);
                b.pricedHousehold = h;
                b.pricedPlace = dest;
                b.pricedYear = region.year;
            }
            housing.restore(b);
        }
    }

    /** Rents follow the market each year; an owner's user cost is fixed at purchase. */
    private double currentHousingCost(int h, int dest, Settlement s) {
        Households hh = region.households;
        if (s == null) {
            return region.systems.spec(dest).rent() * region.wageIndex;
        }
        return switch (hh.tenure(h)) {
            case Tenure.MARKET_RENT -> s.rent * region.wageIndex;
            case Tenure.AFFORDABLE_RENT -> hh.scheme(h) == Tenure.SCHEME_GOVERNMENT_PURCHASE
                    ? s.purchasedRent * region.wageIndex : s.affordableRent * region.wageIndex;
            default -> hh.housingCost(h);
        };
    }

    /**
     * Rural 低保 (MODEL.md 6.3): a rural-hukou family whose income per person falls below the line is paid the
     * shortfall (补差), as an expected value at the take-up share.
     */
    private double dibao(int h, int persons, Breakdown b) {
        Economy e = region.scenario.economy();
        if (persons == 0 || region.households.urbanHukou(h) || e.dibaoTakeUp() == 0) {
            return 0;
        }
        double shortfall = e.dibaoLine() * region.wageIndex * persons - (b.golds() + b.business);
        return shortfall > 0 ? e.dibaoTakeUp() * shortfall : 0;
    }

    /** Floors net income at subsistence, as the decision's ln Y needs (MODEL.md section 5). */
    public double floored(double net, int persons) {
        return Math.max(net, region.scenario.economy().subsistence() * region.wageIndex * Math.max(1, persons));
    }

}

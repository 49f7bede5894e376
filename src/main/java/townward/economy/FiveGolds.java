package townward.economy;

import townward.household.Arrangement;
import townward.household.Homestead;
import townward.household.Households;
import townward.household.Residence;
import townward.household.Stage;
import townward.household.Tenure;
import townward.model.Phase;
import townward.model.Region;
import townward.place.Settlement;
import townward.place.Village;
import townward.policy.ActivePolicy;
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
    private boolean business(int h) {
        return region.streams.uniform(0, Phase.ACCOUNTING, h, BUSINESS_KEY) < region.scenario.labour().businessShare();
    }

    /**
     * Fills b with household h's income and costs if it lived under (arrangement, dest). Realized = true uses the
     * household's actual posts, tenure and land; false gives the expectation used in decisions.
     */
    public void evaluate(int h, int arr, int dest, Breakdown b, boolean realized) {
        b.clear();
        Households hh = region.households;
        Economy e = region.scenario.economy();
        ActivePolicy p = region.policy;
        double idx = region.wageIndex;
        int county = region.countyOf(h);
        boolean outside = region.isSystem(dest);
        Settlement s = dest >= 0 && !outside ? region.settlements.get(dest) : null;
        int adults = hh.adults(h);
        int adultsAway = Residence.adultsAway(hh, h, arr);
        int adultsHome = adults - adultsAway;
        double trained = adults > 0 ? (double) hh.trained(h) / adults : 0;
        int persons = hh.persons(h);
        int elderlyHome = arr == Arrangement.TOGETHER_AWAY ? 0 : hh.elderly(h);

        // 薪金 wages: the family's workers, by their months, wherever they work (MODEL.md 6.1, 6.3)
        Labour l = region.scenario.labour();
        double uplift = (1 + trained * p.trainingWageUplift[county]) * hh.earnFactor(h);
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
                double seek = seekerEarnings(s, trained, county) * hh.earnFactor(h);
                b.wagesAway = kept * heldPostEarnings(s, uplift, seek) + (workersAway - kept) * seek;
            }
        }
        b.wages = b.wagesAway;
        if (workersHome > 0) {
            // expected: the better work mode; realized: the mode chosen this year (all the workers at home commute,
            // or none)
            Village v = region.villages.get(hh.village(h));
            double local = localEarnings(h, workersHome, trained, county, realized);
            double commute = commuteEarnings(v, trained, county);
            double home = !realized ? Math.max(local, commute) : hh.commuters(h) > 0 ? commute : local;
            b.wages += workersHome * home * hh.earnFactor(h);
        }
        if (adultsHome > 0) {
            if (business(h)) {
                b.business = l.businessIncomeRatio() * 12 * e.localWage() * idx;
            }
            // 返乡创业 (MODEL.md 4, 6.3): the family's own business, or, coming home this year, the slot it may get
            b.business += hh.returnBusiness(h) * idx;
            if (!realized && hh.is(h, Households.RETURNING)) {
                b.business += region.returnBusinesses.offered(region, h);
            }
        }

        // 土地流转金 land: farmed by adults or elders under 75 at home, entrusted by older elders, or left idle
        double untransferred = hh.landUntransferred(h);
        double farmIdx = region.farmIndex;
        boolean farmers = adultsHome > 0 || elderlyHome > 0 && hh.farmingElders(h) > 0;
        if (farmers) {
            // crops per mu, and a farm's livestock, orchards, vegetables or fish while it farms at all
            b.landFarmed = (untransferred * e.farmIncomePerMu() + (untransferred > 0 ? e.otherFarmIncome() : 0))
                    * farmIdx;
        } else if (elderlyHome > 0) {
            b.landFarmed = untransferred * e.entrustedIncomePerMu() * farmIdx;
        } else if (!realized) {
            b.landExpected = untransferred * p.landDepth[county] * p.landRent[county] * idx
                    * (1 - e.landRentFreeShare());
        }
        b.landTransferred = hh.landTransferred(h) * (hh.landRent(h) * idx + p.landSubsidy[county]);
        b.landSubsidy = (untransferred + hh.landTransferred(h)) * e.landSubsidyPerMu() * farmIdx;

        // 股金 dividends
        if (!hh.is(h, Households.FORFEITED_DIVIDEND)) {
            b.dividends = p.dividend[county];
        }

        // 租金 rent of the vacated village house
        double houseRent = e.villageRentPerM2() * idx * hh.homesteadM2(h);
        if (hh.homestead(h) == Homestead.RENTED) {
            b.rent = houseRent;
        } else if (!realized && arr == Arrangement.TOGETHER_AWAY && Homestead.held(hh.homestead(h))) {
            b.rent = e.villageRentDemand() * houseRent;
        }

        // 保障金 security: resident pension, or employee pension for those who held a post
        int formal = Math.min(hh.elderlyFormal(h), hh.elderly(h));
        Settlement seat = region.settlements.get(region.countySeat[county]);
        b.security = (hh.elderly(h) - formal) * 12 * p.pensionMonthly[county] * (1 + e.pensionTopupShare())
                + formal * 12 * e.employeePensionShare() * seat.wage * idx;

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
        Village v = region.villages.get(hh.village(h));
        int primaryHome = hh.kids(h, Stage.PRIMARY) - (Residence.movesChildren(arr) ? hh.kids(h, Stage.PRIMARY) : 0);
        int seniorBoarding = Residence.movesChildren(arr) ? 0 : hh.seniorBoarders(h);
        int boardingPrimary = v.schoolOpen ? 0 : Math.max(0, primaryHome - hh.bused(h));   // bused pupils go home daily
        b.boarding = (boardingPrimary + seniorBoarding) * p.boardingCost[county];
        b.wages = Math.max(0, b.wages);
        b.wagesAway = Math.max(0, b.wagesAway);
        b.security += dibao(h, persons, b);
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

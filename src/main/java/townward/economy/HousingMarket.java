package townward.economy;

import townward.household.Homestead;
import townward.household.Households;
import townward.household.Tenure;
import townward.model.Region;
import townward.place.Settlement;
import townward.policy.ActivePolicy;
import townward.scenario.Economy;
import townward.scenario.Lever;

/**
 * The dwellings a household can take at an urban place, with every tenure and scheme of MODEL.md section 4, and
 * the cheapest feasible one (section 5: buying needs the down payment; otherwise renting, affordable if free).
 * An owned flat costs its user cost (mortgage interest and foregone interest on the down payment): the flat's
 * value stays the household's wealth.
 */
public final class HousingMarket {
    static final int SWAP = 0;
    static final int AFFORDABLE_RENT = 1;
    static final int PURCHASED_RENT = 2;
    static final int BUY_MARKET = 3;
    static final int BUY_AFFORDABLE = 4;
    static final int BUY_PURCHASED = 5;
    static final int MARKET_RENT = 6;
    static final int OPTIONS = 7;
    /** Assumed interest a household forgoes on its own money (one-year deposit rates about 1.5-2 %). */
    static final double DEPOSIT_RATE = 0.02;
    /** m² of land in a mu. */
    public static final double M2_PER_MU = 666.67;

    private final Region region;

    public HousingMarket(Region region) {
        this.region = region;
    }

    /**
     * Prices the cheapest dwelling available at s for household h into the breakdown's scratch; {@link #restore}
     * copies it into the breakdown (b.feasible false when none is available or affordable).
     */
    void cheapest(int h, Settlement s, Breakdown b) {
        double best = Double.POSITIVE_INFINITY;
        double marketBest = Double.POSITIVE_INFINITY;
        Candidate c = b.candidate;
        Candidate chosen = b.chosen;
        for (int o = 0; o < OPTIONS; o++) {
            if (!price(o, h, s, c)) {
                continue;
            }
            if (o == BUY_MARKET && c.subsidy == 0 && c.voucher == 0 && !c.providentFund || o == MARKET_RENT) {
                marketBest = Math.min(marketBest, c.annual);
            }
            if (c.annual < best) {
                best = c.annual;
                chosen.copy(c);
                chosen.option = o;
            }
        }
        chosen.feasible = best < Double.POSITIVE_INFINITY;
        chosen.saving = marketBest == Double.POSITIVE_INFINITY || !chosen.feasible ? 0
                : Math.max(0, marketBest - chosen.annual);
    }

    /** Copies the dwelling last priced for this breakdown into it. */
    void restore(Breakdown b) {
        Candidate chosen = b.chosen;
        if (!chosen.feasible) {
            b.feasible = false;
            return;
        }
        b.option = chosen.option;
        b.tenure = chosen.tenure;
        b.scheme = chosen.scheme;
        b.housingCost = chosen.annual;
        b.downPayment = chosen.down;
        b.flatValue = chosen.value;
        b.subsidy = chosen.subsidy;
        b.voucher = chosen.voucher;
        b.exitsLand = chosen.exit;
        b.givesUpHomestead = chosen.homestead;
        b.schemeSaving = chosen.saving;
    }

    /** Whether the option chosen in a decision is still available (capacities change during matching). */
    public boolean available(int option, Settlement s) {
        return switch (option) {
            case SWAP -> s.swapFlats > 0;
            case AFFORDABLE_RENT -> s.affordableRentUnits > 0;
            case PURCHASED_RENT -> s.purchasedRentUnits > 0;
            case BUY_MARKET -> s.marketUnits > 0;
            case BUY_AFFORDABLE -> s.affordableSaleUnits > 0;
            case BUY_PURCHASED -> s.purchasedSaleUnits > 0;
            case MARKET_RENT -> s.rentalUnits > 0;
            default -> false;
        };
    }

    /** Takes one unit of the option's stock. */
    public void take(int option, Settlement s) {
        switch (option) {
            case SWAP -> s.swapFlats--;
            case AFFORDABLE_RENT -> s.affordableRentUnits--;
            case PURCHASED_RENT -> s.purchasedRentUnits--;
            case BUY_MARKET -> { s.marketUnits--; s.soldLastYear++; }
            case BUY_AFFORDABLE -> s.affordableSaleUnits--;
            case BUY_PURCHASED -> s.purchasedSaleUnits--;
            case MARKET_RENT -> s.rentalUnits--;
            default -> throw new IllegalArgumentException("housing option " + option);
        }
    }

    /** Gives a dwelling back when its household leaves: rented units return, owned flats are sold on the market. */
    public void release(int tenure, int scheme, Settlement s) {
        switch (tenure) {
            case Tenure.MARKET_RENT -> s.rentalUnits++;
            case Tenure.AFFORDABLE_RENT -> {
                if (scheme == Tenure.SCHEME_GOVERNMENT_PURCHASE) {
                    s.purchasedRentUnits++;     // back to the pool it came from, at its own rent
                } else {
                    s.affordableRentUnits++;
                }
            }
            case Tenure.OWNED, Tenure.SWAP, Tenure.AFFORDABLE_OWNED, Tenure.RESETTLED -> s.marketUnits++;
            default -> { }
        }
    }

    /** A priced dwelling option; two per breakdown are reused as scratch. */
    static final class Candidate {
        int option;
        int tenure;
        int scheme;
        double annual;
        double down;
        double value;
        double subsidy;
        double voucher;
        boolean exit;
        boolean homestead;
        boolean providentFund;
        boolean feasible;
        double saving;

        void copy(Candidate o) {
            tenure = o.tenure;
            scheme = o.scheme;
            annual = o.annual;
            down = o.down;
            value = o.value;
            subsidy = o.subsidy;
            voucher = o.voucher;
            exit = o.exit;
            homestead = o.homestead;
            providentFund = o.providentFund;
        }

        void reset() {
            scheme = Tenure.SCHEME_MARKET;
            annual = down = value = subsidy = voucher = 0;
            exit = homestead = providentFund = false;
        }
    }

    private boolean price(int o, int h, Settlement s, Candidate c) {
        c.reset();
        Households hh = region.households;
        ActivePolicy p = region.policy;
        double idx = region.wageIndex;
        int i = s.index;
        switch (o) {
            case SWAP -> {
                if (p.swapRatio[i] <= 0 || s.swapFlats <= 0 || !Homestead.held(hh.homestead(h))) {
                    return false;
                }
                c.tenure = Tenure.SWAP;
                c.scheme = Tenure.SCHEME_SWAP;
                c.value = p.swapRatio[i] * hh.homesteadM2(h) * s.price;
                c.homestead = true;
                c.annual = lostHomesteadRent(h);
                return true;
            }
            case AFFORDABLE_RENT -> {
                if (s.affordableRentUnits <= 0) {
                    return false;
                }
                c.tenure = Tenure.AFFORDABLE_RENT;
                c.scheme = Tenure.SCHEME_AFFORDABLE_RENTAL;
                c.annual = s.affordableRent * idx;
                return true;
            }
            case PURCHASED_RENT -> {
                if (s.purchasedRentUnits <= 0) {
                    return false;
                }
                c.tenure = Tenure.AFFORDABLE_RENT;
                c.scheme = Tenure.SCHEME_GOVERNMENT_PURCHASE;
                c.annual = s.purchasedRent * idx;
                return true;
            }
            case BUY_MARKET -> {
                return s.marketUnits > 0 && buy(h, s, s.price * s.spec.housing().flatM2(), Tenure.OWNED,
                        Tenure.SCHEME_MARKET, c);
            }
            case BUY_AFFORDABLE -> {
                return s.affordableSaleUnits > 0 && buy(h, s, s.affordablePrice * s.spec.housing().flatM2(),
                        Tenure.AFFORDABLE_OWNED, Tenure.SCHEME_AFFORDABLE_RENTAL, c);
            }
            case BUY_PURCHASED -> {
                return s.purchasedSaleUnits > 0 && buy(h, s, s.purchasedPrice, Tenure.AFFORDABLE_OWNED,
                        Tenure.SCHEME_GOVERNMENT_PURCHASE, c);
            }
            case MARKET_RENT -> {
                if (s.rentalUnits <= 0) {
                    return false;
                }
                c.tenure = Tenure.MARKET_RENT;
                c.annual = s.rent * idx;
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** A purchase: subsidy and voucher lower the price, exit compensation adds cash, provident fund the loan. */
    private boolean buy(int h, Settlement s, double price, int tenure, int scheme, Candidate c) {
        Households hh = region.households;
        ActivePolicy p = region.policy;
        Economy e = region.scenario.economy();
        int i = s.index;
        int county = region.countyOf(h);
        boolean rural = !hh.urbanHukou(h);
        boolean held = Homestead.held(hh.homestead(h));
        c.tenure = tenure;
        c.scheme = scheme;
        c.value = price;
        double net = price;
        if (p.subsidyShare[i] > 0 && eligible(p.subsidyEligible[i], rural)) {
            c.subsidy = Math.min(p.subsidyShare[i] * price, p.subsidyCap[i]);
            net -= c.subsidy;
            c.scheme = Tenure.SCHEME_SUBSIDY;
        }
        double cash = hh.savings(h);
        double lost = 0;
        if (p.voucherValue[i] > 0 && rural) {
            boolean needsExit = p.voucherRecipients[i] == Lever.VoucherRecipients.HOMESTEAD_EXIT;
            if (!needsExit || held) {
                c.voucher = Math.min(p.voucherValue[i], net);
                net -= c.voucher;
                c.scheme = Tenure.SCHEME_VOUCHER;
                if (needsExit) {
                    c.homestead = true;
                    lost += lostHomesteadRent(h);
                }
            }
        }
        if (p.exitScheme(county) && (hh.landUntransferred(h) + hh.landTransferred(h) > 0 || held)) {
            double comp = p.exitPerMu[county] * (hh.landMu(h) - hh.landExited(h))
                    + (held ? p.exitPerM2[county] * hh.homesteadM2(h) : 0);
            if (comp > 0 && cash < e.downPayment() * net) {
                // exit only when the compensation is needed to buy (自愿有偿退出 to pay for town housing)
                cash += comp;
                c.exit = true;
                c.homestead |= held;
                lost += landValue(h, county) + (held ? lostHomesteadRent(h) : 0);
            }
        }
        double rate = e.mortgageRate();
        double ltv = 1 - e.downPayment();
        if (!Double.isNaN(p.pfRate[i]) && eligible(p.pfEligible[i], rural)) {
            rate = p.pfRate[i];
            ltv = p.pfLoanToValue[i];
            c.providentFund = true;
            if (c.scheme == Tenure.SCHEME_MARKET) {
                c.scheme = Tenure.SCHEME_PROVIDENT_FUND;
            }
        }
        double down = Math.max(0, net * (1 - ltv));
        if (cash < down) {
            return false;
        }
        double ownMoney = Math.min(cash, Math.max(down, c.exit ? Math.min(cash, net) : down));
        double loan = Math.max(0, net - ownMoney);
        c.down = ownMoney;
        c.annual = rate * loan + DEPOSIT_RATE * ownMoney + lost;
        return true;
    }

    private static boolean eligible(Lever.Eligibility rule, boolean ruralHukou) {
        return rule != Lever.Eligibility.RURAL_HUKOU || ruralHukou;
    }

    /** Rent a held homestead could earn if vacated, in expectation. */
    private double lostHomesteadRent(int h) {
        Economy e = region.scenario.economy();
        return e.villageRentDemand() * e.villageRentPerM2() * region.wageIndex * region.households.homesteadM2(h);
    }

    /** Yearly income the household's contracted land would give by transfer. */
    private double landValue(int h, int county) {
        Households hh = region.households;
        return (hh.landMu(h) - hh.landExited(h)) * region.policy.landRent[county] * region.wageIndex
                * (1 - region.scenario.economy().landRentFreeShare());
    }
}

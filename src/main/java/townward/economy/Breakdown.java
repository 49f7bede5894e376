package townward.economy;

import townward.household.Tenure;

/**
 * A household's yearly income under one arrangement, by gold and cost (MODEL.md sections 5 and 6). Mutable
 * scratch, reused per thread to keep the decision loop free of allocation.
 */
public final class Breakdown {
    public double wages;
    /** The part of wages earned by members living away (the survey's non-resident members). */
    public double wagesAway;
    public double dividends;
    public double rent;
    public double security;
    /** The part of security that is rural 低保 (MODEL.md 6.3). */
    public double dibao;
    public double landFarmed;
    public double landTransferred;
    /** Subsidy per contracted mu paid to the holder whoever farms (耕地地力保护补贴), part of the land gold. */
    public double landSubsidy;
    /** Income of a non-farm business at home: operating income, not one of the five golds (MODEL.md 6.3). */
    public double business;
    /** Expected transfer rent of idle land, counted only in decisions (realized land is farmed, transferred or idle). */
    public double landExpected;
    public double housingCost;
    public double livingCost;
    public double boarding;
    /** Annual value of what housing schemes save against the market (drives the "housing" motive). */
    public double schemeSaving;
    /** The school and hukou terms of the alternative's utility, as {@code decision.Utility} added them (motives). */
    public double schoolTerm;
    public double hukouTerm;
    /** The dwelling chosen at the destination, if the arrangement needs one. */
    public int tenure = Tenure.NONE;
    public int scheme = Tenure.SCHEME_MARKET;
    /** Option index inside {@link HousingMarket}, to take the same dwelling in matching. */
    public int option = -1;
    public double downPayment;
    public double flatValue;
    public double subsidy;
    public double voucher;
    public boolean exitsLand;
    public boolean givesUpHomestead;
    public boolean feasible = true;
    /** Scratch for pricing dwellings, and the key of the last dwelling priced (household, place, year). */
    final HousingMarket.Candidate candidate = new HousingMarket.Candidate();
    final HousingMarket.Candidate chosen = new HousingMarket.Candidate();
    /** The household's own terms of the evaluation, kept across its alternatives by {@link FiveGolds#fix}. */
    final HouseholdTerms household = new HouseholdTerms();
    int pricedHousehold = -1;
    int pricedPlace = -1;
    int pricedYear;

    public void clear() {
        wages = wagesAway = dividends = rent = security = landFarmed = landTransferred = landSubsidy = 0;
        landExpected = business = dibao = 0;
        housingCost = livingCost = boarding = schemeSaving = 0;
        downPayment = flatValue = subsidy = voucher = 0;
        tenure = Tenure.NONE;
        scheme = Tenure.SCHEME_MARKET;
        option = -1;
        exitsLand = givesUpHomestead = false;
        feasible = true;
    }

    /** The five golds (what the household earns). */
    public double golds() {
        return wages + dividends + rent + security + landFarmed + landTransferred + landSubsidy;
    }

    /** Earnings of land, farmed, transferred or expected from transfer. */
    public double land() {
        return landFarmed + landTransferred + landSubsidy + landExpected;
    }

    /** Net income Y(h,a): golds and business income minus housing, living-cost premium and boarding. */
    public double net() {
        return golds() + business + landExpected - housingCost - livingCost - boarding;
    }
}

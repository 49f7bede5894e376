package townward.policy;

import java.util.Arrays;
import java.util.List;
import townward.place.Settlement;
import townward.scenario.Lever;
import townward.scenario.Scenario;

/**
 * The levers in force this year, as tables by settlement and by county that the other phases read. Rebuilt each
 * year by {@link PolicySchedule}. Where two levers of one kind cover the same place, the later one in the scenario
 * sets the parameters and flows (posts, flats, seats) add up.
 */
public final class ActivePolicy {
    // by settlement
    public final double[] wagePremium;
    public final double[] parkPosts;
    public final double[] parkCostPerPost;
    /** flexible_employment, per place: reserved jobs added this year, months, pay as a share of the post wage, yearly
     *  subsidy per carer employed (0 where the lever does not run this year). */
    public final double[] flexibleJobs;
    public final double[] flexibleMonths;
    public final double[] flexibleWageRatio;
    public final double[] flexibleSubsidy;
    public final double[] subsidyShare;
    public final double[] subsidyCap;
    public final Lever.Eligibility[] subsidyEligible;
    public final double[] voucherValue;
    public final Lever.VoucherRecipients[] voucherRecipients;
    public final double[] swapRatio;
    public final double[] swapFlats;
    public final double[] swapCostPerFlat;
    public final double[] purchaseUnits;
    public final double[] purchaseMaxM2;
    public final Lever.AffordableUse[] purchaseUse;
    public final double[] purchaseRent;
    public final double[] purchasePriceShare;
    public final double[] pfRate;
    public final double[] pfLoanToValue;
    public final Lever.Eligibility[] pfEligible;
    public final boolean[] hukouOpened;
    public final boolean[] servicesOpened;
    public final double[] seatsAdded;
    /** school_transfer, per receiving place: pupils a year, bus cost per pupil. */
    public final double[] transferPupils;
    public final double[] busCost;
    public final double[] transferSeats;
    public final double[] transferSeatCost;
    public final double[] seatCost;
    /** college_expansion, per urban place: seats a year, share taken from beyond the region, cost per seat. */
    public final double[] collegeSeats;
    public final double[] collegeOutsideShare;
    public final double[] collegeSeatCost;
    /** graduate_retention, per urban place: yuan a year, years eligible after graduating (0: none), free housing. */
    public final double[] retentionPayment;
    public final int[] retentionYears;
    public final boolean[] retentionHousing;
    // by county
    public final double[] trainingShare;
    public final double[] trainingWageUplift;
    public final double[] trainingPostUplift;
    public final double[] trainingCost;
    public final double[] closeShare;
    public final boolean[] seniorToCountySeat;
    public final double[] boardingCost;
    public final boolean[] landLever;
    public final double[] landRent;
    public final double[] landDepth;
    public final double[] landOperatorDemand;
    public final double[] landSubsidy;
    public final boolean[] rightsRetention;
    public final double[] exitPerMu;
    public final double[] exitPerM2;
    public final double[] dividend;
    public final double[] pensionMonthly;
    /** The return_entrepreneurship programme of each county (null where none runs); its quota is shared by all
     *  the counties of the same programme. */
    public final Lever.ReturnEntrepreneurship[] returnProgramme;

    ActivePolicy(int settlements, int counties, Scenario sc) {
        wagePremium = new double[settlements];
        parkPosts = new double[settlements];
        parkCostPerPost = new double[settlements];
        flexibleJobs = new double[settlements];
        flexibleMonths = new double[settlements];
        flexibleWageRatio = new double[settlements];
        flexibleSubsidy = new double[settlements];
        subsidyShare = new double[settlements];
        subsidyCap = new double[settlements];
        subsidyEligible = new Lever.Eligibility[settlements];
        voucherValue = new double[settlements];
        voucherRecipients = new Lever.VoucherRecipients[settlements];
        swapRatio = new double[settlements];
        swapFlats = new double[settlements];
        swapCostPerFlat = new double[settlements];
        purchaseUnits = new double[settlements];
        purchaseMaxM2 = new double[settlements];
        purchaseUse = new Lever.AffordableUse[settlements];
        purchaseRent = new double[settlements];
        purchasePriceShare = new double[settlements];
        pfRate = filled(settlements, Double.NaN);
        pfLoanToValue = new double[settlements];
        pfEligible = new Lever.Eligibility[settlements];
        hukouOpened = new boolean[settlements];
        servicesOpened = new boolean[settlements];
        seatsAdded = new double[settlements];
        transferPupils = new double[settlements];
        busCost = new double[settlements];
        transferSeats = new double[settlements];
        transferSeatCost = new double[settlements];
        seatCost = new double[settlements];
        collegeSeats = new double[settlements];
        collegeOutsideShare = new double[settlements];
        collegeSeatCost = new double[settlements];
        retentionPayment = new double[settlements];
        retentionYears = new int[settlements];
        retentionHousing = new boolean[settlements];
        trainingShare = new double[counties];
        trainingWageUplift = new double[counties];
        trainingPostUplift = new double[counties];
        trainingCost = new double[counties];
        closeShare = new double[counties];
        seniorToCountySeat = new boolean[counties];
        boardingCost = filled(counties, sc.economy().boardingCost());
        landLever = new boolean[counties];
        landRent = filled(counties, sc.economy().landRentPerMu());
        landDepth = filled(counties, sc.economy().landMarketDepth());
        landOperatorDemand = filled(counties, Double.POSITIVE_INFINITY);
        landSubsidy = new double[counties];
        rightsRetention = new boolean[counties];
        exitPerMu = new double[counties];
        exitPerM2 = new double[counties];
        dividend = new double[counties];
        pensionMonthly = filled(counties, sc.economy().pensionMonthly());
        returnProgramme = new Lever.ReturnEntrepreneurship[counties];
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    /** Whether a voluntary-exit scheme runs in the county. */
    public boolean exitScheme(int county) {
        return exitPerMu[county] > 0 || exitPerM2[county] > 0;
    }

    static void forEach(boolean[] on, java.util.function.IntConsumer action) {
        for (int i = 0; i < on.length; i++) {
            if (on[i]) {
                action.accept(i);
            }
        }
    }

    /** Settlement and county coverage of a lever. */
    record Reach(boolean[] settlements, boolean[] counties) {
        static Reach of(Lever lever, List<Settlement> all, List<String> countyNames) {
            return new Reach(Coverage.settlements(lever.scope(), all, countyNames),
                    Coverage.counties(lever.scope(), all, countyNames));
        }
    }
}

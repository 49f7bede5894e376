package townward.scenario;

import java.util.List;

/**
 * The levers of MODEL.md section 4. Each acts only through the mechanism named there and books its fiscal cost.
 * The scenario key {@code lever} selects the record; {@link #key()} returns it.
 */
public sealed interface Lever {

    Scope scope();

    String key();

    /** Posts added per year in the targeted urban places, with a wage premium. */
    record IndustrialPark(Scope scope, double postsPerYear, double wagePremium, double costPerPost) implements Lever {
        public String key() { return "industrial_park"; }
    }

    /** A share of rural working-age adults trained per year: higher off-farm wage and post chance. */
    record SkillsTraining(Scope scope, double sharePerYear, double wageUplift, double postUplift, double costPerTrainee)
            implements Lever {
        public String key() { return "skills_training"; }
    }

    /**
     * Village primary schools of the targeted counties close at {@code closeSharePerYear} of those still open;
     * seats are added at the targeted urban places; senior seats may be concentrated at county seats.
     */
    record SchoolConsolidation(Scope scope, double closeSharePerYear, double seatsPerYear, boolean seniorToCountySeat,
                               double boardingCost, double costPerSeat) implements Lever {
        public String key() { return "school_consolidation"; }
    }

    /**
     * Jobs reserved each year at the targeted places for the carers of accompanied pupils who would otherwise earn
     * nothing there (随迁家长灵活就业, MODEL.md 4): part-time work for {@code months} a year at {@code wageRatio} of the
     * place's post wage, with a yearly social-insurance subsidy per carer employed.
     */
    record FlexibleEmployment(Scope scope, double jobsPerYear, double months, double wageRatio,
                              double subsidyPerWorker) implements Lever {
        public String key() { return "flexible_employment"; }
    }

    /** Day pupils of village primaries bused to the targeted towns' schools; residence unchanged (MODEL.md 4). */
    record SchoolTransfer(Scope scope, double pupilsPerYear, double seatsPerYear, double busCostPerPupil,
                          double costPerSeat) implements Lever {
        public String key() { return "school_transfer"; }
    }

    /** The government pays a share of the purchase price, up to a cap per flat, for eligible buyers. */
    record HousingSubsidy(Scope scope, double share, double capPerUnit, Eligibility eligible) implements Lever {
        public String key() { return "housing_subsidy"; }
    }

    /** A housing voucher (房票) spendable at the targeted places only. */
    record HousingVoucher(Scope scope, double value, VoucherRecipients recipients) implements Lever {
        public String key() { return "housing_voucher"; }
    }

    /** Homestead-for-flat swap (宅基地换房): flats built per year at the targeted places. */
    record HomesteadSwap(Scope scope, double flatM2PerHomesteadM2, double flatsPerYear, double costPerFlat)
            implements Lever {
        public String key() { return "homestead_swap"; }
    }

    /** Government purchase of existing flats (at most {@code maxM2}) for affordable rent or sale. */
    record GovernmentPurchase(Scope scope, double unitsPerYear, double maxM2, AffordableUse use, double rent,
                              double priceShare) implements Lever {
        public String key() { return "government_purchase"; }
    }

    /** Provident-fund mortgages: a lower rate and a higher loan-to-value for eligible buyers. */
    record ProvidentFund(Scope scope, double rate, double loanToValue, Eligibility eligible) implements Lever {
        public String key() { return "provident_fund"; }
    }

    /** Settlement opened at the targeted urban places; with {@code services}, children without hukou may enrol. */
    record HukouOpening(Scope scope, boolean services) implements Lever {
        public String key() { return "hukou_opening"; }
    }

    /** A land-transfer market: rent per mu, probability land finds a tenant, operators' demand in mu per year. */
    record LandTransfer(Scope scope, double rentPerMu, double marketDepth, double operatorDemandMu,
                        double subsidyPerMu) implements Lever {
        public String key() { return "land_transfer"; }
    }

    /** On hukou conversion, households keep dividends and homestead (三权). */
    record RightsRetention(Scope scope) implements Lever {
        public String key() { return "rights_retention"; }
    }

    /** One-off compensation for land and homestead given up (自愿有偿退出). */
    record VoluntaryExit(Scope scope, double perMu, double perM2Homestead) implements Lever {
        public String key() { return "voluntary_exit"; }
    }

    /** Shareholding reform of collective assets: a dividend per household per year. */
    record CollectiveShares(Scope scope, double dividend) implements Lever {
        public String key() { return "collective_shares"; }
    }

    /** Pension: resident pension level and a top-up, yuan/month per person 60+. */
    record Pension(Scope scope, double residentMonthly, double topUpMonthly) implements Lever {
        public String key() { return "pension"; }
    }

    /**
     * 返乡创业: families back from a destination system this year, with someone of working age at home, may take
     * one of {@code quota} business slots a year over the targeted counties; a business adds {@code businessIncome}
     * (start-year yuan a year, moved by the wage index) to the family's income at home (MODEL.md 4, 5.9, 6.3).
     */
    record ReturnEntrepreneurship(Scope scope, double quota, double grant, double loan, double interestSubsidy,
                                  int loanYears, double businessIncome) implements Lever {
        public String key() { return "return_entrepreneurship"; }

        /** The one-off grant and the interest subsidised over the loan's years, booked when the business starts. */
        public double costPerBusiness() {
            return grant + loan * interestSubsidy * loanYears;
        }
    }

    /**
     * 高校新增在校生: college seats added per year at the targeted urban places, {@code outsideShare} of them taken by
     * students from beyond the region (not simulated), the rest open to the region's entrants (MODEL.md 4, 10.3).
     */
    record CollegeExpansion(Scope scope, double seatsPerYear, double outsideShare, double costPerSeat) implements Lever {
        public String key() { return "college_expansion"; }
    }

    /**
     * 高校毕业生留岳: {@code payment} yuan a year, and with {@code freeHousing} a lone worker's housing, for graduates
     * living alone at the targeted urban places in their first {@code years} years after graduating (MODEL.md 4, 5.8).
     */
    record GraduateRetention(Scope scope, double payment, int years, boolean freeHousing) implements Lever {
        public String key() { return "graduate_retention"; }
    }

    /**
     * In-place urbanization (村改居, 撤乡设镇) of the listed villages or townships in year {@code from}; with
     * {@code relocateTo}, the listed villages move as a whole to that resettlement site if the consenting share of
     * households reaches {@code consentRequired}.
     */
    record Reclassification(Scope scope, List<String> villages, int nearestVillages, List<String> townships,
                            String relocateTo,
                            double consentShare, double consentRequired, double costPerHousehold) implements Lever {
        public Reclassification {
            villages = List.copyOf(villages);
            townships = List.copyOf(townships);
        }

        public String key() { return "reclassification"; }
    }

    /** A lever value chosen from a list, by its scenario key. */
    interface Choice {
        String key();
    }

    /** Who may use a housing scheme. */
    enum Eligibility implements Choice {
        ALL("all"), RURAL_HUKOU("rural_hukou"), FIRST_HOME("first_home");

        private final String key;

        Eligibility(String key) { this.key = key; }

        public String key() { return key; }
    }

    /** Who receives housing vouchers. */
    enum VoucherRecipients implements Choice {
        ALL_RURAL("all_rural"), HOMESTEAD_EXIT("homestead_exit");

        private final String key;

        VoucherRecipients(String key) { this.key = key; }

        public String key() { return key; }
    }

    /** What government-purchased flats are used for. */
    enum AffordableUse implements Choice {
        RENT("rent"), SALE("sale");

        private final String key;

        AffordableUse(String key) { this.key = key; }

        public String key() { return key; }
    }
}

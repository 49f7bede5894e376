package townward.scenario;

/**
 * Decision coefficients of MODEL.md section 5. Defaults are starting values to be calibrated.
 */
public record Behaviour(
        double considerRate,
        double eventConsiderRate,
        double lambda,
        double bIncome,
        double bSchool,
        double bNetwork,
        double bSize,
        double bHukou,
        double bLogDistance,
        double bExamPenalty,
        double bMove,
        double bSplit,
        double cSplitAway,
        double bAge,
        double cUrban,
        double cOutside,
        double schoolTownValue,
        double boardingPenalty,
        double noEnrolmentPenalty,
        double commuteKm,
        double bCommuteKm,
        double maxDistanceKm,
        int hukouYears,
        double hukouConversionRate,
        double forfeitFactor,
        double monthsAway,
        double mobilitySd,
        Return returns,
        Cohorts cohorts,
        Youth youth) {

    /** The return hazard of MODEL.md 5.9 (families whose workers are at a destination system). */
    public record Return(double constant, double age, double school, double local, double years, double care,
                         double unemployed) {
    }

    /**
     * Out-migration of the places' own urban cohorts (MODEL.md 10.4): the yearly rate at ages 20-29, its response to
     * the wage gap to the systems and to urban unemployment, and the yearly return of those who left.
     */
    public record Cohorts(double outPeak, double wage, double unemployment, double returnRate) {
    }

    /**
     * Youth who choose where to live for themselves (MODEL.md 5.8): how often they weigh it, the constant of living
     * apart from the family by sex, and its fall per 10 years of age above 20.
     */
    public record Youth(double considerRate, double male, double female, double age) {
        public double constant(boolean female) {
            return female ? this.female : male;
        }
    }
}

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
        Return returns) {

    /** The return hazard of MODEL.md 5.9 (families whose workers are at a destination system). */
    public record Return(double constant, double age, double school, double local, double years, double care,
                         double unemployed) {
    }
}

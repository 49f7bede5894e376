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
        double bDistance,
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
        double mobilitySd) {
}

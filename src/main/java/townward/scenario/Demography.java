package townward.scenario;

/**
 * Yearly demographic rates (per person unless said otherwise).
 *
 * @param birthRate          births per year per household with a working-age couple under 40 (rural households)
 * @param urbanBirthRate     crude birth rate of urban cohorts, per person
 * @param deathRateAdult     death rate of working-age adults (16-59)
 * @param deathRateElderly   death rate of the elderly (60+)
 * @param deathRateChild     death rate of children
 * @param marriageRate       yearly probability that a household with two or more young adults splits off a new couple household
 * @param urbanOutMigration  yearly out-migration rate of urban cohorts to {@code outside}
 * @param seniorEnrolment    share of 15-17 year-olds in senior school (boarding at the county seat when rural)
 */
public record Demography(
        double birthRate,
        double urbanBirthRate,
        double deathRateAdult,
        double deathRateElderly,
        double deathRateChild,
        double marriageRate,
        double urbanOutMigration,
        double seniorEnrolment) {
}

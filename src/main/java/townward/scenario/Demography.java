package townward.scenario;

/**
 * Yearly demographic rates (per person unless said otherwise).
 *
 * @param birthRate          births per year per working-age woman (half the adults) of a rural household
 * @param urbanBirthRate     crude birth rate of urban cohorts, per person
 * @param mortalityFactor    death rates as a multiple of the 2000 census's by age ({@code place.CensusMortality})
 * @param mortalityDecline   yearly fall of death rates at every age after 2000
 * @param marriageRate       yearly probability that a household with two or more young adults splits off a new couple household
 * @param urbanOutMigration  yearly out-migration rate of urban cohorts to {@code outside}
 * @param seniorEnrolment    share of 15-17 year-olds in senior school (boarding at the county seat when rural)
 */
public record Demography(
        double birthRate,
        double urbanBirthRate,
        double mortalityFactor,
        double mortalityDecline,
        double marriageRate,
        double urbanOutMigration,
        double seniorEnrolment) {
}

package townward.scenario;

/**
 * Demographic rates of MODEL.md section 10 (per person and year unless said otherwise).
 *
 * @param tfrRural           total fertility of women living at rural places (and abroad of the region's villages)
 * @param tfrUrban           total fertility of women living at urban places: household members and urban cohorts
 * @param mortalityFactor    death rates as a multiple of the 2000 census's by age ({@code place.CensusMortality})
 * @param mortalityDecline   yearly fall of death rates at every age after 2000
 * @param marriageScale      multiplies the first-marriage hazards by age and sex ({@code people.Marriage})
 * @param separateAtMarriage probability that a couple marrying into a family that has its working couple sets up a
 *                           household of its own at once
 * @param separateRate       yearly probability that a second married couple of a family sets up its own household
 * @param seniorEnrolment    share of 15-17 year-olds in senior school (boarding at the county seat when rural)
 */
public record Demography(
        double tfrRural,
        double tfrUrban,
        double mortalityFactor,
        double mortalityDecline,
        double marriageScale,
        double separateAtMarriage,
        double separateRate,
        double seniorEnrolment) {
}

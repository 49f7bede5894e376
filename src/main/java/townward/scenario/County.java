package townward.scenario;

/**
 * A county (any administrative unit below the region) and its rural households.
 *
 * @param name              unique name
 * @param ruralHouseholds   real rural households at the start year (households of listed villages come on top)
 * @param villages          how village clusters are generated for the county
 * @param household         distributions for generating its households
 */
public record County(String name, double ruralHouseholds, VillageGeneration villages, HouseholdProfile household) {

    /**
     * @param count     number of generated village clusters
     * @param radiusKm  clusters lie within this distance of their seat
     * @param closedSchoolShare share of the county's village primaries already closed at the start, smallest first
     */
    public record VillageGeneration(int count, double radiusKm, double closedSchoolShare) {
    }

    /**
     * Distributions of a county's rural households (MODEL.md section 9).
     *
     * @param size               mean household size, persons
     * @param childrenShare      share of households with children under 18
     * @param elderlyShare       share of households with members aged 60+
     * @param headAge            mean age of the household head
     * @param landMu             mean contracted land per household, mu
     * @param landTransferred    share of contracted land already transferred
     * @param homesteadM2        mean homestead area, m²
     * @param savings            mean savings, yuan (log-normal)
     * @param savingsSigma       sigma of log savings
     * @param awayShare          share of households with working adults living away at the start
     * @param awayOutsideShare   of those, the share away outside the region
     * @param togetherAwayShare  of those, the share living away as a whole family (MODEL.md 9, item 2)
     * @param splitAwayShare     of the other families away with two or more adults, the share with one adult away
     * @param accompanyShare     of the families at home with pupils in compulsory school, the share accompanying
     *                           them at the county seat (陪读)
     * @param youthAwayShare     of the families away with youth in work, the share of which only the youth are away,
     *                           each living apart (5.8)
     * @param dividend           collective share dividend per household per year before any lever, yuan
     */
    public record HouseholdProfile(
            double size,
            double childrenShare,
            double elderlyShare,
            double headAge,
            double landMu,
            double landTransferred,
            double homesteadM2,
            double savings,
            double savingsSigma,
            double awayShare,
            double awayOutsideShare,
            double togetherAwayShare,
            double splitAwayShare,
            double accompanyShare,
            double youthAwayShare,
            double dividend) {
    }
}

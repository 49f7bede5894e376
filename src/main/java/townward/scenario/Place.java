package townward.scenario;

/**
 * A place of the region. Urban fields (jobs, housing, schools) are present for every kind; they are zero for
 * villages. Capacities are in real units; the model scales them.
 *
 * @param name          unique name
 * @param kind          village, township, town, county_seat or city
 * @param county        the county it belongs to
 * @param seat          for a listed village: its township or town; otherwise null
 * @param households    for a listed village: its real rural households; otherwise 0
 * @param demonstration a demonstration town (示范城镇)
 * @param lon           longitude, degrees (NaN if not given; then placed near its county's other places)
 * @param lat           latitude, degrees
 * @param population    urban residents at the start, not counting members of rural households living there
 * @param urbanHukouShare share of those residents holding urban hukou
 * @param builtUpKm2    built-up area at the start
 * @param builtUpGrowthKm2 yearly growth of the built-up area
 * @param hukouOpen     settlement open to rural hukou holders at the start
 * @param livingCost    living-cost premium over village life, yuan/person/yr
 * @param jobs          formal posts and wages
 * @param housing       housing stock and prices
 * @param schools       school seats for pupils of rural households
 * @param tier          the survey's class of city, for the destination tiers of outside migrants (MODEL.md 14.12)
 */
public record Place(
        String name,
        PlaceKind kind,
        String county,
        String seat,
        double households,
        boolean demonstration,
        double lon,
        double lat,
        double population,
        double urbanHukouShare,
        double builtUpKm2,
        double builtUpGrowthKm2,
        boolean hukouOpen,
        double livingCost,
        Jobs jobs,
        Housing housing,
        Schools schools,
        CityTier tier) {

    /**
     * @param posts        formal posts at the start
     * @param vacant       of which vacant at the start
     * @param growth       yearly growth of posts without any lever
     * @param wage         monthly post wage, yuan
     * @param informalWage monthly wage without a post, yuan
     */
    public record Jobs(double posts, double vacant, double growth, double wage, double informalWage) {
    }

    /**
     * @param units            market flats for sale (vacant stock)
     * @param price            market price, yuan/m²
     * @param flatM2           typical flat size, m²
     * @param rent             market rent of a flat, yuan/yr
     * @param rentalUnits      vacant market rental flats
     * @param completions      market flats completed per year
     * @param rentalShare      share of the completions let rather than sold
     * @param affordableUnits  vacant affordable (保障性) flats at the start
     * @param affordableRent   yearly rent of an affordable flat, yuan
     * @param affordablePrice  price of an affordable flat for sale, yuan/m²
     */
    public record Housing(
            double units,
            double price,
            double flatM2,
            double rent,
            double rentalUnits,
            double completions,
            double rentalShare,
            double affordableUnits,
            double affordableRent,
            double affordablePrice) {
    }

    /**
     * Seats available to pupils of rural households (beyond those urban residents' children hold).
     *
     * @param primary        primary seats
     * @param junior         junior-middle seats
     * @param senior         senior-middle seats
     * @param college        college seats open to the region's own entrants (MODEL.md 10.3)
     * @param openEnrolment  children without local hukou may enrol
     */
    public record Schools(double primary, double junior, double senior, double college, boolean openEnrolment) {
    }

    public boolean urbanByDefault() {
        return kind.urbanByDefault();
    }
}

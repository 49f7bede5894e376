package townward.scenario;

import java.util.Map;

/**
 * A destination system beyond the region's places (MODEL.md 2.2): the provincial capital when it lies outside the
 * region, the rest of the province, the coastal east, other regions. Exogenous: the region's members there are
 * tracked, not counted as residents.
 *
 * @param name              the system's name in outputs, e.g. coast_east
 * @param inProvince        whether it lies in the region's province (cross-province migrants are the others)
 * @param distanceKm        typical distance from the region, km
 * @param wage              out-migrant monthly wage at the start, yuan
 * @param wageGrowth        yearly growth of the wage
 * @param wageGrowthFrom    the wage's growth from each given year on
 * @param posts             posts the system stands for, for the size term b_size·ln(posts/count)
 * @param postGrowth        yearly growth of those posts
 * @param hireChance        chance that a migrant finds work there in a year
 * @param rent              yearly rent of a family's dwelling, yuan
 * @param livingCost        yearly living-cost premium per person, yuan
 * @param publicSchoolShare share of migrant pupils taught in public schools there
 * @param examOpen          whether migrant children may sit 中考/高考 there
 * @param constant          the system's own constant c_dest
 * @param count             real places the system stands for (λ·ln(count) in utility)
 * @param startShare        share of the families away beyond the region that are here at the start
 * @param mirrorInflow      whether the system sends the region as many persons as the region has there (MODEL.md
 *                          2.2, 10.5): closes a scenario that stands for a whole country
 * @param inflow            persons a year arriving from the system to live and work in the region, in the start
 *                          year's conditions (MODEL.md 10.5 gravity inflow); 0 for none
 * @param urbanShare        share of the region's workers there who live in its cities and towns (进城), MODEL.md 14.12
 * @param tiers             shares of them working in each class of city (P14), MODEL.md 14.12
 */
public record Destination(String name, boolean inProvince, double distanceKm, double wage, double wageGrowth,
                          Map<Integer, Double> wageGrowthFrom, double posts, double postGrowth, double hireChance,
                          double rent, double livingCost, double publicSchoolShare, boolean examOpen,
                          double constant, double count, double startShare, boolean mirrorInflow,
                          double inflow, double urbanShare, Tiers tiers) {

    /** The name a file that still says {@code outside:} gives its one system. */
    public static final String OUTSIDE = "outside";

    public Destination {
        wageGrowthFrom = Map.copyOf(wageGrowthFrom);
    }

    /**
     * Shares of a system's workers by the survey's classes of city where they work ({@link CityTier}); the rest,
     * 1 − their sum, work below prefecture level.
     */
    public record Tiers(double municipality, double capital, double prefecture) {
        /**
         * The national mix of outside migrants in 2015 (data/migrant_workers.csv destination_share_municipality,
         * _provincial_capital, _prefecture_city China 2015: 8.6, 22.6, 35.1 %), for a system not stated otherwise.
         */
        public static final Tiers NATIONAL_2015 = new Tiers(0.086, 0.226, 0.351);

        public double share(CityTier t) {
            return switch (t) {
                case MUNICIPALITY -> municipality;
                case CAPITAL -> capital;
                case PREFECTURE -> prefecture;
                case COUNTY_LEVEL -> 1 - municipality - capital - prefecture;
            };
        }

        double prefectureOrAbove() {
            return municipality + capital + prefecture;
        }
    }

    /** Growth of the wage from year - 1 to year. */
    public double wageGrowthIn(int year) {
        return WageSeries.growthIn(wageGrowth, wageGrowthFrom, year);
    }
}

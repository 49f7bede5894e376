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
 */
public record Destination(String name, boolean inProvince, double distanceKm, double wage, double wageGrowth,
                          Map<Integer, Double> wageGrowthFrom, double posts, double postGrowth, double hireChance,
                          double rent, double livingCost, double publicSchoolShare, boolean examOpen,
                          double constant, double count, double startShare, boolean mirrorInflow,
                          double inflow) {

    /** The name a file that still says {@code outside:} gives its one system. */
    public static final String OUTSIDE = "outside";

    public Destination {
        wageGrowthFrom = Map.copyOf(wageGrowthFrom);
    }

    /** Growth of the wage from year - 1 to year. */
    public double wageGrowthIn(int year) {
        return WageSeries.growthIn(wageGrowth, wageGrowthFrom, year);
    }
}

package townward.scenario;

import java.util.Map;

/**
 * Everything beyond the region (big cities elsewhere).
 *
 * @param wage        out-migrant monthly wage, yuan
 * @param rent        yearly rent of a household's dwelling, yuan
 * @param livingCost  yearly living-cost premium per person, yuan
 * @param distanceKm  typical distance from the region, km
 * @param posts       relative size used in the size term ln(posts); a big labour market
 * @param wageGrowth  yearly growth of the outside wage (by default the region's)
 * @param wageGrowthFrom the outside wage's growth from each given year on
 */
public record Outside(double wage, double rent, double livingCost, double distanceKm, double posts,
                      double wageGrowth, Map<Integer, Double> wageGrowthFrom) {

    public Outside {
        wageGrowthFrom = Map.copyOf(wageGrowthFrom);
    }

    /** Growth of the outside wage from year - 1 to year. */
    public double wageGrowthIn(int year) {
        return WageSeries.growthIn(wageGrowth, wageGrowthFrom, year);
    }
}

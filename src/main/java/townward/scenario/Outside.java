package townward.scenario;

/**
 * Everything beyond the region (big cities elsewhere).
 *
 * @param wage        out-migrant monthly wage, yuan
 * @param rent        yearly rent of a household's dwelling, yuan
 * @param livingCost  yearly living-cost premium per person, yuan
 * @param distanceKm  typical distance from the region, km
 * @param posts       relative size used in the size term ln(posts); a big labour market
 */
public record Outside(double wage, double rent, double livingCost, double distanceKm, double posts) {
}

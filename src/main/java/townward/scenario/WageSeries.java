package townward.scenario;

import java.util.Map;

/**
 * A wage growth given as a constant and, optionally, as rates in force from given years on (MODEL.md 6.2: a series
 * chained from data rows, such as the outside, all-migrant and local-migrant monthly incomes).
 */
final class WageSeries {

    private WageSeries() {
    }

    /** The rate in force in {@code year}: that of the latest given year not after it, else the constant. */
    static double growthIn(double constant, Map<Integer, Double> from, int year) {
        int best = Integer.MIN_VALUE;
        double rate = constant;
        for (Map.Entry<Integer, Double> e : from.entrySet()) {
            if (e.getKey() <= year && e.getKey() > best) {
                best = e.getKey();
                rate = e.getValue();
            }
        }
        return rate;
    }
}

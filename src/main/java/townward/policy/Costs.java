package townward.policy;

import java.util.Map;
import java.util.TreeMap;

/** Fiscal cost booked per lever per year, in real yuan. */
public final class Costs {
    private final Map<String, Double> thisYear = new TreeMap<>();

    public void book(String lever, double yuan) {
        thisYear.merge(lever, yuan, Double::sum);
    }

    /** Costs of the year by lever key, in key order; cleared by {@link #newYear()}. */
    public Map<String, Double> thisYear() {
        return thisYear;
    }

    public void newYear() {
        thisYear.replaceAll((k, v) -> 0.0);
    }
}

package townward.policy;

import java.util.Map;
import java.util.TreeMap;

/** Fiscal cost booked per lever per year, in real yuan. */
public final class Costs {
    private final Map<String, Double> thisYear = new TreeMap<>();

    public void book(String lever, double yuan) {
        thisYear.merge(lever, yuan, Double::sum);
    }

    /**
     * A lever's bookings in a loop over households, kept in a local running sum and written back by
     * {@link #book(Tab)}: the same value as booking each in turn, without a map look-up per household.
     */
    public static final class Tab {
        private final String lever;
        private boolean present;
        private double value;

        private Tab(String lever, Double value) {
            this.lever = lever;
            this.present = value != null;
            this.value = value != null ? value : 0;
        }

        public void add(double yuan) {
            value = present ? value + yuan : yuan;
            present = true;
        }

        /** The running sum so far, +0.0 before the first booking. */
        public double value() {
            return present ? value : 0;
        }

        /**
         * Sets the running sum to {@code sum}, {@link #value()} continued elsewhere with the same additions in the
         * same order, {@code booked} telling whether there were any. (A first booking x gives x, and 0.0 + x is x
         * but for x = -0.0, which no cost is.)
         */
        public void continued(double sum, boolean booked) {
            if (booked || present) {
                value = sum;
                present = true;
            }
        }
    }

    /** Opens a tab on a lever's bookings of this year; nothing else may book the lever until it is booked. */
    public Tab tab(String lever) {
        return new Tab(lever, thisYear.get(lever));
    }

    /** Books a tab's running sum. */
    public void book(Tab tab) {
        if (tab.present) {
            thisYear.put(tab.lever, tab.value);
        }
    }

    /** Costs of the year by lever key, in key order; cleared by {@link #newYear()}. */
    public Map<String, Double> thisYear() {
        return thisYear;
    }

    public void newYear() {
        thisYear.replaceAll((k, v) -> 0.0);
    }
}

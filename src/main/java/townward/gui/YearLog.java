package townward.gui;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import townward.model.MetricSink;
import townward.model.Recording;

/**
 * The metrics a run records (the ones {@code metrics.csv} holds), kept by year for the map and the chart, so the
 * GUI shows the numbers the command line writes. Written by the model thread, read under the schedule lock.
 */
public final class YearLog implements MetricSink {
    private final TreeMap<Integer, Map<String, Double>> years = new TreeMap<>();

    @Override
    public synchronized void record(int year, String place, String metric, double value) {
        years.computeIfAbsent(year, y -> new HashMap<>()).put(place + '|' + metric, value);
    }

    /** A value, or NaN when the year or metric was not recorded. */
    public synchronized double get(int year, String place, String metric) {
        Map<String, Double> m = years.get(year);
        Double v = m == null ? null : m.get(place + '|' + metric);
        return v == null ? Double.NaN : v;
    }

    public double region(int year, String metric) {
        return get(year, Recording.REGION, metric);
    }

    /** The last year recorded, or null. */
    public synchronized Integer lastYear() {
        return years.isEmpty() ? null : years.lastKey();
    }

    public synchronized void clear() {
        years.clear();
    }
}

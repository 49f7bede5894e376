package townward.collect;

import java.io.PrintWriter;

import townward.model.MetricSink;

/** Small sink combinators. */
public final class MetricSinks {

    private MetricSinks() {
    }

    /** Sends every value to each sink in turn. */
    public static MetricSink tee(MetricSink... sinks) {
        MetricSink[] copy = sinks.clone();
        return (year, place, metric, value) -> {
            for (MetricSink s : copy) {
                s.record(year, place, metric, value);
            }
        };
    }

    /**
     * Prints a line to {@code err} the first time a year's metrics arrive (metrics of a year are recorded once
     * that year has been simulated), then forwards. The start year is the observed state, built, not simulated.
     */
    public static MetricSink progress(MetricSink next, PrintWriter err, int startYear) {
        long start = System.nanoTime();
        return new MetricSink() {
            private Integer lastYear;

            @Override
            public synchronized void record(int year, String place, String metric, double value) {
                if (lastYear == null || year != lastYear) {
                    lastYear = year;
                    err.printf(java.util.Locale.ROOT, year == startYear ? "year %d: start state built (%.1f s)%n"
                            : "year %d simulated (%.1f s)%n", year, (System.nanoTime() - start) / 1e9);
                    err.flush();
                }
                next.record(year, place, metric, value);
            }
        };
    }
}

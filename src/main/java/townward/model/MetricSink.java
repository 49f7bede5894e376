package townward.model;

/**
 * Receives the metrics of MODEL.md section 7 as the Recording phase produces them, one value at a time, in a
 * deterministic order. The runner wires in writers; the model never imports output code.
 */
@FunctionalInterface
public interface MetricSink {

    /** Place is {@code region} for region-wide figures, {@code outside} (all systems), {@code system:<name>}, a place name, or a {@code kind:<kind>}. */
    void record(int year, String place, String metric, double value);
}

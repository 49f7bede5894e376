package townward.patterns;

import java.util.List;
import java.util.Map;

/** The region metrics of each replication of one scenario, keyed {@code metric@year}. */
public record Replicates(List<Map<String, Double>> values) {

    public Replicates {
        values = List.copyOf(values);
    }

    public int size() {
        return values.size();
    }

    /** Replication {@code r} as a formula reads it. */
    public Expression.Metrics replication(int r) {
        Map<String, Double> m = values.get(r);
        return (metric, year) -> m.get(metric + "@" + year);
    }
}

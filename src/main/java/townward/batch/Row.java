package townward.batch;

/** One metric value of one replication: the long format's row without scenario and replication. */
public record Row(int year, String place, String metric, double value) {

    /** Receives rows in the order the model recorded them. */
    @FunctionalInterface
    public interface Consumer {
        void accept(int year, String place, String metric, double value);
    }
}

package townward.batch;

/**
 * The seed of replication {@code r} of a batch: a SplitMix64 hash of (master seed, r) and nothing else, so
 * replication 17 is the same on any machine, thread count or shard, and every scenario of a batch gets the same
 * seed for the same replication (common random numbers: comparisons are paired).
 */
public final class ReplicationSeeds {

    /** Scenario seeds are kept below 2^53 so that they survive JSON and YAML unchanged. */
    private static final long MASK = (1L << 53) - 1;

    private ReplicationSeeds() {
    }

    public static long of(long master, int replication) {
        long z = master * 0x9E3779B97F4A7C15L + (replication + 1L) * 0xD1B54A32D192ED03L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & MASK;
    }
}

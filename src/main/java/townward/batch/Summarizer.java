package townward.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Summary statistics of every (year, place, metric) across replications, exact (no sketches) and with memory
 * bounded whatever the number of replications: the replications are read again for each block of at most
 * {@link #BUDGET} values. Keys come out in the order they first appear, replication by replication.
 */
final class Summarizer {

    /** Values held in memory at once (32 MB of doubles). */
    static final long BUDGET = 4_000_000;

    /** Per-replication rows to summarize; replication i is read in full by {@link #read}. */
    interface Source {
        int replications();

        void read(int i, Row.Consumer to);
    }

    /** Receives one key's statistics. */
    @FunctionalInterface
    interface Sink {
        void accept(Key key, Stats stats);
    }

    record Key(int year, String place, String metric) {
    }

    private Summarizer() {
    }

    static void summarize(Source source, long budget, Sink sink) {
        int n = source.replications();
        if (n == 0) {
            return;
        }
        Map<Key, Integer> index = new HashMap<>();
        List<Key> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            source.read(i, (y, p, m, v) -> index.computeIfAbsent(new Key(y, p, m), k -> {
                keys.add(k);
                return keys.size() - 1;
            }));
        }
        int block = (int) Math.max(1, Math.min(keys.size(), budget / n));
        for (int start = 0; start < keys.size(); start += block) {
            int from = start;
            int len = Math.min(block, keys.size() - start);
            double[][] values = new double[len][n];
            int[] count = new int[len];
            int[] seenIn = new int[len];   // replication + 1 that gave the key its last value: one value each
            for (int i = 0; i < n; i++) {
                int rep = i + 1;
                source.read(i, (y, p, m, v) -> {
                    int k = index.get(new Key(y, p, m)) - from;
                    if (k >= 0 && k < len && seenIn[k] != rep) {
                        seenIn[k] = rep;
                        values[k][count[k]++] = v;
                    }
                });
            }
            for (int k = 0; k < len; k++) {
                if (count[k] > 0) {
                    sink.accept(keys.get(from + k), Stats.of(values[k], count[k]));
                }
            }
        }
    }
}

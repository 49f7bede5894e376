package townward.model;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Sums of doubles computed in parallel chunks with exactly the value of the serial loop: each chunk keeps the
 * addends of every sum in the order they come, and the chunks' addends are added to the totals in chunk order, one
 * by one, as the serial loop added them. Zero addends are left out: a sum that starts at +0.0 (or at any value but
 * -0.0) never becomes -0.0, so adding +0.0 or -0.0 to it changes nothing.
 */
public final class OrderedSums {
    private final double[][] addends;
    private final int[] size;

    public OrderedSums(int sums) {
        addends = new double[sums][];   // each sum's log on its first addend: a chunk adds to few of many places
        size = new int[sums];
    }

    /** Appends an addend of sum {@code k}. */
    public void add(int k, double v) {
        if (v == 0) {
            return;
        }
        int n = size[k];
        double[] a = addends[k];
        if (a == null) {
            addends[k] = a = new double[64];
        } else if (n == a.length) {
            addends[k] = a = Arrays.copyOf(a, 2 * n);
        }
        a[n] = v;
        size[k] = n + 1;
    }

    /** Adds this chunk's addends to the totals, each sum's in the order they came, and empties the chunk. */
    public void addTo(double[] totals) {
        for (int k = 0; k < size.length; k++) {
            if (size[k] == 0) {
                continue;
            }
            double[] a = addends[k];
            double t = totals[k];
            for (int i = 0, n = size[k]; i < n; i++) {
                t += a[i];
            }
            totals[k] = t;
            size[k] = 0;
        }
    }

    int sums() {
        return size.length;
    }

    /**
     * Chunks' logs for reuse: a loop needs about as many as chunks in flight, not one per chunk. At most
     * {@link #KEPT} are kept from one year to the next, so that a year when the workers ran far ahead of the
     * combining thread does not hold its logs for the rest of the run.
     */
    static final class Pool {
        private static final int KEPT = 8;
        private final int sums;
        private final ConcurrentLinkedQueue<OrderedSums> free = new ConcurrentLinkedQueue<>();
        private final java.util.concurrent.atomic.AtomicInteger kept = new java.util.concurrent.atomic.AtomicInteger();

        Pool(int sums) {
            this.sums = sums;
        }

        int sums() {
            return sums;
        }

        OrderedSums take() {
            OrderedSums s = free.poll();
            if (s == null) {
                return new OrderedSums(sums);
            }
            kept.decrementAndGet();
            return s;
        }

        /** Returns an emptied log ({@link #addTo} empties it) for reuse, or drops it when enough are kept. */
        void give(OrderedSums s) {
            if (kept.incrementAndGet() <= KEPT) {
                free.add(s);
            } else {
                kept.decrementAndGet();
            }
        }
    }
}

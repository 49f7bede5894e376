package townward.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a loop over households in fixed chunks on a pool of worker threads. Each chunk writes only its own
 * households' slots, and each household draws from its own stream, so the result does not depend on the threads.
 */
public final class Parallel implements AutoCloseable {
    /** Households per chunk; partial results kept per chunk are combined in chunk order. */
    public static final int CHUNK = 8192;
    private final ExecutorService pool;
    private final int threads;

    public Parallel(int threads) {
        this.threads = Math.max(1, threads);
        this.pool = this.threads == 1 ? null : Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "townward-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** A body over the households [from, to). */
    @FunctionalInterface
    public interface Range {
        void run(int from, int to);
    }

    public void forRange(int n, Range body) {
        if (pool == null || n <= CHUNK) {
            // the same chunks as in parallel, so a body may keep partial results per chunk
            for (int from = 0; from < n; from += CHUNK) {
                body.run(from, Math.min(n, from + CHUNK));
            }
            return;
        }
        List<Future<?>> parts = new ArrayList<>();
        for (int from = 0; from < n; from += CHUNK) {
            int f = from;
            int t = Math.min(n, from + CHUNK);
            parts.add(pool.submit(() -> body.run(f, t)));
        }
        for (Future<?> p : parts) {
            await(p);
        }
    }

    /** A body over the households [from, to) giving a partial result. */
    @FunctionalInterface
    public interface Part<T> {
        T run(int from, int to);
    }

    /** Takes the partial results of the chunks, in chunk order. */
    @FunctionalInterface
    public interface Combine<T> {
        void accept(T part);
    }

    /**
     * Runs the chunks of a loop over n households on the pool and hands their partial results to {@code combine} on
     * the calling thread, in chunk order, each as soon as it and the chunks before it are done.
     */
    public <T> void forChunks(int n, Part<T> body, Combine<T> combine) {
        if (pool == null || n <= CHUNK) {
            for (int from = 0; from < n; from += CHUNK) {
                combine.accept(body.run(from, Math.min(n, from + CHUNK)));
            }
            return;
        }
        List<Future<T>> parts = new ArrayList<>();
        for (int from = 0; from < n; from += CHUNK) {
            int f = from;
            int t = Math.min(n, from + CHUNK);
            parts.add(pool.submit(() -> body.run(f, t)));
        }
        for (Future<T> p : parts) {
            combine.accept(await(p));
        }
    }

    /** A chunk's result; a chunk's runtime exception is rethrown as it was. */
    private static <T> T await(Future<T> part) {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** The number of chunks of a loop over n households; chunk {@code from / CHUNK} covers [from, to). */
    public static int chunks(int n) {
        return (n + CHUNK - 1) / CHUNK;
    }

    public int threads() {
        return threads;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}

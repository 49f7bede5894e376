package townward.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import townward.scenario.Scenario;

/**
 * Runs the replications of a job that are not committed yet, on a pool of workers. Each replication runs on one
 * worker (replications, not years, are the unit of parallel work, which keeps every core busy with no
 * synchronisation) and commits its own result; a replication that throws is committed as failed and the rest go on.
 */
final class Replications {

    /** A case ready to run, or the reason it cannot (a sweep point outside a field's range). */
    record Ready(Scenario scenario, String error) {
    }

    private Replications() {
    }

    /** The (case, replication) pairs not yet committed, replication by replication. */
    static List<int[]> missing(Parts parts, int cases, int runs) {
        List<int[]> todo = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            for (int c = 0; c < cases; c++) {
                if (!parts.committed(c, r)) {
                    todo.add(new int[] {c, r});
                }
            }
        }
        return todo;
    }

    /**
     * Runs {@code todo} with {@code threads} workers.
     *
     * @throws IOException when a result cannot be committed (the job stops; committed work is kept)
     */
    static void run(List<Ready> cases, List<int[]> todo, long masterSeed, Parts parts, int threads, Engine engine,
                    Progress progress) throws IOException {
        if (todo.isEmpty()) {
            return;
        }
        int workers = Math.min(threads, todo.size());
        int perRun = Math.max(1, threads / workers);   // few replications left: let each use the spare cores
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "replication");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int[] task : todo) {
                futures.add(pool.submit(() -> {
                    one(cases.get(task[0]), task[0], task[1], masterSeed, parts, perRun, engine);
                    progress.step();
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } finally {
            pool.shutdownNow();
        }
    }

    private static void one(Ready c, int caseIndex, int rep, long masterSeed, Parts parts, int threads,
                            Engine engine) {
        try {
            if (c.error() != null) {
                parts.fail(caseIndex, rep, c.error());
                return;
            }
            Parts.Recorder recorder = new Parts.Recorder();
            String error = null;
            try {
                engine.run(c.scenario().withSeed(ReplicationSeeds.of(masterSeed, rep)), threads, recorder);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                error = "simulation failed: " + describe(e);
            }
            if (error == null) {
                parts.commit(caseIndex, rep, recorder.finish());
            } else {
                parts.fail(caseIndex, rep, error);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }
}

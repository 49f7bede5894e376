package townward.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import townward.collect.Leftovers;
import townward.collect.OutputFolder;

/**
 * Where a job works and where its results end up. Work happens in a hidden sibling of the results folder,
 * {@code .<name>.partial}, which holds {@code job.json}, copies of the scenario files and the committed
 * replications; the results folder itself appears, complete, only when the job finishes (one rename). A lock file
 * keeps two processes from working on one job, except the shards of a sharded job: they hold it shared (each
 * writes only its own area, {@code shards/I-of-N/}), and merging takes it alone, so it waits for no running shard.
 */
final class JobFolder implements AutoCloseable {

    static final String JOB = "job.json";
    static final String INPUTS = "inputs";
    static final String PARTS = "parts";
    static final String COMPLETE_MARK = "manifest.json";
    static final String SHARDS = "shards";
    static final String LOCK = "lock";
    /** How long a shard that finds the job folder being created waits for its job.json. */
    private static final long JOIN_WAIT_MILLIS = 60_000;

    private final Path target;
    private final Path work;
    private FileChannel lockChannel;
    private FileLock lock;
    private boolean created;

    private JobFolder(Path target) {
        this.target = target;
        this.work = target.resolveSibling("." + target.getFileName() + ".partial");
    }

    /** Writes what a job folder holds from its first moment: {@code job.json} and the copies of the inputs. */
    @FunctionalInterface
    interface Filler {
        void fill(Path dir) throws IOException;
    }

    /**
     * A new job at {@code target}: refused if results or a stopped job are already there. The work folder appears
     * with {@code job.json} and the inputs already in it (written under a hidden temporary name, then renamed), so
     * a stop at any moment leaves either nothing or a job that {@code --resume} can finish.
     */
    static JobFolder create(Path target, Filler filler) throws BatchException {
        JobFolder f = new JobFolder(target.toAbsolutePath().normalize());
        f.refuseOccupied();
        if (Files.exists(f.work, LinkOption.NOFOLLOW_LINKS)) {
            throw new BatchException("a stopped job is at " + f.work + "; finish it with --resume " + target
                    + " or remove it");
        }
        if (!f.populate(filler)) {
            throw new BatchException("a job started at " + f.work + " meanwhile; finish it with --resume " + target);
        }
        f.lock(false);
        f.created = true;
        return f;
    }

    /**
     * The job folder at {@code target} for a shard: created when absent (then {@link #created()}), joined when
     * another shard created it first. Shards hold the lock shared.
     */
    static JobFolder createOrJoin(Path target, Filler filler) throws BatchException {
        JobFolder f = new JobFolder(target.toAbsolutePath().normalize());
        if (complete(f.target)) {
            throw new BatchException(target + " is complete; there is nothing left to run");
        }
        f.refuseOccupied();
        // of shards started together, exactly one rename wins; the others join the job it made
        f.created = !Files.exists(f.work, LinkOption.NOFOLLOW_LINKS) && f.populate(filler);
        if (!f.created) {
            f.awaitJob();
        }
        f.lock(true);
        return f;
    }

    /** Refuses a results folder with something in it; replaces a work folder that never got its job.json. */
    private void refuseOccupied() throws BatchException {
        Leftovers.clean(work.getParent());   // temporary folders of stopped commands beside this one
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !emptyDir(target)) {
            throw new BatchException("output folder " + target + " exists and is not empty; choose another --out");
        }
        if (Files.exists(work, LinkOption.NOFOLLOW_LINKS) && unrecorded()) {
            OutputFolder.deleteTree(work);   // stopped before it was recorded: nothing in it can be finished
        }
    }

    /** Fills a hidden temporary folder and renames it to the work folder; false when one appeared meanwhile. */
    private boolean populate(Filler filler) throws BatchException {
        try {
            Files.createDirectories(work.getParent());
        } catch (IOException e) {
            throw new BatchException("cannot create " + work.getParent() + ": " + OutputFolder.reason(e));
        }
        Path temp = work.resolveSibling(work.getFileName() + ".tmp-" + Long.toHexString(System.nanoTime()));
        try (Leftovers.Held held = Leftovers.hold(temp)) {
            filler.fill(temp);
            held.release();
            Files.move(temp, work, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            OutputFolder.deleteTree(temp);
            if (Files.exists(work, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            throw new BatchException("cannot create " + work + ": " + OutputFolder.reason(e));
        }
    }

    /** A work folder without job.json whose lock nobody holds: left by a version that wrote job.json later. */
    private boolean unrecorded() {
        if (Files.exists(work.resolve(JOB)) || !Files.isDirectory(work, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            lock(false);
            close();
            return true;
        } catch (BatchException held) {
            return false;
        }
    }

    /** The stopped job whose results are to go to {@code target}, held alone. */
    static JobFolder resume(Path target) throws BatchException {
        return resume(target, false);
    }

    /** The stopped job at {@code target}, held shared (a shard) or alone. */
    static JobFolder resume(Path target, boolean shared) throws BatchException {
        JobFolder f = new JobFolder(target.toAbsolutePath().normalize());
        if (!Files.isDirectory(f.work)) {
            throw new BatchException(complete(target)
                    ? target + " is complete; there is nothing to resume"
                    : "no stopped job to resume at " + target + " (looked for " + f.work + ")");
        }
        if (f.unrecorded()) {
            OutputFolder.deleteTree(f.work);
            throw new BatchException("the job at " + target + " was stopped before it was recorded and nothing of "
                    + "it ran; its folder is removed: start it again");
        }
        f.lock(shared);
        return f;
    }

    /** The work folder of the job whose results are to go to {@code target}. */
    static Path workOf(Path target) {
        return new JobFolder(target.toAbsolutePath().normalize()).work;
    }

    private void awaitJob() throws BatchException {
        long deadline = System.currentTimeMillis() + JOIN_WAIT_MILLIS;
        while (!Files.isRegularFile(work.resolve(JOB))) {
            if (System.currentTimeMillis() > deadline) {
                throw new BatchException(work + " has no " + JOB + "; it is not a job folder (remove it, or give "
                        + "another --out)");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BatchException("interrupted while waiting for " + work.resolve(JOB));
            }
        }
    }

    /** True when this process made the folder (and must store the job in it). */
    boolean created() {
        return created;
    }

    /** True when {@code target} holds the finished results of a job. */
    static boolean complete(Path target) {
        return Files.isRegularFile(target.resolve(COMPLETE_MARK));
    }

    Path work() {
        return work;
    }

    Path target() {
        return target;
    }

    Parts parts() {
        return new Parts(work.resolve(PARTS));
    }

    Path shards() {
        return work.resolve(SHARDS);
    }

    private void lock(boolean shared) throws BatchException {
        try {
            lockChannel = FileChannel.open(work.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            lock = lockChannel.tryLock(0, Long.MAX_VALUE, shared);
        } catch (IOException | OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            close();
            throw new BatchException(shared
                    ? "another townward process (not a shard) is working on " + work
                    : Files.isDirectory(work.resolve(SHARDS))
                    ? "a shard or another townward process is still working on " + work + "; wait for it to end"
                    : "another townward process is working on " + work);
        }
    }

    /** Moves the finished work into place and drops the replication files, which runs.csv now holds. */
    Path commit() throws BatchException {
        close();
        try {
            Files.deleteIfExists(work.resolve(LOCK));
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                if (!emptyDir(target)) {
                    throw new BatchException("output folder " + target + " appeared during the job; the finished "
                            + "work stays in " + work);
                }
                Files.delete(target);
            }
            try {
                Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(work, target);
            }
        } catch (IOException e) {
            throw new BatchException("cannot move results into " + target + ": " + OutputFolder.reason(e)
                    + "; the finished work stays in " + work);
        }
        OutputFolder.deleteTree(target.resolve(PARTS));
        OutputFolder.deleteTree(target.resolve(SHARDS));
        return target;
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        }
        lock = null;
        lockChannel = null;
    }

    private static boolean emptyDir(Path p) {
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}

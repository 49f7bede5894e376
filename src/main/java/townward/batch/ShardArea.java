package townward.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import townward.cluster.Shard;
import townward.collect.OutputFolder;

/**
 * A shard's area in a job folder, {@code shards/I-of-N/}, holding the replications that shard committed. Its own
 * lock keeps a rerun of a shard from running beside the original.
 */
final class ShardArea implements AutoCloseable {

    private final Shard shard;
    private final Path root;
    private FileChannel channel;
    private FileLock lock;

    private ShardArea(Shard shard, Path root) {
        this.shard = shard;
        this.root = root;
    }

    /** The area of {@code shard}, created if absent and locked. */
    static ShardArea open(JobFolder folder, Shard shard) throws BatchException {
        ShardArea a = new ShardArea(shard, folder.shards().resolve(shard.area()));
        try {
            Files.createDirectories(a.root);
            a.channel = FileChannel.open(a.root.resolve(JobFolder.LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            a.lock = a.channel.tryLock();
        } catch (OverlappingFileLockException e) {
            a.lock = null;
        } catch (IOException e) {
            a.close();
            throw new BatchException("cannot create " + a.root + ": " + OutputFolder.reason(e));
        }
        if (a.lock == null) {
            a.close();
            throw new BatchException("shard " + shard + " of " + folder.target() + " is already running in another "
                    + "process");
        }
        return a;
    }

    /** The areas present in a job folder, by name; folders not named I-of-N are not areas and are left alone. */
    static List<Shard> present(JobFolder folder) throws BatchException {
        List<Shard> out = new ArrayList<>();
        if (!Files.isDirectory(folder.shards())) {
            return out;
        }
        try (Stream<Path> s = Files.list(folder.shards())) {
            s.filter(Files::isDirectory).map(p -> Shard.ofArea(p.getFileName().toString()))
                    .filter(java.util.Objects::nonNull).sorted(java.util.Comparator.comparingInt(Shard::count)
                            .thenComparingInt(Shard::index)).forEach(out::add);
        } catch (IOException e) {
            throw new BatchException("cannot list " + folder.shards() + ": " + OutputFolder.reason(e));
        }
        return out;
    }

    static Parts parts(JobFolder folder, Shard shard) {
        return new Parts(folder.shards().resolve(shard.area()).resolve(JobFolder.PARTS));
    }

    Shard shard() {
        return shard;
    }

    Path root() {
        return root;
    }

    Parts parts() {
        return new Parts(root.resolve(JobFolder.PARTS));
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        }
        lock = null;
        channel = null;
    }
}

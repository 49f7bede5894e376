package townward.collect;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Hidden temporary folders ({@code .<name>.tmp-<hex>}) and how those of stopped processes are found and removed.
 * A process writing in one holds a lock on its {@code .lock} file; the lock goes with the process, however it
 * ends (kill -9 included), so a folder whose lock can be taken belongs to nobody and is removed by the next
 * command that writes beside it. Stopped batch jobs ({@code .<name>.partial}) are not temporary: they are kept for
 * {@code --resume}.
 */
public final class Leftovers {

    static final String LOCK = ".lock";
    private static final Pattern TEMP = Pattern.compile("\\..+\\.tmp-[0-9a-f]+");
    /** A non-empty folder without a lock file is this old before it counts as left over (an older version's). */
    private static final Duration UNLOCKED_AGE = Duration.ofMinutes(10);

    private Leftovers() {
    }

    /** The lock of a temporary folder being written; {@link #release} before the folder is renamed into place. */
    public static final class Held implements AutoCloseable {
        private final Path lockFile;
        private FileChannel channel;
        private FileLock lock;

        private Held(Path lockFile, FileChannel channel, FileLock lock) {
            this.lockFile = lockFile;
            this.channel = channel;
            this.lock = lock;
        }

        /** Unlocks and deletes the lock file, so the folder holds only its content. */
        public void release() throws IOException {
            if (channel != null) {
                lock.release();
                channel.close();
                channel = null;
                lock = null;
            }
            Files.deleteIfExists(lockFile);
        }

        @Override
        public void close() {
            try {
                release();
            } catch (IOException ignored) {
                // the lock goes with the process anyway
            }
        }
    }

    /** Creates {@code dir} (which must not exist) and holds its lock. */
    public static Held hold(Path dir) throws IOException {
        Files.createDirectory(dir);
        Path lockFile = dir.resolve(LOCK);
        FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            ch.close();
            throw e instanceof IOException io ? io : new IOException("cannot lock " + lockFile);
        }
        if (lock == null) {
            ch.close();
            throw new IOException("cannot lock " + lockFile);
        }
        return new Held(lockFile, ch, lock);
    }

    /** Removes the temporary folders of stopped processes in {@code folder}; returns those removed. */
    public static List<Path> clean(Path folder) {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return removed;
        }
        List<Path> candidates;
        try (Stream<Path> s = Files.list(folder)) {
            candidates = s.filter(p -> TEMP.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
        } catch (IOException | RuntimeException e) {
            return removed;
        }
        for (Path p : candidates) {
            if (abandoned(p)) {
                OutputFolder.deleteTree(p);
                if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                    removed.add(p);
                }
            }
        }
        return removed;
    }

    /** {@link #clean} in a results root and in each scenario folder of it. */
    public static List<Path> cleanRoot(Path root) {
        List<Path> removed = new ArrayList<>(clean(root));
        if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> s = Files.list(root)) {
                s.filter(p -> !p.getFileName().toString().startsWith("."))
                        .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                        .forEach(p -> removed.addAll(clean(p)));
            } catch (IOException | RuntimeException ignored) {
                // best effort: nothing is removed that could still be in use
            }
        }
        return removed;
    }

    private static boolean abandoned(Path dir) {
        Path lockFile = dir.resolve(LOCK);
        if (!Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isEmpty()) {
                    // stopped between making the folder and its lock (a creator still in that instant fails
                    // cleanly when it cannot make the lock)
                    return true;
                }
                FileTime t = Files.getLastModifiedTime(dir, LinkOption.NOFOLLOW_LINKS);
                return t.toInstant().isBefore(Instant.now().minus(UNLOCKED_AGE));
            } catch (IOException e) {
                return false;
            }
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) {
                return false;
            }
            l.release();
            return true;
        } catch (IOException | OverlappingFileLockException e) {
            return false;   // held, here or by another process
        }
    }
}

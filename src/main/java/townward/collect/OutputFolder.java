package townward.collect;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A run's output folder, written in full to a hidden temporary sibling ({@code .<name>.tmp-<hex>}) and renamed into
 * place only by {@link #commit()}. {@link #close()} without a commit deletes the temporary folder and any parent
 * folders this object created, so a failed run leaves nothing behind and never overwrites anything.
 */
public final class OutputFolder implements AutoCloseable {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_NAME_ATTEMPTS = 5;

    private final Path target;       // absolute, normalized
    private final boolean fixedName; // --out: the exact name, never an alternative
    private final Path temp;
    private final List<Path> createdParents;
    private final Leftovers.Held held;
    private Path finalPath;
    private boolean committed;

    private OutputFolder(Path target, boolean fixedName, Path temp, List<Path> createdParents, Leftovers.Held held) {
        this.target = target;
        this.fixedName = fixedName;
        this.temp = temp;
        this.createdParents = createdParents;
        this.held = held;
    }

    /**
     * Output to exactly {@code dir}: refused if it exists and is not an empty folder.
     *
     * @throws OutputException with a one-line message
     */
    public static OutputFolder exact(Path dir) throws OutputException {
        Path target = dir.toAbsolutePath().normalize();
        if (target.getParent() == null) {
            throw new OutputException("cannot use " + dir + " as output folder");
        }
        refuseIfOccupied(dir, target);
        return open(target, true);
    }

    /** Output to {@code root/<scenario>/<yyyyMMdd-HHmmss>-<8 hex>}, {@code hex} derived from {@code seed}. */
    public static OutputFolder timestamped(Path root, String scenarioName, LocalDateTime start, byte[] seed)
            throws OutputException {
        return open(scenarioFolder(root, scenarioName).resolve(defaultName(start, seed)), false);
    }

    /**
     * {@code root/<scenario>}, refused when the name would put it anywhere else (the loader allows no such name;
     * this guards every caller all the same).
     */
    public static Path scenarioFolder(Path root, String scenarioName) throws OutputException {
        Path base = root.toAbsolutePath().normalize();
        Path parent = base.resolve(scenarioName).normalize();
        if (!base.equals(parent.getParent())) {
            throw new OutputException("scenario name \"" + scenarioName + "\" would write outside " + root
                    + "; give the scenario a name of letters, digits, '.', '_' or '-'");
        }
        return parent;
    }

    /** {@code yyyyMMdd-HHmmss-<8 hex>}, the hex from a hash of {@code seed} and fresh randomness. */
    public static String defaultName(LocalDateTime start, byte[] seed) {
        return STAMP.format(start) + "-" + hex8(seed);
    }

    private static String hex8(byte[] seed) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            if (seed != null) {
                digest.update(seed);
            }
            byte[] salt = new byte[16];
            RANDOM.nextBytes(salt);
            digest.update(salt);
            digest.update(Long.toString(System.nanoTime()).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest.digest(), 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void refuseIfOccupied(Path asGiven, Path target) throws OutputException {
        if (Files.isDirectory(target)) {
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new OutputException("output folder " + asGiven + " exists and is not empty; "
                            + "choose another --out or remove it");
                }
            } catch (IOException e) {
                throw new OutputException("cannot read output folder " + asGiven + ": " + reason(e));
            }
        } else if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputException("output path " + asGiven + " exists and is not a folder");
        }
    }

    private static OutputFolder open(Path target, boolean fixedName) throws OutputException {
        Path parent = target.getParent();
        List<Path> created = new ArrayList<>();
        try {
            for (Path p = parent; p != null && !Files.exists(p); p = p.getParent()) {
                created.add(0, p);
            }
            for (Path p : created) {
                Files.createDirectory(p);
            }
            Leftovers.clean(parent);   // temporary folders of stopped runs beside this one
            Path temp = parent.resolve("." + target.getFileName() + ".tmp-" + hex8(null));
            return new OutputFolder(target, fixedName, temp, created, Leftovers.hold(temp));
        } catch (IOException | SecurityException e) {
            deleteEmptyParents(created);
            String why = e instanceof java.nio.file.FileSystemException f && f.getReason() != null
                    ? f.getReason().toLowerCase(java.util.Locale.ROOT) : reason(e);
            throw new OutputException("cannot write output folder " + target + ": " + why);
        }
    }

    /** The name a folder will have once committed: that of {@code .<name>.tmp-<hex>} is {@code <name>}. */
    public static String visibleName(Path dir) {
        Path n = dir.toAbsolutePath().normalize().getFileName();
        String s = n == null ? "" : n.toString();
        return s.matches("\\..+\\.tmp-[0-9a-f]{8}") ? s.substring(1, s.lastIndexOf(".tmp-")) : s;
    }

    /** The temporary folder to write into. */
    public Path dir() {
        return temp;
    }

    /** The folder the output will have (or has, after commit). */
    public Path target() {
        return finalPath != null ? finalPath : target;
    }

    /** Renames the temporary folder into place; never replaces a non-empty folder. */
    public Path commit() throws OutputException {
        Path dest = target;
        for (int attempt = 1; ; attempt++) {
            try {
                if (fixedName) {
                    refuseIfOccupied(dest, dest);
                } else if (Files.exists(dest, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileAlreadyExistsException(dest.toString());
                }
                held.release();   // the lock file is not part of the results
                move(temp, dest);
                finalPath = dest;
                committed = true;
                return dest;
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                if (fixedName || attempt >= MAX_NAME_ATTEMPTS) {
                    throw new OutputException("output folder " + dest + " appeared during the run; "
                            + "results not written");
                }
                String name = target.getFileName().toString();
                dest = target.resolveSibling(name.substring(0, name.lastIndexOf('-') + 1) + hex8(null));
            } catch (IOException | SecurityException e) {
                throw new OutputException("cannot move results into " + dest + ": " + reason(e));
            }
        }
    }

    /**
     * On Linux, rename(2) of a directory fails if the target is a non-empty directory or a file, and atomically
     * replaces an empty directory; without atomic move support, {@link Files#move} refuses any existing target.
     */
    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            if (Files.isDirectory(to, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(to);   // only an empty folder can be deleted; a non-empty one throws
            }
            Files.move(from, to);
        }
    }

    /** Deletes the temporary folder (and parents created for it) unless committed. Never throws. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        held.close();
        deleteTree(temp);
        deleteEmptyParents(createdParents);
    }

    /** Deletes a folder and everything in it, as far as it can; never throws. */
    public static void deleteTree(Path root) {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: reported below if the folder survives
                }
            });
        } catch (IOException | RuntimeException ignored) {
            // best effort
        }
    }

    private static void deleteEmptyParents(List<Path> created) {
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(created.get(i));
            } catch (IOException ignored) {
                return;   // not empty (someone else wrote there) or not ours to delete any more
            }
        }
    }

    /** A short human reason for an I/O failure. */
    public static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " already exists and is not a folder";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            String where = f.getFile() == null ? "" : f.getFile() + ": ";
            return where + f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** An output folder problem, with a message fit for the user. */
    public static final class OutputException extends Exception {
        private static final long serialVersionUID = 1L;

        public OutputException(String message) {
            super(message);
        }
    }
}

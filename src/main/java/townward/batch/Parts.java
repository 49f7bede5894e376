package townward.batch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import townward.model.MetricSink;

/**
 * The committed replications of a batch: {@code parts/<case>/<replication>.bin.gz} holds a finished replication's
 * rows, {@code <replication>.failed} the error of a failed one. Each file is written under a temporary name and
 * renamed into place, so a replication is either wholly committed or absent, whenever the process stops.
 */
final class Parts {

    private static final String OK = ".bin.gz";
    private static final String FAILED = ".failed";
    private static final String TEMP = ".tmp";

    private final Path root;

    Parts(Path root) {
        this.root = root;
    }

    /** Removes temporary files a stopped process left behind. */
    void cleanTemps() throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(p -> p.getFileName().toString().endsWith(TEMP))::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    boolean succeeded(int c, int r) {
        return Files.isRegularFile(file(c, r, OK));
    }

    boolean committed(int c, int r) {
        return succeeded(c, r) || Files.isRegularFile(file(c, r, FAILED));
    }

    Optional<String> failure(int c, int r) {
        Path f = file(c, r, FAILED);
        try {
            return Files.isRegularFile(f) ? Optional.of(Files.readString(f, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    void commit(int c, int r, byte[] rows) throws IOException {
        write(file(c, r, OK), rows);
    }

    void fail(int c, int r, String message) throws IOException {
        write(file(c, r, FAILED), message.getBytes(StandardCharsets.UTF_8));
    }

    /** Moves a committed replication (succeeded or failed) into {@code to}; a rename, so all or nothing. */
    void moveTo(int c, int r, Parts to) throws IOException {
        for (String suffix : new String[] {OK, FAILED}) {
            Path f = file(c, r, suffix);
            if (Files.isRegularFile(f)) {
                Path dest = to.file(c, r, suffix);
                Files.createDirectories(dest.getParent());
                try {
                    Files.move(f, dest, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(f, dest);
                }
            }
        }
    }

    /** Streams a committed replication's rows in recorded order. */
    void read(int c, int r, Row.Consumer to) {
        Path f = file(c, r, OK);
        try (InputStream raw = Files.newInputStream(f);
             DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16)))) {
            int rows = in.readInt();
            for (int i = 0; i < rows; i++) {
                to.accept(in.readInt(), in.readUTF(), in.readUTF(), in.readDouble());
            }
        } catch (EOFException e) {
            throw new UncheckedIOException("replication file " + f + " is truncated", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    private Path file(int c, int r, String suffix) {
        return root.resolve(Integer.toString(c)).resolve(r + suffix);
    }

    private static void write(Path f, byte[] bytes) throws IOException {
        Files.createDirectories(f.getParent());
        Path tmp = f.resolveSibling(f.getFileName() + TEMP);
        Files.write(tmp, bytes);
        try {
            Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, f);
        }
    }

    /** Collects one replication's rows, compressed, ready for {@link #commit}. */
    static final class Recorder implements MetricSink {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        private final ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 16);
        private final DataOutputStream out = new DataOutputStream(body);
        private int rows;

        @Override
        public synchronized void record(int year, String place, String metric, double value) {
            try {
                out.writeInt(year);
                out.writeUTF(place);
                out.writeUTF(metric);
                out.writeDouble(value);
                rows++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);   // a byte array does not fail
            }
        }

        synchronized byte[] finish() throws IOException {
            out.flush();
            try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            }; DataOutputStream head = new DataOutputStream(gz)) {
                head.writeInt(rows);
                body.writeTo(head);
            }
            return bytes.toByteArray();
        }
    }
}

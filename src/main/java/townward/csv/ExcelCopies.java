package townward.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code --excel}: copies of a results folder's CSV files with a UTF-8 byte-order mark in {@code excel/}, which
 * Excel and LibreOffice need to read Chinese names on a Chinese Windows (they otherwise take the file as GBK).
 * The originals stay without one, as R's {@code read.csv} and other tools expect.
 */
public final class ExcelCopies {

    public static final String FOLDER = "excel";

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ExcelCopies() {
    }

    /** Writes {@code dir/excel/NAME} for each name that exists in {@code dir}; the folder appears complete. */
    public static Path write(Path dir, String... names) throws IOException {
        Path target = dir.resolve(FOLDER);
        Path temp = Files.createTempDirectory(dir, "." + FOLDER + ".tmp-");
        try {
            for (String name : names) {
                Path from = dir.resolve(name);
                if (!Files.isRegularFile(from)) {
                    continue;
                }
                try (InputStream in = Files.newInputStream(from);
                     OutputStream out = Files.newOutputStream(temp.resolve(name))) {
                    out.write(BOM);
                    in.transferTo(out);
                }
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } finally {
            if (Files.exists(temp)) {
                try (var s = Files.list(temp)) {
                    for (Path p : s.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(temp);
            }
        }
    }
}

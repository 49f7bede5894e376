package townward.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import townward.collect.OutputFolder;
import townward.scenario.Limits;

/** Checks and reads scenario files with one-line messages. */
final class ScenarioFiles {

    private ScenarioFiles() {
    }

    static void requireReadable(Path file) throws CliException {
        if (!Files.exists(file)) {
            throw new CliException("no such file");
        }
        if (Files.isDirectory(file)) {
            throw new CliException("is a folder, not a scenario file");
        }
        if (!Files.isRegularFile(file)) {
            // by its type, without opening it: a pipe would block and a device never end
            throw new CliException("is not a regular file (a pipe, device or socket); expected a scenario file");
        }
        if (!Files.isReadable(file)) {
            throw new CliException("cannot read: permission denied");
        }
        try {
            if (Files.size(file) > Limits.FILE_BYTES) {
                throw new CliException("is larger than a scenario file may be (" + (Limits.FILE_BYTES >> 20)
                        + " MiB)");
            }
        } catch (IOException e) {
            throw new CliException("cannot read: " + OutputFolder.reason(e));
        }
    }

    static byte[] read(Path file) throws CliException {
        try {
            requireReadable(file);
            try (InputStream in = Files.newInputStream(file)) {
                byte[] b = in.readNBytes((int) Limits.FILE_BYTES + 1);
                if (b.length > Limits.FILE_BYTES) {
                    throw new CliException("is larger than a scenario file may be (" + (Limits.FILE_BYTES >> 20)
                            + " MiB)");
                }
                return b;
            }
        } catch (CliException e) {
            throw new CliException("scenario " + file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new CliException("cannot read scenario " + file + ": " + OutputFolder.reason(e));
        }
    }
}

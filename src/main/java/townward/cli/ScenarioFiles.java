package townward.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import townward.collect.OutputFolder;

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
        if (!Files.isReadable(file)) {
            throw new CliException("cannot read: permission denied");
        }
    }

    static byte[] read(Path file) throws CliException {
        try {
            requireReadable(file);
            return Files.readAllBytes(file);
        } catch (CliException e) {
            throw new CliException("scenario " + file + ": " + e.getMessage());
        } catch (IOException | OutOfMemoryError e) {
            throw new CliException("cannot read scenario " + file + ": "
                    + (e instanceof IOException io ? OutputFolder.reason(io) : "file too large"));
        }
    }
}

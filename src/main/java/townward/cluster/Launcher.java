package townward.cluster;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How a script starts this same townward: {@code -jar} with the jar this process runs from, or, when it runs
 * from classes (tests, an IDE), {@code -cp} with its class path and the main class.
 */
public final class Launcher {

    private Launcher() {
    }

    /** java's arguments before townward's own, e.g. {@code [-jar, /opt/townward/townward.jar]}. */
    public static List<String> of(Class<?> main) {
        Path from = null;
        try {
            from = Path.of(main.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            // no code source: fall back on the class path
        }
        if (from != null && Files.isRegularFile(from) && from.toString().endsWith(".jar")) {
            return List.of("-jar", from.toAbsolutePath().normalize().toString());
        }
        List<String> cp = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty()) {
                cp.add(Path.of(entry).toAbsolutePath().normalize().toString());
            }
        }
        return List.of("-cp", String.join(java.io.File.pathSeparator, cp), main.getName());
    }
}

package townward.collect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * {@code manifest.json}: what was run, with what, and how long it took; {@code startRescale} (may be null) what
 * the start calibration did to the urban places.
 */
public record Manifest(
        String townwardVersion,
        String gitCommit,
        String scenarioFile,
        String scenarioSha256,
        String scenarioName,
        long seed,
        double scale,
        int threads,
        int startYear,
        int endYear,
        List<String> sets,
        double wallTimeSeconds,
        String javaVersion,
        OffsetDateTime startedAt,
        StartRescale startRescale) {

    public static final String FILE_NAME = "manifest.json";

    /** Used when not running from the built jar (no Maven pom.properties on the class path). */
    public static final String UNKNOWN_VERSION = "dev";

    public Manifest {
        sets = List.copyOf(sets);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("townward_version", townwardVersion);
        m.put("git_commit", gitCommit);
        m.put("scenario_file", scenarioFile);
        m.put("scenario_sha256", scenarioSha256);
        m.put("scenario_name", scenarioName);
        m.put("seed", seed);
        m.put("scale", scale);
        m.put("threads", threads);
        m.put("start_year", startYear);
        m.put("end_year", endYear);
        m.put("sets", sets);
        m.put("wall_time_seconds", Math.round(wallTimeSeconds * 1000) / 1000.0);
        m.put("java_version", javaVersion);
        m.put("started_at", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(startedAt));
        if (startRescale != null) {
            m.put("start_calibration", startRescale.toMap());
        }
        return m;
    }

    public void write(Path dir) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(dir.resolve(FILE_NAME).toFile(), toMap());
    }

    /** The version Maven records in the jar ({@code META-INF/maven/townward/townward/pom.properties}). */
    public static String currentVersion() {
        try (InputStream in = Manifest.class.getResourceAsStream("/META-INF/maven/townward/townward/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.isBlank()) {
                    return v.trim();
                }
            }
        } catch (IOException ignored) {
            // fall through
        }
        String v = Manifest.class.getPackage().getImplementationVersion();
        return v != null ? v : UNKNOWN_VERSION;
    }

    /** {@code git rev-parse HEAD} in the working directory, or null when unavailable. */
    public static String currentGitCommit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "HEAD")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readNBytes(200), StandardCharsets.US_ASCII).trim();
            }
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 && out.matches("[0-9a-f]{40,64}") ? out : null;
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

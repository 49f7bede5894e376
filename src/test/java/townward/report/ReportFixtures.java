package townward.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine;
import townward.cli.Main;

/**
 * Small results folders of the example scenario, made once per test JVM under {@code target/report-test}: a run, a
 * batch, a comparison (the example against itself without the industrial park), a Sobol sweep and a one-at-a-time
 * sweep, each with its report written by the command's {@code --report} flag or by {@link Report#write}.
 */
final class ReportFixtures {

    static final Path ROOT = Path.of("target", "report-test");
    static final String SCALE = "scale=0.05";
    private static boolean made;

    private ReportFixtures() {
    }

    /** Runs a townward command in-process; fails the test on a non-zero exit. */
    static String townward(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(new Main());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        assertEquals(0, code, () -> "townward " + String.join(" ", args) + " failed:\n" + out + err);
        return out.toString();
    }

    static synchronized void make() {
        if (made) {
            return;
        }
        try {
            townward.collect.OutputFolder.deleteTree(ROOT);
            Files.createDirectories(ROOT);
            String example = Files.readString(Path.of("scenarios", "example.yaml"), StandardCharsets.UTF_8);
            int from = example.indexOf("  - lever: industrial_park");
            int to = example.indexOf("  - lever: skills_training");
            String noPark = example.substring(0, from) + example.substring(to);
            noPark = noPark.replaceFirst("(?m)^name: example\\b", "name: example-no-park");
            Path noParkFile = ROOT.resolve("example-no-park.yaml");
            Files.writeString(noParkFile, noPark, StandardCharsets.UTF_8);
            townward("run", "scenarios/example.yaml", "--set", SCALE, "--threads", "2", "--out", dir("run").toString(),
                    "--report", "--report-lang", "en");
            townward("batch", "scenarios/example.yaml", "--runs", "4", "--set", SCALE, "--threads", "2", "-q",
                    "--out", dir("batch").toString(), "--report");
            townward("compare", "scenarios/example.yaml", noParkFile.toString(), "--runs", "3", "--set", SCALE,
                    "--threads", "2", "-q", "--out", dir("compare").toString());
            Report.write(dir("compare"), Lang.BOTH, null);
            townward("sweep", "scenarios/example.yaml", "--design", "sobol", "--samples", "4", "--vary",
                    "policies[0].posts_per_year=0:1200", "--vary", "economy.wage_growth=0.03:0.09", "--runs", "1",
                    "--set", SCALE, "--threads", "2", "-q", "--out", dir("sobol").toString(), "--report", "--report-lang=zh");
            townward("sweep", "scenarios/example.yaml", "--design", "oat", "--vary",
                    "policies[0].posts_per_year=0:1200", "--vary", "economy.wage_growth=0.03:0.09", "--runs", "2",
                    "--set", SCALE, "--threads", "2", "-q", "--out", dir("oat").toString(), "--report");
            made = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path dir(String name) {
        return ROOT.resolve(name);
    }

    static Path report(String name) {
        return dir(name).resolve(Report.FOLDER);
    }
}

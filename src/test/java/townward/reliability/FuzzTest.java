package townward.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townward.cli.Main;

/**
 * Mutations of every shipped scenario through {@code townward validate}, as a user runs it: exit 0 or 1, no
 * stack trace, no library internals, every message on one readable line and located (file with line and column,
 * or a field path, or a file-level problem of the file itself), every rejection in under a second. A sample runs
 * in the default suite; {@code -Dtownward.fuzz=10000} runs the full profile.
 */
class FuzzTest {

    static final int COUNT = Integer.getInteger("townward.fuzz", 240);
    static final Pattern LOCATED = Pattern.compile("^.+?:([1-9]\\d*):(\\d+): .+");
    /** A field path, or the --set that the problem is in (the command line has no lines). */
    static final Pattern FIELD = Pattern.compile("^(--set: .+|.+?: [A-Za-z_][\\w.\\[\\]-]*: .+)");
    static final Pattern INTERNALS = Pattern.compile(
            "(?i).*(\\tat |exception|jackson|snakeyaml|org\\.yaml|com\\.fasterxml|java\\.|`|constraints|"
                    + "readfeature|\\bnull\\b pointer).*");
    static final List<String> FILE_LEVEL = List.of("no such file", "is a folder", "is a directory",
            "not a regular file", "larger than a scenario file", "a scenario file may be at most", "the file is empty",
            "cannot read", "more problem(s) not shown");

    @TempDir
    Path tmp;

    @Test
    void everyMutationIsLoadedOrRefusedCleanly() throws Exception {
        Mutants mutants = new Mutants(Long.getLong("townward.fuzz.seed", 20261203L));
        Path fifo = tmp.resolve("fifo.yaml");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        boolean haveFifo = mk.waitFor(5, TimeUnit.SECONDS) && mk.exitValue() == 0;
        // class loading and JIT first: the limit is on what an input costs, not on a cold start
        for (int i = 0; i < 3; i++) {
            validate(Path.of("scenarios/bench-1m.yaml"), List.of());
            validate(Files.writeString(tmp.resolve("warm.yaml"), Files.readString(Path.of("scenarios/bench-1m.yaml"))
                    .repeat(12)), List.of());   // just under the size limit
        }

        Map<String, List<String>> failures = new LinkedHashMap<>();
        for (String a : List.of("exit 0 or 1", "no stack trace or library internals", "one readable line",
                "located", "rejected in under 1 s")) {
            failures.put(a, new ArrayList<>());
        }
        int accepted = 0;
        double slowest = 0;
        String slowestWhat = "";
        for (int i = 0; i < COUNT; i++) {
            Mutants.Mutant m = mutants.next(i);
            Path file = switch (m.special() == null ? "" : m.special()) {
                case "" -> Files.write(tmp.resolve(i % 7 + "-" + m.name()), m.bytes());
                case "DIR" -> Files.createDirectories(tmp.resolve("dir-" + i));
                case "FIFO" -> haveFifo ? fifo : tmp.resolve("missing.yaml");
                case "MISSING" -> tmp.resolve("missing-" + i + ".yaml");
                default -> Path.of(m.special());
            };
            if (m.special() != null && m.special().startsWith("/") && !Files.exists(file)) {
                continue;
            }
            long t0 = System.nanoTime();
            Run r = validate(file, m.sets());
            double s = (System.nanoTime() - t0) / 1e9;
            String what = i + " (" + m.what() + ")";
            if (r.code == 0) {
                accepted++;
            } else if (s > slowest) {
                slowest = s;
                slowestWhat = what;
            }
            if (r.code != 0 && r.code != 1) {
                failures.get("exit 0 or 1").add(what + ": " + r.code);
            }
            if (r.code == 1 && s >= 1.0) {
                failures.get("rejected in under 1 s").add(what + ": " + s + " s");
            }
            if (r.code == 1 && r.err.isBlank()) {
                failures.get("located").add(what + ": no message");
            }
            for (String line : r.err.lines().toList()) {
                String shown = line.length() > 300 ? line.substring(0, 300) + "..." : line;
                if (INTERNALS.matcher(line).matches()) {
                    failures.get("no stack trace or library internals").add(what + ": " + shown);
                }
                if (line.length() > 700) {
                    failures.get("one readable line").add(what + ": " + line.length() + " chars: " + shown);
                }
                boolean fileLevel = line.startsWith(file + ": ") && FILE_LEVEL.stream().anyMatch(line::contains);
                if (!LOCATED.matcher(line).matches() && !FIELD.matcher(line).matches() && !fileLevel) {
                    failures.get("located").add(what + ": " + shown);
                }
            }
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "fuzz: %d mutations of %d shipped scenarios, %d accepted, %d refused; slowest refusal %.3f s (%s)%n",
                COUNT, mutants.shipped(), accepted, COUNT - accepted, slowest, slowestWhat));
        failures.forEach((k, v) -> report.append(String.format(Locale.ROOT, "  %-40s %d failures%s%n", k, v.size(),
                v.isEmpty() ? "" : "; first: " + String.join(" | ", v.subList(0, Math.min(3, v.size()))))));
        System.out.print(report);
        assertTrue(failures.values().stream().allMatch(List::isEmpty), report.toString());
        assumeTrue(COUNT >= 100);
        assertTrue(accepted > 0 && accepted < COUNT, "mutations too mild or too harsh: " + accepted);
    }

    record Run(int code, String out, String err) {
    }

    private static Run validate(Path file, List<String> sets) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of("validate", file.toString()));
        sets.forEach(s -> {
            args.add("--set");
            args.add(s);
        });
        int code = Main.commandLine(new Main()).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void theProfileSizeIsWhatWasAskedFor() {
        assertEquals(Integer.getInteger("townward.fuzz", 240), COUNT);
    }
}

package townward.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import picocli.CommandLine;
import townward.scenario.Scenario;
import townward.scenario.ScenarioException;
import townward.scenario.Targets;
import townward.scenario.ValidationError;

/** Runs commands in-process with captured System.out/err and fakes for the loader and the model. */
final class CliHarness {

    record Result(int code, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    private CliHarness() {
    }

    /** Like the launcher: {@code new CommandLine(main).execute(args)}, capturing the standard streams. */
    static Result exec(Main main, String... args) {
        return capture(() -> new CommandLine(main).execute(args));
    }

    /** With the error handlers installed by {@link Main#main}. */
    static Result execWithHandlers(Main main, String... args) {
        return capture(() -> Main.commandLine(main).execute(args));
    }

    private static Result capture(java.util.function.IntSupplier body) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = body.getAsInt();
            System.out.flush();
            System.err.flush();
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** A runner that writes three years of plausible metrics. */
    static ScenarioRunner fakeModel() {
        return (s, threads, sink) -> {
            for (int y = s.startYear(); y <= s.endYear(); y++) {
                int i = y - s.startYear();
                sink.record(y, "region", "urbanization_rate", 0.5 + 0.025 * i);
                sink.record(y, "region", "movers", 100 + i);
                sink.record(y, "region", "urban_residents_added", 250.5);
                sink.record(y, "Dong,shan", "population", 1000 * (i + 1));
            }
        };
    }

    /** A runner that records a few metrics, then fails. */
    static ScenarioRunner failingModel() {
        return (s, threads, sink) -> {
            sink.record(s.startYear(), "region", "urbanization_rate", 0.5);
            sink.record(s.startYear(), "region", "movers", 3);
            throw new IllegalStateException("boom in year " + s.startYear());
        };
    }

    /**
     * A loader that accepts any readable file unless it contains "invalid"; applies seed, scale, start_year and
     * end_year overrides so that tests can see them.
     */
    static ScenarioSource fakeLoader() {
        return new ScenarioSource() {
            @Override
            public Scenario load(Path file, List<String> sets) throws ScenarioException {
                String text;
                try {
                    text = Files.readString(file);
                } catch (IOException e) {
                    throw new ScenarioException(List.of(new ValidationError(file.toString(), 0, 0, "", "unreadable")));
                }
                if (text.contains("invalid")) {
                    throw new ScenarioException(List.of(
                            new ValidationError(file.toString(), 2, 1, "start_year", "expected an integer"),
                            new ValidationError(file.toString(), 3, 1, "places", "required")));
                }
                long seed = 1;
                double scale = 1.0;
                int start = 2024;
                int end = 2026;
                List<ValidationError> errors = new ArrayList<>();
                for (String set : sets) {
                    String[] kv = set.split("=", 2);
                    try {
                        switch (kv[0]) {
                            case "seed" -> seed = Long.parseLong(kv[1]);
                            case "scale" -> scale = Double.parseDouble(kv[1]);
                            case "start_year" -> start = Integer.parseInt(kv[1]);
                            case "end_year" -> end = Integer.parseInt(kv[1]);
                            default -> { }
                        }
                    } catch (NumberFormatException e) {
                        errors.add(new ValidationError("--set", 0, 0, kv[0], "not a number: " + kv[1]));
                    }
                }
                if (!errors.isEmpty()) {
                    throw new ScenarioException(errors);
                }
                Targets targets = Targets.of(Map.of("urbanization_rate", Map.of(2026, 0.52),
                        "urban_residents_added_per_year", Map.of(2025, 300.0)),
                        List.of(Targets.PlaceTarget.of("Dong,shan", Map.of("population", Map.of(2026, 2500.0)))));
                return new Scenario("demo", "Demo", "", start, end, seed, scale, null, null, null, null, List.of(), null,
                        List.of(), List.of(), List.of(), targets);
            }

            @Override
            public String toResolvedYaml(Scenario scenario) {
                return "name: " + scenario.name() + "\nseed: " + scenario.seed() + "\n";
            }

            @Override
            public List<String> warnings(Path file, List<String> sets, Scenario scenario) {
                return List.of();   // the fake files are no scenarios; ScenarioWarningsTest checks the warnings
            }
        };
    }

    /** Every entry under {@code dir}, hidden ones included, relative and sorted. */
    static List<String> tree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    static void assertNoStackTrace(Result r) {
        String all = r.out() + r.err();
        if (all.contains("Exception") || all.contains("\tat ") || all.contains("at townward.")
                || all.contains("at picocli.")) {
            throw new AssertionError("stack trace or exception name printed:\n" + all);
        }
    }
}

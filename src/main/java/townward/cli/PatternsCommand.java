package townward.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import townward.batch.BatchException;
import townward.patterns.DataRows;
import townward.patterns.PatternCatalogue;
import townward.patterns.PatternException;
import townward.patterns.PatternRuns;
import townward.patterns.PatternTable;
import townward.scenario.ScenarioException;

/** {@code townward patterns}: the calibration scenarios against the patterns of MODEL.md 12.1. */
@Command(name = "patterns",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeOnInvalidInput = 1,
        exitCodeOnExecutionException = 1,
        description = {
            "Runs the calibration scenarios (scenarios/calibration/) that the requested patterns need, N"
                    + " replications each seeded as townward batch seeds them, and prints one row per pattern, year"
                    + " and item of MODEL.md 12.1: observed (from data/), simulated mean and 5-95 %%, tolerance,"
                    + " H or S, and pass (H within the tolerance, S within twice it). Rows whose scenario or metric"
                    + " the model lacks yet are listed with pass n/a. Nothing is written to disk.",
            "About 75 s for every pattern with the default 4 replications on 2 cores (seven scenarios, most of about"
                    + " 4,000 households; hunan-2010, about 60,000, takes most of the time).",
            "A failed pattern is a finding, not an error: the exit status is 0 when the scenarios ran."},
        footerHeading = "%nExit status:%n",
        footer = {"  0  the scenarios ran", "  1  invalid options, a missing data/ row, or a simulation error"})
public final class PatternsCommand implements Callable<Integer> {

    private static final Path SCENARIOS = Path.of("scenarios", "calibration");
    private static final Path DATA = Path.of("data");

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "4",
            description = "replications per scenario (default ${DEFAULT-VALUE}, as the calibration's evaluations)")
    int runs;

    @Option(names = "--format", paramLabel = "F", defaultValue = "text",
            description = "text, md (a Markdown table, as in the README) or csv; default ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--only", paramLabel = "IDS", split = ",",
            description = "only these patterns, e.g. --only P17,P23 (default: all)")
    List<String> only = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "T",
            description = "replications run at once (default: the number of available processors)")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "no progress output on stderr")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (!List.of("text", "md", "csv").contains(format)) {
                throw new CliException("--format: expected text, md or csv, got " + format);
            }
            if (runs < 1) {
                throw new CliException("--runs must be at least 1, got " + runs);
            }
            int t = ScenarioOptions.threads(threads);
            PatternCatalogue catalogue = PatternCatalogue.load(DataRows.in(DATA));
            Set<String> ids = ids(catalogue);
            PatternTable table = new PatternTable(PatternRuns.judge(catalogue.only(ids),
                    new PatternRuns.Settings(SCENARIOS, runs, t, quiet, main.runner()::run,
                            (file, sets) -> main.source().load(file, sets), BatchExecution.stderr(err))));
            out.print(switch (format) {
                case "md" -> table.markdown();
                case "csv" -> table.csv();
                default -> table.text() + table.tally() + "\n";
            });
            out.flush();
            return 0;
        } catch (ScenarioException e) {
            Main.reportInvalid(err, SCENARIOS, e);
            return 1;
        } catch (CliException | PatternException | BatchException e) {
            err.println("townward: " + e.getMessage());
            err.flush();
            return 1;
        } catch (RuntimeException | OutOfMemoryError e) {
            Main.report(err, e);
            return 1;
        }
    }

    private Set<String> ids(PatternCatalogue catalogue) throws CliException {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : only) {
            String p = id.trim().toUpperCase(java.util.Locale.ROOT);
            if (!catalogue.ids().contains(p)) {
                throw new CliException("--only: unknown pattern '" + id.trim() + "'; valid: "
                        + String.join(",", catalogue.ids()));
            }
            ids.add(p);
        }
        return ids;
    }
}

package townward.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import townward.batch.Job;
import townward.batch.SweepPlan;
import townward.scenario.Scenario;
import townward.scenario.ScenarioException;
import townward.scenario.ValidationError;

/** {@code townward sweep SCENARIO --vary PATH=...}: a design over scenario fields, with sensitivity indices. */
@Command(name = "sweep",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeOnInvalidInput = 1,
        exitCodeOnExecutionException = 1,
        description = {
            "Varies numeric scenario fields over a design and runs N replications of each point. Writes the batch"
                    + " outputs (the scenario column holds the point), points.csv (each point's values), sweep.csv"
                    + " (end-year statistics of the analysed metrics per point), and sobol.csv (design sobol:"
                    + " first-order and total Saltelli/Jansen indices with 90 %% bootstrap intervals) or tornado.csv"
                    + " (design oat: each factor at its low and high against the scenario's own value).",
            "A point with a value the scenario rejects is recorded as failed; the others go on."},
        footerHeading = "%nExit status:%n",
        footer = {"  0  every replication succeeded", "  1  the job could not start or finish",
            "  2  finished, but some replications failed (see failures.csv) or the --report failed"})
public final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    Main main;

    @Parameters(arity = "0..1", paramLabel = "SCENARIO", converter = PathConverter.class,
            description = "the base scenario file")
    Path file;

    @Option(names = "--vary", paramLabel = "PATH=SPEC",
            description = "a field and its values: PATH=FROM:TO:STEP (levels), PATH=v1,v2,... (levels) or "
                    + "PATH=FROM:TO (bounds, for lhs, sobol and oat); repeatable")
    List<String> vary = new ArrayList<>();

    @Option(names = "--design", paramLabel = "D", defaultValue = "grid",
            description = "grid (every combination of levels), lhs (Latin hypercube), sobol (Saltelli sample and "
                    + "Sobol indices) or oat (one at a time, for tornado charts); default ${DEFAULT-VALUE}")
    String design;

    @Option(names = "--samples", paramLabel = "K", defaultValue = "64",
            description = "lhs: points; sobol: base samples N (N x (factors + 2) points); default ${DEFAULT-VALUE}")
    int samples;

    @Option(names = "--metric", paramLabel = "M",
            description = "a region metric analysed at the end year besides urbanization_rate (repeatable)")
    List<String> metrics = new ArrayList<>();

    @Mixin
    BatchOptions options;

    @Override
    public Integer call() {
        boolean other = file != null || !vary.isEmpty() || !metrics.isEmpty()
                || spec.commandLine().getParseResult().hasMatchedOption("--design")
                || spec.commandLine().getParseResult().hasMatchedOption("--samples");
        return BatchExecution.run(main, options, "sweep", other, spec.commandLine().getOut(),
                spec.commandLine().getErr(), file, this::job);
    }

    private Job job() throws ScenarioException, CliException {
        if (file == null || vary.isEmpty()) {
            throw new CliException("sweep needs a SCENARIO and at least one --vary PATH=SPEC (or --resume DIR)");
        }
        Scenario base = main.load(file, options.sets);
        for (String v : vary) {
            checkEnds(v, base);
        }
        List<String> analysed = new ArrayList<>(List.of("urbanization_rate"));
        metrics.stream().filter(m -> !analysed.contains(m)).forEach(analysed::add);
        boolean sampled = "lhs".equals(design) || "sobol".equals(design);
        long master = options.seed != null ? options.seed : base.seed();
        Job.SweepSpec sweep = new Job.SweepSpec(design, vary, sampled ? samples : 0, master, analysed);
        try {
            return SweepPlan.job(file.toString(), base, options.sets, sweep, master, options.runs);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }

    /** A field that the scenario refuses at both ends of its range would fail every point: refused now. */
    private void checkEnds(String factor, Scenario base) throws CliException {
        List<String> ends;
        try {
            ends = SweepPlan.ends(base, factor);
        } catch (IllegalArgumentException e) {
            throw new CliException("--vary " + factor + ": " + e.getMessage());
        }
        String why = null;
        for (String end : ends) {
            List<String> sets = new ArrayList<>(options.sets);
            sets.add(end);
            try {
                main.source().load(file, sets);
                return;
            } catch (ScenarioException e) {
                ValidationError first = e.errors().isEmpty() ? null : e.errors().get(0);
                if (first != null && first.message().startsWith("--set " + first.path() + ": ")) {
                    // no such field: the path is wrong whatever the value
                    throw new CliException("--vary " + factor + ": " + first.message().substring(
                            ("--set " + first.path() + ": ").length()) + "; nothing was run");
                }
                why = why != null || first == null ? why : first.toString();
            }
        }
        throw new CliException("--vary " + factor + ": no point of the sweep could run, the scenario refuses both ends ("
                + why + ")");
    }
}

package townward.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import townward.batch.Job;
import townward.scenario.Scenario;
import townward.scenario.ScenarioException;

/** {@code townward batch SCENARIO... --runs N}: replications of each scenario with uncertainty bands. */
@Command(name = "batch",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeOnInvalidInput = 1,
        exitCodeOnExecutionException = 1,
        description = {
            "Runs N replications of each scenario on all cores and writes runs.csv (every replication's metrics),"
                    + " summary.csv (n, mean, sd, p05, p50, p95 per scenario, year, place and metric) and"
                    + " manifest.json.",
            "Replication r of every scenario uses the same seed (paired scenarios). Each replication is committed"
                    + " as it finishes: a stopped batch is finished with --resume DIR."},
        footerHeading = "%nExit status:%n",
        footer = {"  0  every replication succeeded", "  1  the job could not start or finish",
            "  2  finished, but some replications failed (see failures.csv) or the --report failed"})
public final class BatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    Main main;

    @Parameters(arity = "0..*", paramLabel = "SCENARIO", converter = PathConverter.class,
            description = "scenario files (YAML or JSON)")
    List<Path> files = new ArrayList<>();

    @Mixin
    BatchOptions options;

    @Override
    public Integer call() {
        return BatchExecution.run(main, options, "batch", !files.isEmpty(), spec.commandLine().getOut(),
                spec.commandLine().getErr(), files.isEmpty() ? null : files.get(0), this::job);
    }

    private Job job() throws ScenarioException, CliException {
        if (files.isEmpty()) {
            throw new CliException("give at least one SCENARIO file (or --resume DIR)");
        }
        return job("batch", main, files, options);
    }

    /** One case per scenario file (ids are scenario names, made unique with -2, -3...). */
    static Job job(String command, Main main, List<Path> files, BatchOptions o) throws ScenarioException {
        List<Job.Input> inputs = new ArrayList<>();
        List<Job.Case> cases = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Long master = o.seed;
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            Scenario s = main.load(f, o.sets);   // invalid: stop before anything is written
            master = master != null ? master : s.seed();
            int k = seen.merge(s.name(), 1, Integer::sum);
            inputs.add(new Job.Input(f.toString(), null, null));
            cases.add(new Job.Case(k == 1 ? s.name() : s.name() + "-" + k, i, o.sets));
        }
        return new Job(command, master, o.runs, inputs, cases, null);
    }
}

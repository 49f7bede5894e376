package townward.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import townward.batch.Job;
import townward.scenario.ScenarioException;

/** {@code townward compare A B...}: scenarios with common random numbers and their paired differences. */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeOnInvalidInput = 1,
        exitCodeOnExecutionException = 1,
        description = {
            "Runs N replications of each scenario with common random numbers (replication r of every scenario has"
                    + " the same seed) and writes, besides the batch outputs, differences.csv: each scenario minus"
                    + " the first, per year, place and metric, with the mean paired difference, its 90 %% t-interval"
                    + " and the 5-95 %% range of the replications' differences."},
        footerHeading = "%nExit status:%n",
        footer = {"  0  every replication succeeded", "  1  the job could not start or finish",
            "  2  finished, but some replications failed (see failures.csv) or the --report failed"})
public final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    Main main;

    @Parameters(arity = "0..*", paramLabel = "SCENARIO",
            converter = PathConverter.class, description = "two or more scenario files; the first is the baseline")
    List<Path> files = new ArrayList<>();

    @Mixin
    BatchOptions options;

    @Override
    public Integer call() {
        return BatchExecution.run(main, options, "compare", !files.isEmpty(), spec.commandLine().getOut(),
                spec.commandLine().getErr(), files.isEmpty() ? null : files.get(0), this::job);
    }

    private Job job() throws ScenarioException, CliException {
        if (files.size() < 2) {
            throw new CliException("compare needs at least two SCENARIO files (or --resume DIR)");
        }
        return BatchCommand.job("compare", main, files, options);
    }
}

package townward.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import townward.batch.Batch;
import townward.batch.BatchException;
import townward.batch.Merge;

/** {@code townward merge DIR}: joins the shards of a batch, sweep or comparison into its results. */
@Command(name = "merge",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeOnInvalidInput = 1,
        exitCodeOnExecutionException = 1,
        description = {
            "Joins the shards of a job run with --shard I/N (by hand or as a Slurm array) into its results folder"
                    + " DIR: the same runs.csv, summary.csv and other outputs, byte for byte, as the job run on one"
                    + " machine. Refuses, naming them, replications that no shard committed or that two did."},
        footerHeading = "%nExit status:%n",
        footer = {"  0  merged, every replication succeeded", "  1  the shards could not be merged",
            "  2  merged, but some replications failed (see failures.csv)"})
public final class MergeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    Main main;

    @Parameters(paramLabel = "DIR", converter = PathConverter.class,
            description = "the job's results folder (its --out), or its job folder .DIR.partial")
    Path dir;

    @Option(names = "--threads", paramLabel = "T", description = "threads (default: the available processors)")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "no progress output on stderr")
    boolean quiet;

    @Option(names = "--report", description = "also write the briefing into DIR/report; see townward report")
    boolean report;

    @Option(names = "--report-lang", paramLabel = "LANG", defaultValue = "both",
            converter = ReportCommand.LangConverter.class,
            description = "language of the --report briefing: zh, en or both (default: ${DEFAULT-VALUE})")
    townward.report.Lang reportLang;

    /** The results folder of {@code dir}, also when given as its job folder (a path the scripts print). */
    static Path results(Path dir) {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        if (name.length() > ".partial".length() + 1 && name.startsWith(".") && name.endsWith(".partial")) {
            return dir.resolveSibling(name.substring(1, name.length() - ".partial".length()));
        }
        return dir;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try {
            Batch.Outcome outcome = Merge.merge(results(dir), BatchExecution.settings(main, ScenarioOptions.threads(threads),
                    quiet, err));
            return BatchExecution.finish(report, reportLang, outcome, out, err);
        } catch (BatchException | CliException e) {
            err.println("townward: " + e.getMessage());
            err.flush();
            return 1;
        } catch (RuntimeException e) {
            Main.report(err, e);
            return 1;
        }
    }
}

package townward.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;
import townward.scenario.Scenario;
import townward.scenario.ScenarioException;

/**
 * {@code townward} command line. Exit status: 0 success, 1 any failure (invalid options or input, invalid
 * scenario, I/O error, simulation error). Errors are one line each on stderr, never a stack trace (set
 * {@code TOWNWARD_DEBUG=1} to also get stack traces of unexpected errors).
 */
@Command(name = "townward",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeOnInvalidInput = 1,
        exitCodeOnExecutionException = 1,
        subcommands = {RunCommand.class, BatchCommand.class, SweepCommand.class, CompareCommand.class,
            MergeCommand.class, TargetsCommand.class, PatternsCommand.class, CalibrateCommand.class, GuiCommand.class,
            ValidateCommand.class, BenchCommand.class, ReportCommand.class, InitCommand.class, DiffCommand.class, CommandLine.HelpCommand.class},
        description = "Projects the urbanization of a region from a planner's scenario file.",
        footerHeading = "%nExit status:%n",
        footer = {"  0  success", "  1  invalid options, invalid scenario, I/O or simulation error"})
public final class Main implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final ScenarioRunner runner;
    private final ScenarioSource source;
    private final Path resultsRoot;

    public Main() {
        this(ScenarioRunner.standard(), ScenarioSource.standard(), Path.of("results"));
    }

    /**
     * @param runner       the simulation
     * @param source       the scenario loader
     * @param resultsRoot  where default output folders go ({@code results/} of the working directory)
     */
    public Main(ScenarioRunner runner, ScenarioSource source, Path resultsRoot) {
        this.runner = runner;
        this.source = source;
        this.resultsRoot = resultsRoot;
    }

    ScenarioRunner runner() {
        return runner;
    }

    ScenarioSource source() {
        return source;
    }

    /** Loads a scenario as {@link #source()} does, then prints its warnings on stderr, one a line. */
    Scenario load(Path file, List<String> sets) throws ScenarioException {
        Scenario s = source.load(file, sets);
        PrintWriter err = spec.commandLine().getErr();
        for (String w : source.warnings(file, sets, s)) {
            err.println("townward: warning: " + file + ": " + w);
        }
        err.flush();
        return s;
    }

    Path resultsRoot() {
        return resultsRoot;
    }

    /** No subcommand: show usage on stderr and fail. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("townward: a command is required");
        spec.commandLine().usage(err);
        return 1;
    }

    public static void main(String[] args) {
        System.exit(commandLine(new Main()).execute(args));
    }

    /** A command line with the short, stack-trace-free error handlers. */
    public static CommandLine commandLine(Main main) {
        return new CommandLine(main)
                .setParameterExceptionHandler(Main::handleParameterException)
                .setExecutionExceptionHandler((ex, cmd, parseResult) -> {
                    report(cmd.getErr(), ex);
                    return 1;
                });
    }

    static int handleParameterException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("townward: " + ex.getMessage());
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return 1;
    }

    /** Prints one line for any failure; a stack trace only with {@code TOWNWARD_DEBUG} set. */
    /** Prints every error of an invalid scenario, one per line. */
    static void reportInvalid(PrintWriter err, Object scenarioFile, townward.scenario.ScenarioException e) {
        e.errors().forEach(err::println);
        if (e.errors().isEmpty()) {
            err.println("townward: " + scenarioFile + ": " + e.getMessage());
        }
        err.flush();
    }

    static void report(PrintWriter err, Throwable ex) {
        err.println("townward: " + describe(ex));
        if (System.getenv("TOWNWARD_DEBUG") != null) {
            ex.printStackTrace(err);
        }
        err.flush();
    }

    static String describe(Throwable ex) {
        if (ex instanceof CliException) {
            return ex.getMessage();
        }
        if (ex instanceof OutOfMemoryError) {
            return "out of memory; use a smaller --scale or a larger heap (JAVA_OPTS=-Xmx...)";
        }
        String msg = ex.getMessage();
        if (msg == null || msg.isBlank()) {
            return "unexpected internal error (" + ex.getClass().getSimpleName()
                    + "); set TOWNWARD_DEBUG=1 for details";
        }
        return "error: " + msg.replaceAll("\\s*\\R\\s*", " ");
    }
}

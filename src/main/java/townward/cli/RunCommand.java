package townward.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import townward.check.OutputChecks;
import townward.collect.CsvMetricsWriter;
import townward.collect.Leftovers;
import townward.collect.Manifest;
import townward.collect.MetricSinks;
import townward.collect.OutputFolder;
import townward.collect.RunSummary;
import townward.model.MetricSink;
import townward.scenario.Scenario;
import townward.scenario.ScenarioException;

/** {@code townward run SCENARIO}: one replication, written atomically to a fresh output folder. */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeOnInvalidInput = 1,
        exitCodeOnExecutionException = 1,
        description = {
            "Runs a scenario and writes metrics.csv, manifest.json and scenario.resolved.yaml to a new folder,"
                    + " results/<scenario-name>/<yyyyMMdd-HHmmss>-<8 hex>/ by default.",
            "The folder appears only when the run succeeds; nothing is ever overwritten.",
            "Prints a summary on stdout; its last line is the output folder."},
        footerHeading = "%nExit status:%n",
        footer = {"  0  success", "  1  invalid options or scenario, output folder problem, or simulation error"})
public final class RunCommand implements Callable<Integer> {

    static final String RESOLVED_YAML = "scenario.resolved.yaml";

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "SCENARIO", converter = PathConverter.class, description = "scenario file (YAML or JSON)")
    Path scenarioFile;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--threads", paramLabel = "T",
            description = "worker threads (default: the number of available processors)")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", converter = PathConverter.class,
            description = "write to exactly this folder (must not exist, or be empty)")
    Path out;

    @Option(names = {"-v", "--verbose"}, description = "print one progress line per simulated year on stderr")
    boolean verbose;

    @Option(names = "--check", description = "check the outputs as they are recorded: persons conserved every year "
            + "(change of residents and outside = births - deaths - out-migrants), no negative price, stock, "
            + "vacancy or cost, no NaN; exit 1 listing what failed (the results are kept for inspection)")
    boolean check;

    @Option(names = "--excel", description = "also write excel/metrics.csv, a copy with a UTF-8 byte-order mark for"
            + " Excel and LibreOffice on a Chinese Windows (metrics.csv stays without one, for R and pandas)")
    boolean excel;

    @Option(names = "--report", description = "at the end, also write the briefing (report.html, summary.xlsx,"
            + " charts) into the output folder's report/; see townward report")
    boolean report;

    @Option(names = "--report-lang", paramLabel = "LANG", defaultValue = "both",
            converter = ReportCommand.LangConverter.class,
            description = "language of the --report briefing: zh, en or both (default: ${DEFAULT-VALUE})")
    townward.report.Lang reportLang;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return execute(spec.commandLine().getOut(), err);
        } catch (ScenarioException e) {
            Main.reportInvalid(err, scenarioFile, scenarioOptions.named(e));
            return 1;
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            Main.report(err, e);
            return 1;
        }
    }

    private int execute(PrintWriter stdout, PrintWriter err) throws Exception {
        int threadCount = ScenarioOptions.threads(threads);
        byte[] scenarioBytes = ScenarioFiles.read(scenarioFile);
        List<String> allSets = scenarioOptions.effectiveSets();
        Scenario scenario = main.load(scenarioFile, allSets);

        Leftovers.cleanRoot(main.resultsRoot());   // hidden folders of stopped commands, whose locks are free
        OffsetDateTime startedAt = OffsetDateTime.now();
        long t0 = System.nanoTime();
        try (OutputFolder folder = out != null
                ? OutputFolder.exact(out)
                : OutputFolder.timestamped(main.resultsRoot(), scenario.name(), startedAt.toLocalDateTime(),
                        nameSeed(scenarioBytes, allSets, startedAt))) {
            Path dir = folder.dir();
            write(dir.resolve(RESOLVED_YAML), main.source().toResolvedYaml(scenario));

            RunSummary summary = new RunSummary(scenario);
            OutputChecks checks = new OutputChecks();
            try (CsvMetricsWriter csv = CsvMetricsWriter.create(dir, 0)) {
                MetricSink sink = check ? MetricSinks.tee(csv, summary, checks) : MetricSinks.tee(csv, summary);
                if (verbose) {
                    sink = MetricSinks.progress(sink, err, scenario.startYear());
                }
                try {
                    main.runner().run(scenario, threadCount, sink);
                } catch (UncheckedIOException e) {
                    throw new CliException(e.getMessage() + "; no results written");
                } catch (RuntimeException | StackOverflowError e) {
                    throw new CliException("simulation failed: " + Main.describe(e).replaceFirst("^error: ", "")
                            + "; no results written");
                }
            } catch (IOException e) {
                throw new CliException("cannot write " + CsvMetricsWriter.FILE_NAME + " in " + folder.target()
                        + ": " + OutputFolder.reason(e) + "; no results written");
            }

            double wall = (System.nanoTime() - t0) / 1e9;
            new Manifest(Manifest.currentVersion(), Manifest.currentGitCommit(), scenarioFile.toString(),
                    Manifest.sha256(scenarioBytes), scenario.name(), scenario.seed(), scenario.scale(), threadCount,
                    scenario.startYear(), scenario.endYear(), allSets, wall,
                    System.getProperty("java.version"), startedAt, summary.rescale()).write(dir);

            if (excel) {
                try {
                    townward.csv.ExcelCopies.write(dir, CsvMetricsWriter.FILE_NAME);
                } catch (IOException e) {
                    throw new CliException("cannot write the --excel copy: " + OutputFolder.reason(e)
                            + "; no results written");
                }
            }
            // the briefing is written before the commit: a failed report leaves nothing, like a failed run
            Path html = report ? dir.relativize(ReportCommand.write(dir, reportLang, null, "; no results written"))
                    : null;
            Path done = folder.commit();
            summary.warnings().forEach(w -> err.println("townward: warning: " + w));
            err.flush();
            summary.lines().forEach(stdout::println);
            if (html != null) {
                stdout.println("report: " + done.resolve(html));
            }
            stdout.println(done);
            stdout.flush();
            return check ? checked(checks.problems(), done, err) : 0;
        } catch (OutputFolder.OutputException e) {
            throw new CliException(e.getMessage());
        }
    }

    /** 0 when the checks found nothing, else 1 after listing the first problems. */
    private static int checked(List<String> problems, Path dir, PrintWriter err) {
        if (problems.isEmpty()) {
            err.println("check: persons conserved every year; no negative price, stock, vacancy or cost; no NaN");
            err.flush();
            return 0;
        }
        problems.stream().limit(20).forEach(p -> err.println("townward: check: " + p));
        err.println("townward: check failed: " + problems.size() + " problem(s); the results are in " + dir);
        err.flush();
        return 1;
    }

    private static void write(Path file, String text) throws CliException {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException("cannot write " + file.getFileName() + ": " + OutputFolder.reason(e)
                    + "; no results written");
        }
    }

    private static byte[] nameSeed(byte[] scenarioBytes, List<String> sets, OffsetDateTime at) {
        byte[] tail = (String.join("\u0000", sets) + "\u0000" + at + "\u0000" + System.nanoTime())
                .getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[scenarioBytes.length + tail.length];
        System.arraycopy(scenarioBytes, 0, all, 0, scenarioBytes.length);
        System.arraycopy(tail, 0, all, scenarioBytes.length, tail.length);
        return all;
    }
}

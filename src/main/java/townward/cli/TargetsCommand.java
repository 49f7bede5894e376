package townward.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import townward.batch.ReplicationSeeds;
import townward.batch.Stats;
import townward.collect.RunSummary;
import townward.collect.TargetCheck;
import townward.collect.TargetTable;
import townward.scenario.Scenario;
import townward.scenario.ScenarioException;

/** {@code townward targets SCENARIO...}: each scenario's targets against the projection, as one table. */
@Command(name = "targets",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeOnInvalidInput = 1,
        exitCodeOnExecutionException = 1,
        description = {
            "Runs each scenario and prints a table of its targets: target, year, target value, projected value"
                    + " and gap. The projection is the mean of N replications (seeds as in townward batch) with"
                    + " its 90 %% band (5-95 %% of the replications); a target is met when the mean reaches it, and"
                    + " the status says when the band lies on both sides of it. Nothing is written to disk.",
            "A missed target is a finding, not an error: the exit status is 0 when the scenarios ran."},
        footerHeading = "%nExit status:%n",
        footer = {"  0  the scenarios ran", "  1  invalid options or scenario, or simulation error"})
public final class TargetsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", converter = PathConverter.class,
            description = "scenario files (YAML or JSON)")
    List<Path> files = new ArrayList<>();

    /** Replications by default: the 90 % band from ten draws, not a verdict from one. */
    static final String DEFAULT_RUNS = "10";

    @Option(names = "--runs", paramLabel = "N", defaultValue = DEFAULT_RUNS,
            description = "replications per scenario (default ${DEFAULT-VALUE}; 1: one run with the scenario's"
                    + " own seed, a single draw)")
    int runs;

    @Option(names = "--seed", paramLabel = "S", description = "master seed of the replications (with --runs > 1)")
    Long seed;

    @Option(names = "--threads", paramLabel = "T",
            description = "replications run at once (default: the number of available processors)")
    Integer threads;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "override a value of every scenario (repeatable)")
    List<String> sets = new ArrayList<>();

    @Option(names = "--format", paramLabel = "F", defaultValue = "text",
            description = "text, md (a Markdown table, as in the README) or csv; default ${DEFAULT-VALUE}")
    String format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path current = files.get(0);
        try {
            if (!List.of("text", "md", "csv").contains(format)) {
                throw new CliException("--format: expected text, md or csv, got " + format);
            }
            if (runs < 1) {
                throw new CliException("--runs must be at least 1, got " + runs);
            }
            int t = ScenarioOptions.threads(threads);
            List<Scenario> scenarios = new ArrayList<>();
            for (Path f : files) {
                current = f;
                scenarios.add(main.load(f, sets));   // all checked before any runs
            }
            TargetTable table = new TargetTable(runs);
            for (Scenario s : scenarios) {
                project(s, t, table);
            }
            out.print(switch (format) {
                case "md" -> table.markdown();
                case "csv" -> table.csv();
                default -> table.text();
            });
            out.flush();
            return 0;
        } catch (ScenarioException e) {
            Main.reportInvalid(err, current, e);
            return 1;
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            Main.report(err, e);
            return 1;
        }
    }

    private void project(Scenario s, int threads, TargetTable table) throws Exception {
        long master = seed != null ? seed : s.seed();
        int workers = Math.min(threads, runs);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<List<TargetCheck>> results = new ArrayList<>();
        try {
            List<Future<List<TargetCheck>>> futures = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                Scenario rep = runs == 1 && seed == null ? s : s.withSeed(ReplicationSeeds.of(master, r));
                futures.add(pool.submit(() -> {
                    RunSummary summary = new RunSummary(rep);
                    main.runner().run(rep, Math.max(1, threads / workers), summary);
                    return summary.checks();
                }));
            }
            for (Future<List<TargetCheck>> f : futures) {
                results.add(f.get());
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new CliException(s.name() + ": simulation failed: " + Main.describe(e.getCause())
                    .replaceFirst("^error: ", ""));
        } finally {
            pool.shutdownNow();
        }
        List<TargetCheck> first = results.get(0);
        for (int i = 0; i < first.size(); i++) {
            TargetCheck c = first.get(i);
            double[] v = new double[runs];
            int n = 0;
            for (List<TargetCheck> rep : results) {
                Double p = rep.get(i).projected();
                if (p != null) {
                    v[n++] = p;
                }
            }
            Stats st = n > 0 ? Stats.of(v, n) : null;
            table.add(new TargetTable.Line(s.name(), c.place(), c.metric(), c.year(), c.target(), n,
                    st == null ? Double.NaN : st.mean(), st == null ? Double.NaN : st.p05(),
                    st == null ? Double.NaN : st.p95()));
        }
    }
}

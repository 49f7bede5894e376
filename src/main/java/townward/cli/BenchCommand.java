package townward.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import townward.model.Simulation;
import townward.scenario.Scenario;
import townward.scenario.ScenarioException;

/**
 * {@code townward bench SCENARIO}: runs a scenario with a sink that only counts the values, and reports wall time,
 * household-years per second, peak heap and the share of wall time per phase. The phase shares come from sampling
 * the running thread's stack every few milliseconds (the model is not instrumented), so they are estimates.
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeOnInvalidInput = 1,
        exitCodeOnExecutionException = 1,
        description = {"Runs a scenario without writing results and reports its speed and memory:",
                "wall time, household-years per second, peak heap and the sampled share of time per phase."},
        footerHeading = "%nExit status:%n",
        footer = {"  0  success", "  1  invalid options or scenario, or simulation error"})
public final class BenchCommand implements Callable<Integer> {

    /** Outermost matching frame decides the phase: the class (simple name) to its label. */
    private static final Map<String, String> PHASES = new LinkedHashMap<>();

    static {
        PHASES.put("townward.demography.Reclassification", "reclassification");
        PHASES.put("townward.demography.Demography", "demography");
        PHASES.put("townward.economy.TownEconomy", "town_economy");
        PHASES.put("townward.school.SchoolConsolidation", "school_consolidation");
        PHASES.put("townward.decision.Decisions", "decisions");
        PHASES.put("townward.decision.Matching", "matching");
        PHASES.put("townward.decision.YouthChoices", "youth_choices");
        PHASES.put("townward.destination.InMigrants", "in_migration");
        PHASES.put("townward.labour.LabourMarket", "labour_market");
        PHASES.put("townward.economy.Accounting", "accounting");
        PHASES.put("townward.model.Recording", "recording");
    }

    private static final long SAMPLE_MS = 5;

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "SCENARIO", converter = PathConverter.class, description = "scenario file (YAML or JSON)")
    Path scenarioFile;

    @Option(names = "--threads", paramLabel = "T",
            description = "worker threads (default: the number of available processors)")
    Integer threads;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "override a scenario value, e.g. --set end_year=2030 (repeatable)")
    List<String> sets = new ArrayList<>();

    @Option(names = "--runs", paramLabel = "N",
            description = "benchmark a batch instead: N replications (as townward batch, into a temporary folder "
                    + "deleted afterwards); reports runs per second and peak heap")
    Integer runs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            int threadCount = ScenarioOptions.threads(threads);
            ScenarioFiles.requireReadable(scenarioFile);
            Scenario scenario = main.source().load(scenarioFile, sets);
            if (runs != null) {
                benchBatch(scenario, threadCount, out);
            } else {
                bench(scenario, threadCount, out);
            }
            return 0;
        } catch (ScenarioException e) {
            Main.reportInvalid(err, scenarioFile, e);
            return 1;
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            Main.report(err, e);
            return 1;
        }
    }

    private void benchBatch(Scenario scenario, int threadCount, PrintWriter out) throws Exception {
        if (runs < 1) {
            throw new CliException("--runs must be at least 1, got " + runs);
        }
        BatchOptions o = new BatchOptions();
        o.runs = runs;
        o.sets = sets;
        Path dir = Files.createTempDirectory("townward-bench");
        try (HeapPeak heap = new HeapPeak()) {
            long t0 = System.nanoTime();
            townward.batch.Batch.Outcome outcome = townward.batch.Batch.start(
                    BatchCommand.job("batch", main, List.of(scenarioFile), o), dir.resolve("out"),
                    new townward.batch.Batch.Settings(threadCount, true, main.runner()::run,
                            (f, s) -> main.source().load(f, s), new java.io.PrintStream(
                                    java.io.OutputStream.nullOutputStream())));
            double wall = (System.nanoTime() - t0) / 1e9;
            out.printf(Locale.ROOT, "scenario           %s (%d-%d, scale %s), batch of %d, %d threads%n",
                    scenario.name(), scenario.startYear(), scenario.endYear(), scenario.scale(), runs, threadCount);
            out.printf(Locale.ROOT, "wall time          %.1f s (including summaries)%n", wall);
            out.printf(Locale.ROOT, "replications       %d succeeded, %d failed%n", runs - outcome.failed(),
                    outcome.failed());
            out.printf(Locale.ROOT, "runs per second    %.2f%n", runs / wall);
            out.printf(Locale.ROOT, "peak heap          %,.0f MB of %,.0f MB max%n", heap.peak() / 1e6,
                    Runtime.getRuntime().maxMemory() / 1e6);
            out.flush();
        } finally {
            townward.collect.OutputFolder.deleteTree(dir);
        }
    }

    private static void bench(Scenario scenario, int threadCount, PrintWriter out) throws InterruptedException {
        long[] values = new long[1];
        long[] householdYears = new long[1];
        int[] years = {-1};   // the first callback is the start state, not a simulated year
        long[] lastHouseholds = new long[1];
        Sampler sampler = new Sampler(Thread.currentThread());
        Thread samplerThread = new Thread(sampler, "townward-bench-sampler");
        samplerThread.setDaemon(true);

        long peak;
        long t0;
        try (HeapPeak heap = new HeapPeak()) {
            t0 = System.nanoTime();
            samplerThread.start();
            Simulation.run(scenario, threadCount, (year, place, metric, value) -> values[0]++, region -> {
                long n = region.households.size();
                if (years[0] >= 0) {
                    householdYears[0] += n;
                }
                years[0]++;
                lastHouseholds[0] = n;
            });
            peak = heap.peak();
        } finally {
            sampler.stop = true;
            samplerThread.join();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        long max = Runtime.getRuntime().maxMemory();

        out.printf(Locale.ROOT, "scenario           %s (%d-%d, scale %s), %d threads%n", scenario.name(),
                scenario.startYear(), scenario.endYear(), scenario.scale(), threadCount);
        out.printf(Locale.ROOT, "wall time          %.1f s%n", wall);
        out.printf(Locale.ROOT, "simulated years    %d%n", years[0]);
        out.printf(Locale.ROOT, "households         %,d at the end%n", lastHouseholds[0]);
        out.printf(Locale.ROOT, "household-years    %,d (%,.0f per second of wall time)%n", householdYears[0],
                householdYears[0] / wall);
        out.printf(Locale.ROOT, "metric values      %,d (discarded)%n", values[0]);
        out.printf(Locale.ROOT, "peak heap          %,.0f MB of %,.0f MB max%n", peak / 1e6, max / 1e6);
        long total = sampler.samples.values().stream().mapToLong(Long::longValue).sum();
        if (total > 0) {
            out.printf(Locale.ROOT, "time per phase     (sampled every %d ms, %d samples)%n", SAMPLE_MS, total);
            List<String> order = new ArrayList<>(List.of("setup", "policy_schedule"));
            order.addAll(PHASES.values());
            order.add("other");
            for (String phase : order) {
                long n = sampler.samples.getOrDefault(phase, 0L);
                if (n > 0) {
                    out.printf(Locale.ROOT, "  %-22s %5.1f %%  ~%.1f s%n", phase, 100.0 * n / total, wall * n / total);
                }
            }
        }
        out.flush();
    }

    /** Samples the stack of the thread running the schedule; parallel phases show up as their caller waiting. */
    private static final class Sampler implements Runnable {
        private final Thread target;
        final Map<String, Long> samples = new LinkedHashMap<>();
        volatile boolean stop;

        Sampler(Thread target) {
            this.target = target;
        }

        @Override
        public void run() {
            while (!stop) {
                samples.merge(phaseOf(target.getStackTrace()), 1L, Long::sum);
                try {
                    Thread.sleep(SAMPLE_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /**
         * The outermost phase class on the stack; else a phase written as a lambda in TownwardModel.start (the
         * policy schedule; in-migration's lambda calls InMigrants, which is listed).
         */
        private static String phaseOf(StackTraceElement[] stack) {
            boolean startLambda = false;
            for (int i = stack.length - 1; i >= 0; i--) {
                StackTraceElement f = stack[i];
                if (f.getClassName().equals("townward.model.TownwardModel") && f.getMethodName().equals("start")) {
                    return "setup";
                }
                String phase = PHASES.get(f.getClassName());
                if (phase != null) {
                    return phase;
                }
                startLambda |= f.getClassName().equals("townward.model.TownwardModel")
                        && f.getMethodName().startsWith("lambda$start$");
            }
            return startLambda ? "policy_schedule" : "other";
        }
    }
}

package townward.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import townward.batch.Batch;
import townward.batch.BatchException;
import townward.batch.Job;
import townward.batch.ShardRun;
import townward.cluster.ClusterException;
import townward.cluster.Shard;
import townward.cluster.SlurmOptions;
import townward.collect.Leftovers;
import townward.collect.OutputFolder;
import townward.collect.OutputFolder.OutputException;
import townward.scenario.ScenarioException;

/**
 * What batch, sweep and compare do once their job is known: start it or resume it, then print the outcome.
 * Exit status 0 when every replication succeeded, 2 when the job finished with failed replications, 1 when it
 * could not start or finish.
 */
final class BatchExecution {

    static final int SOME_FAILED = 2;

    /** Builds a command's job from its arguments. */
    @FunctionalInterface
    interface JobBuilder {
        Job build() throws ScenarioException, CliException;
    }

    private BatchExecution() {
    }

    static int run(Main main, BatchOptions o, String command, boolean hasOtherArgs, PrintWriter out, PrintWriter err,
                   Path scenarioForErrors, JobBuilder builder) {
        try {
            int threads = ScenarioOptions.threads(o.threads);
            if (o.runs < 1) {
                throw new CliException("--runs must be at least 1, got " + o.runs);
            }
            Shard shard = o.cluster.shard();
            SlurmOptions slurm = o.cluster.slurm();
            if (o.report && shard != null) {
                throw new CliException("--report goes with townward merge, which writes the outputs of a sharded job");
            }
            err.flush();
            Leftovers.cleanRoot(main.resultsRoot());   // hidden folders of stopped commands, whose locks are free
            Batch.Settings settings = settings(main, threads, o.quiet, err);
            if (o.resume != null && (hasOtherArgs || o.out != null || o.seed != null || !o.sets.isEmpty())) {
                throw new CliException("--resume takes the job as it was started: give no scenario, --out, "
                        + "--seed, --set or design option with it");
            }
            if (slurm != null) {
                Path target;
                Path work;
                if (o.resume != null) {
                    target = o.resume;
                    work = Batch.stoppedJob(o.resume);
                } else {
                    Job job = builder.build();
                    target = target(main, o, command, job);
                    work = Batch.prepare(job, target, settings);
                }
                ClusterSubmission.scripts(command, target, work, slurm, o, out);
                return 0;
            }
            if (shard != null) {
                Batch.Outcome outcome;
                if (o.resume != null) {
                    outcome = ShardRun.resume(o.resume, shard, settings);
                } else if (o.out == null) {
                    throw new CliException("--shard needs --out DIR, the same folder for every shard (or --resume "
                            + "DIR)");
                } else {
                    outcome = ShardRun.start(builder.build(), o.out, shard, settings);
                }
                printShard(out, shard, outcome, o.resume != null ? o.resume : o.out);
                return outcome.failed() > 0 ? SOME_FAILED : 0;
            }
            Batch.Outcome outcome;
            if (o.resume != null) {
                outcome = Batch.resume(o.resume, settings);
            } else {
                Job job = builder.build();
                outcome = Batch.start(job, target(main, o, command, job), settings);
            }
            startFactorWarnings(outcome.folder(), err);
            if (o.excel) {
                excel(outcome.folder(), out);
            }
            return finish(o.report, o.reportLang, outcome, out, err);
        } catch (ScenarioException e) {
            Main.reportInvalid(err, scenarioForErrors, e);
            return 1;
        } catch (BatchException | CliException | ClusterException e) {
            err.println("townward: " + e.getMessage());
            err.flush();
            return 1;
        } catch (RuntimeException | OutOfMemoryError e) {
            Main.report(err, e);
            return 1;
        }
    }

    static Batch.Settings settings(Main main, int threads, boolean quiet, PrintWriter err) {
        return new Batch.Settings(threads, quiet, main.runner()::run, (file, sets) -> main.source().load(file, sets),
                stderr(err));
    }

    /**
     * The start calibration's warning for each case whose mean start factor (summary.csv's
     * {@code start_population_factor}) is far from 1, as {@code run} gives it.
     */
    static void startFactorWarnings(Path dir, PrintWriter err) {
        Path summary = dir.resolve("summary.csv");
        if (!java.nio.file.Files.isRegularFile(summary)) {
            return;
        }
        try (var lines = java.nio.file.Files.lines(summary)) {
            lines.map(l -> l.split(",", -1))   // scenario,year,place,metric,n,mean,...: names hold no commas
                    .filter(c -> c.length > 5 && c[2].equals("region") && c[3].equals("start_population_factor"))
                    .forEach(c -> {
                        String w = townward.collect.StartRescale.warning(Double.parseDouble(c[5]),
                                Integer.parseInt(c[1]));
                        if (w != null) {
                            err.println("townward: warning: " + c[0] + ": " + w);
                        }
                    });
        } catch (java.io.IOException | RuntimeException e) {
            err.println("townward: warning: cannot read the start factors in " + summary + ": " + e.getMessage());
        }
        err.flush();
    }

    /** The job's tables for spreadsheets, with a byte-order mark, in DIR/excel/. */
    static void excel(Path dir, PrintWriter out) throws CliException {
        try {
            out.println("excel: " + townward.csv.ExcelCopies.write(dir, "summary.csv", "differences.csv", "sweep.csv"));
        } catch (java.io.IOException e) {
            throw new CliException("cannot write the --excel copies in " + dir + ": "
                    + townward.collect.OutputFolder.reason(e) + "; the job's results are complete");
        }
    }

    /** Writes the report if asked, prints the outcome; the exit status. */
    static int finish(boolean report, townward.report.Lang lang, Batch.Outcome outcome, PrintWriter out,
                      PrintWriter err) {
        boolean reportFailed = false;
        if (report) {
            try {
                out.println("report: " + ReportCommand.write(outcome.folder(), lang, null,
                        "; the job's results are complete in " + outcome.folder() + " (write the report with "
                                + "townward report " + outcome.folder() + ")"));
            } catch (CliException e) {
                // the job itself finished: its results stay, and the exit status says something failed
                err.println("townward: " + e.getMessage());
                err.flush();
                reportFailed = true;
            }
        }
        print(out, outcome);
        return outcome.failed() > 0 || reportFailed ? SOME_FAILED : 0;
    }

    /** --out, or a new folder under results/. */
    private static Path target(Main main, BatchOptions o, String command, Job job) throws CliException {
        if (o.out != null) {
            return o.out;
        }
        return scenarioFolder(main.resultsRoot(), firstName(main, job)).resolve(command + "-"
                + OutputFolder.defaultName(LocalDateTime.now(),
                (command + job.masterSeed()).getBytes(StandardCharsets.UTF_8)));
    }

    private static Path scenarioFolder(Path root, String name) throws CliException {
        try {
            return OutputFolder.scenarioFolder(root, name);
        } catch (OutputException e) {
            throw new CliException(e.getMessage());
        }
    }

    private static void printShard(PrintWriter out, Shard shard, Batch.Outcome o, Path target) {
        out.printf(Locale.ROOT, "shard %s: %d replications, %d succeeded, %d failed; this process ran %d in %.1f s%n",
                shard, o.replications(), o.replications() - o.failed(), o.failed(), o.ran(), o.wallSeconds());
        o.failures().stream().limit(10).forEach(l -> out.println("  failed: " + l));
        out.println("when every shard has run: townward merge " + target);
        out.flush();
    }

    private static String firstName(Main main, Job job) throws CliException {
        try {
            return main.source().load(Path.of(job.inputs().get(0).file()), job.cases().get(0).sets()).name();
        } catch (ScenarioException e) {
            return "sweep";   // a sweep's first point may be invalid; the base scenario was checked before
        }
    }

    private static void print(PrintWriter out, Batch.Outcome o) {
        out.printf(Locale.ROOT, "replications: %d, %d succeeded, %d failed; this process ran %d in %.1f s "
                + "(%.2f runs/s)%n", o.replications(), o.replications() - o.failed(), o.failed(), o.ran(),
                o.wallSeconds(), o.ran() / Math.max(o.wallSeconds(), 1e-9));
        List<String> f = o.failures();
        f.stream().limit(10).forEach(l -> out.println("  failed: " + l));
        if (f.size() > 10) {
            out.println("  ... and " + (f.size() - 10) + " more in " + Batch.FAILURES);
        }
        out.println(o.folder());
        out.flush();
    }

    /** A print stream onto the command's stderr writer (tests capture it), line by line. */
    static PrintStream stderr(PrintWriter err) {
        return new PrintStream(new WriterStream(err), true, StandardCharsets.UTF_8);
    }

    /** Lets the batch log to the command's stderr writer (tests capture it). */
    private static final class WriterStream extends java.io.OutputStream {
        private final PrintWriter err;
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

        WriterStream(PrintWriter err) {
            this.err = err;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            if (b == '\n') {
                err.println(line.toString(StandardCharsets.UTF_8));
                err.flush();
                line.reset();
            } else {
                line.write(b);
            }
        }
    }
}

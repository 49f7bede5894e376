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
import townward.collect.OutputFolder;
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
            err.flush();
            Batch.Settings settings = new Batch.Settings(threads, o.quiet, main.runner()::run,
                    (file, sets) -> main.source().load(file, sets), stderr(err));
            Batch.Outcome outcome;
            if (o.resume != null) {
                if (hasOtherArgs || o.out != null || o.seed != null || !o.sets.isEmpty()) {
                    throw new CliException("--resume takes the job as it was started: give no scenario, --out, "
                            + "--seed, --set or design option with it");
                }
                outcome = Batch.resume(o.resume, settings);
            } else {
                Job job = builder.build();
                Path target = o.out != null ? o.out : main.resultsRoot()
                        .resolve(firstName(main, job)).resolve(command + "-" + OutputFolder.defaultName(
                                LocalDateTime.now(), (command + job.masterSeed()).getBytes(StandardCharsets.UTF_8)));
                outcome = Batch.start(job, target, settings);
            }
            if (o.report) {
                out.println("report: " + ReportCommand.write(outcome.folder(), o.reportLang, null));
            }
            print(out, outcome);
            return outcome.failed() > 0 ? SOME_FAILED : 0;
        } catch (ScenarioException e) {
            Main.reportInvalid(err, scenarioForErrors, e);
            return 1;
        } catch (BatchException | CliException e) {
            err.println("townward: " + e.getMessage());
            err.flush();
            return 1;
        } catch (RuntimeException | OutOfMemoryError e) {
            Main.report(err, e);
            return 1;
        }
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

package townward.batch;

import java.io.PrintStream;
import java.util.Locale;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of replications on stderr: a live bar (runs done of total, runs per second, ETA) when stderr is a
 * terminal, otherwise one plain line per tenth of the work, which reads well in CI logs.
 */
public interface Progress extends AutoCloseable {

    /** One replication committed (or failed). */
    void step();

    @Override
    void close();

    /** The right kind for this process: a bar on a terminal, lines on {@code log} otherwise, nothing when quiet. */
    static Progress forStderr(String task, int total, int alreadyDone, boolean quiet, PrintStream log) {
        return forStderr(task, "runs", total, alreadyDone, quiet, log);
    }

    /** As above, counting {@code unit} (e.g. "evaluations") instead of runs. */
    static Progress forStderr(String task, String unit, int total, int alreadyDone, boolean quiet, PrintStream log) {
        if (quiet || total <= alreadyDone) {
            return silent();
        }
        return System.console() != null ? bar(task, unit, total, alreadyDone) : lines(log, task, unit, total,
                alreadyDone);
    }

    static Progress silent() {
        return new Progress() {
            @Override
            public void step() {
            }

            @Override
            public void close() {
            }
        };
    }

    static Progress bar(String task, String unit, int total, int alreadyDone) {
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" " + unit, 1).showSpeed().continuousUpdate().build();
        bar.stepTo(alreadyDone);
        return new Progress() {
            @Override
            public synchronized void step() {
                bar.step();
            }

            @Override
            public synchronized void close() {
                bar.close();
            }
        };
    }

    /** {@code batch: 30/100 runs (30%), 2.4 runs/s, ETA 29 s} at each tenth. */
    static Progress lines(PrintStream out, String task, String unit, int total, int alreadyDone) {
        long start = System.nanoTime();
        return new Progress() {
            private int done = alreadyDone;
            private int tenth = done * 10 / total;

            @Override
            public synchronized void step() {
                done++;
                int now = done * 10 / total;
                if (now > tenth) {
                    tenth = now;
                    double secs = (System.nanoTime() - start) / 1e9;
                    double rate = (done - alreadyDone) / Math.max(secs, 1e-9);
                    out.printf(Locale.ROOT, "%s: %d/%d %s (%d%%), %.2f %s/s, ETA %.0f s%n", task, done, total, unit,
                            done * 100 / total, rate, unit, (total - done) / rate);
                    out.flush();
                }
            }

            @Override
            public void close() {
            }
        };
    }
}

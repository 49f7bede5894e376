package townward.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import townward.cluster.Shard;
import townward.collect.Manifest;
import townward.collect.OutputFolder;
import townward.scenario.Scenario;
import townward.scenario.ScenarioException;

/**
 * Runs a {@link Job} (batch, sweep or comparison) to its results folder, committing each replication as it
 * finishes, and finishes a stopped one ({@link #resume}). The outputs depend only on the job: the same job gives
 * byte-identical {@code runs.csv} and {@code summary.csv} whatever the thread count and however often it was
 * stopped and resumed.
 */
public final class Batch {

    public static final String RUNS = "runs.csv";
    public static final String SUMMARY = "summary.csv";
    public static final String DIFFERENCES = "differences.csv";
    public static final String FAILURES = "failures.csv";
    public static final String RUNS_HEADER = "scenario,year,replication,place,metric,value";
    public static final String SUMMARY_HEADER = "scenario,year,place,metric,n,mean,sd,p05,p50,p95";
    public static final String DIFFERENCES_HEADER =
            "scenario,baseline,year,place,metric,n,mean,sd,ci90_low,ci90_high,p05,p95";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Loads a scenario file with overrides (the CLI's loader). */
    @FunctionalInterface
    public interface Loader {
        Scenario load(Path file, List<String> sets) throws ScenarioException, IOException;
    }

    /**
     * @param threads  worker threads
     * @param quiet    no progress output
     * @param engine   the simulation
     * @param loader   the scenario loader
     * @param log      where the progress and the resume hint go (stderr)
     */
    public record Settings(int threads, boolean quiet, Engine engine, Loader loader, PrintStream log) {
    }

    /**
     * @param folder        the results folder
     * @param replications  replications in the job
     * @param failed        of which failed
     * @param ran           of which this process ran (the rest were committed before a resume)
     * @param wallSeconds   time of this process's work
     * @param failures      one line per failed replication
     */
    public record Outcome(Path folder, int replications, int failed, int ran, double wallSeconds,
                          List<String> failures) {
    }

    private Batch() {
    }

    /**
     * Starts a job whose inputs name the scenario files as given; stops before creating anything when a scenario
     * of a batch or comparison, or the base scenario of a sweep, is invalid.
     */
    public static Outcome start(Job job, Path target, Settings s) throws BatchException, ScenarioException {
        List<byte[]> bytes = JobFiles.readInputs(job);
        List<Replications.Ready> ready = JobFiles.load(job, i -> Path.of(job.inputs().get(i).file()), s.loader());
        Job recorded = JobFiles.stored(job, bytes, ready);
        try (JobFolder folder = JobFolder.create(target, JobFiles.filler(recorded, bytes))) {
            s.log().println("working in " + folder.work() + "; if stopped, finish with: townward " + job.command()
                    + " --resume " + folder.target());
            try {
                return execute(recorded, folder, ready, s, 0);
            } catch (IOException e) {
                throw new BatchException("cannot write in " + folder.work() + ": " + OutputFolder.reason(e));
            }
        }
    }

    /**
     * Creates the job folder of a job without running anything (a cluster runs it in shards) and returns the
     * folder it works in.
     */
    public static Path prepare(Job job, Path target, Settings s) throws BatchException, ScenarioException {
        List<byte[]> bytes = JobFiles.readInputs(job);
        List<Replications.Ready> ready = JobFiles.load(job, i -> Path.of(job.inputs().get(i).file()), s.loader());
        Job recorded = JobFiles.stored(job, bytes, ready);
        try (JobFolder folder = JobFolder.create(target, JobFiles.filler(recorded, bytes))) {
            s.log().println("working in " + folder.work() + "; run its shards with: townward " + job.command()
                    + " --resume " + folder.target() + " --shard I/N");
            return folder.work();
        }
    }

    /** The folder of the stopped job whose results go to {@code target}; refused when there is none. */
    public static Path stoppedJob(Path target) throws BatchException {
        try (JobFolder folder = JobFolder.resume(target, true)) {
            JobFiles.readJob(folder);
            return folder.work();
        }
    }

    /** The folder where the job whose results go to {@code target} works, created or not. */
    public static Path workFolder(Path target) {
        return JobFolder.workOf(target);
    }

    /** Finishes the stopped job whose results were to go to {@code target}. */
    public static Outcome resume(Path target, Settings s) throws BatchException {
        try (JobFolder folder = JobFolder.resume(target)) {
            Job job = JobFiles.readJob(folder);
            List<Shard> shards = ShardArea.present(folder);
            if (!shards.isEmpty()) {
                int n = shards.get(0).count();
                throw new BatchException("the job in " + target + " runs in " + n + " shards: run a missing one with: "
                        + "townward " + job.command() + " --resume " + target + " --shard I/" + n
                        + ", then join them with: townward merge " + target);
            }
            List<Replications.Ready> ready = JobFiles.loadStored(job, folder, s.loader());
            try {
                return execute(job, folder, ready, s, 0);
            } catch (IOException e) {
                throw new BatchException("cannot write in " + folder.work() + ": " + OutputFolder.reason(e));
            }
        }
    }

    /** Runs what is missing, writes the outputs and commits; {@code shards}: how many shards were merged, or 0. */
    static Outcome execute(Job job, JobFolder folder, List<Replications.Ready> ready, Settings s, int shards)
            throws IOException, BatchException {
        OffsetDateTime startedAt = OffsetDateTime.now();
        long t0 = System.nanoTime();
        Parts parts = folder.parts();
        parts.cleanTemps();
        int total = job.cases().size() * job.runs();
        List<int[]> todo = Replications.missing(parts, job.cases().size(), job.runs());
        if (todo.size() < total && !todo.isEmpty()) {
            s.log().println("resuming: " + (total - todo.size()) + " of " + total
                    + " replications were committed before; running the other " + todo.size());
        }
        try (Progress progress = Progress.forStderr(job.command(), total, total - todo.size(), s.quiet(),
                s.log())) {
            Replications.run(ready, todo, job.masterSeed(), parts, s.threads(), s.engine(), progress);
        }
        Work work = new Work(job, ready, parts);
        Map<Integer, Map<String, Stats>> endYear;
        try {
            writeRuns(folder.work(), work);
            endYear = writeSummary(folder.work(), work);
            if ("compare".equals(job.command())) {
                writeDifferences(folder.work(), work);
            }
            if (job.sweep() != null) {
                SweepOutputs.write(folder.work(), job, ready, endYear, s.log());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<String> failures = writeFailures(folder.work(), work);
        double wall = (System.nanoTime() - t0) / 1e9;
        writeManifest(folder.work(), work, s.threads(), wall, startedAt, total - todo.size(), shards);
        Path done = folder.commit();
        return new Outcome(done, total, failures.size(), todo.size(), wall, failures);
    }

    /** The job with its loaded cases and committed replications. */
    private record Work(Job job, List<Replications.Ready> ready, Parts parts) {
        List<Integer> succeeded(int c) {
            List<Integer> reps = new ArrayList<>();
            for (int r = 0; r < job.runs(); r++) {
                if (parts.succeeded(c, r)) {
                    reps.add(r);
                }
            }
            return reps;
        }

        String id(int c) {
            return job.cases().get(c).id();
        }
    }

    private static void writeRuns(Path dir, Work w) throws IOException {
        try (BufferedWriter out = Csv.create(dir.resolve(RUNS), RUNS_HEADER)) {
            for (int c = 0; c < w.job().cases().size(); c++) {
                String id = Csv.quote(w.id(c));
                for (int r : w.succeeded(c)) {
                    String prefix = id + ",";
                    String rep = "," + r + ",";
                    w.parts().read(c, r, (y, p, m, v) -> Csv.line(out, prefix + y + rep + Csv.quote(p) + ","
                            + Csv.quote(m) + "," + Csv.number(v)));
                }
            }
        }
    }

    /** Writes summary.csv and returns, per case, the region's statistics at its end year. */
    private static Map<Integer, Map<String, Stats>> writeSummary(Path dir, Work w) throws IOException {
        Map<Integer, Map<String, Stats>> endYear = new HashMap<>();
        try (BufferedWriter out = Csv.create(dir.resolve(SUMMARY), SUMMARY_HEADER)) {
            for (int c = 0; c < w.job().cases().size(); c++) {
                int ci = c;
                List<Integer> reps = w.succeeded(c);
                String id = Csv.quote(w.id(c));
                Replications.Ready r = w.ready().get(c);
                int last = r.scenario() == null ? Integer.MIN_VALUE : r.scenario().endYear();
                Map<String, Stats> mine = new LinkedHashMap<>();
                endYear.put(c, mine);
                Summarizer.summarize(source(w.parts(), c, reps), Summarizer.BUDGET, (k, st) -> {
                    if (k.year() == last && "region".equals(k.place())) {
                        mine.put(k.metric(), st);
                    }
                    Csv.line(out, id + "," + k.year() + "," + Csv.quote(k.place()) + "," + Csv.quote(k.metric())
                            + "," + st.n() + "," + Csv.number(st.mean()) + "," + Csv.number(st.sd()) + ","
                            + Csv.number(st.p05()) + "," + Csv.number(st.p50()) + "," + Csv.number(st.p95()));
                });
                if (reps.isEmpty()) {
                    endYear.put(ci, Map.of());
                }
            }
        }
        return endYear;
    }

    /** Each scenario against the first, replication by replication (paired by common random numbers). */
    private static void writeDifferences(Path dir, Work w) throws IOException {
        try (BufferedWriter out = Csv.create(dir.resolve(DIFFERENCES), DIFFERENCES_HEADER)) {
            List<Integer> base = w.succeeded(0);
            String baseId = Csv.quote(w.id(0));
            for (int c = 1; c < w.job().cases().size(); c++) {
                int ci = c;
                List<Integer> both = new ArrayList<>(w.succeeded(c));
                both.retainAll(Set.copyOf(base));
                String id = Csv.quote(w.id(c));
                Summarizer.Source paired = new Summarizer.Source() {
                    @Override
                    public int replications() {
                        return both.size();
                    }

                    @Override
                    public void read(int i, Row.Consumer to) {
                        Map<Summarizer.Key, Double> baseline = new HashMap<>();
                        w.parts().read(0, both.get(i), (y, p, m, v) -> baseline.put(new Summarizer.Key(y, p, m), v));
                        w.parts().read(ci, both.get(i), (y, p, m, v) -> {
                            Double b = baseline.get(new Summarizer.Key(y, p, m));
                            if (b != null) {
                                to.accept(y, p, m, v - b);
                            }
                        });
                    }
                };
                Summarizer.summarize(paired, Summarizer.BUDGET, (k, st) -> Csv.line(out, id + "," + baseId + ","
                        + k.year() + "," + Csv.quote(k.place()) + "," + Csv.quote(k.metric()) + "," + st.n() + ","
                        + Csv.number(st.mean()) + "," + Csv.number(st.sd()) + "," + Csv.number(st.ci90Low()) + ","
                        + Csv.number(st.ci90High()) + "," + Csv.number(st.p05()) + "," + Csv.number(st.p95())));
            }
        }
    }

    private static Summarizer.Source source(Parts parts, int c, List<Integer> reps) {
        return new Summarizer.Source() {
            @Override
            public int replications() {
                return reps.size();
            }

            @Override
            public void read(int i, Row.Consumer to) {
                parts.read(c, reps.get(i), to);
            }
        };
    }

    private static List<String> writeFailures(Path dir, Work w) throws IOException {
        List<String> lines = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (int c = 0; c < w.job().cases().size(); c++) {
            for (int r = 0; r < w.job().runs(); r++) {
                var f = w.parts().failure(c, r);
                if (f.isPresent()) {
                    lines.add(w.id(c) + " replication " + r + ": " + f.get());
                    rows.add(Csv.quote(w.id(c)) + "," + r + "," + Csv.quote(f.get()));
                }
            }
        }
        if (!rows.isEmpty()) {
            try (BufferedWriter out = Csv.create(dir.resolve(FAILURES), "scenario,replication,error")) {
                rows.forEach(l -> Csv.line(out, l));
            }
        }
        return lines;
    }

    private static void writeManifest(Path dir, Work w, int threads, double wall, OffsetDateTime startedAt,
                                      int resumedFrom, int shards) throws IOException {
        Job job = w.job();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("townward_version", Manifest.currentVersion());
        m.put("git_commit", Manifest.currentGitCommit());
        m.put("command", job.command());
        m.put("inputs", job.inputs());
        m.put("master_seed", job.masterSeed());
        m.put("runs", job.runs());
        m.put("replication_seeds", "SplitMix64 of (master_seed, replication); see townward.batch.ReplicationSeeds");
        List<Map<String, Object>> cases = new ArrayList<>();
        for (int c = 0; c < job.cases().size(); c++) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("scenario", w.id(c));
            e.put("sets", job.cases().get(c).sets());
            e.put("completed_replications", ranges(w.succeeded(c)));
            List<Integer> failed = new ArrayList<>();
            for (int r = 0; r < job.runs(); r++) {
                if (!w.parts().succeeded(c, r)) {
                    failed.add(r);
                }
            }
            e.put("failed_replications", ranges(failed));
            cases.add(e);
        }
        m.put("cases", cases);
        if (job.sweep() != null) {
            m.put("sweep", job.sweep());
        }
        m.put("threads", threads);
        m.put("replications_done_before_this_process", resumedFrom);
        if (shards > 0) {
            m.put("merged_shards", shards);
        }
        m.put("wall_seconds", Math.round(wall * 1000) / 1000.0);
        m.put("java_version", System.getProperty("java.version"));
        m.put("started_at", startedAt.toString());
        JSON.writeValue(dir.resolve(JobFolder.COMPLETE_MARK).toFile(), m);
    }

    /** {@code [0, 1, 2, 5]} as {@code "0-2,5"}. */
    static String ranges(List<Integer> sorted) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            b.append(b.length() > 0 ? "," : "").append(sorted.get(i));
            if (j > i) {
                b.append('-').append(sorted.get(j));
            }
            i = j + 1;
        }
        return b.toString();
    }
}

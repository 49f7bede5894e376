package townward.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import townward.cluster.Shard;
import townward.collect.OutputFolder;
import townward.scenario.ScenarioException;

/**
 * Runs one shard of a job: only the work items {@link Shard#owns} ({@code k = replication x cases + case}), with the
 * seeds of the unsharded job, committed into the shard's area. No outputs are written; {@link Merge} joins the
 * areas into them once every shard has run.
 */
public final class ShardRun {

    private ShardRun() {
    }

    /** Runs {@code shard} of {@code job}, creating the job folder at {@code target} or joining it. */
    public static Batch.Outcome start(Job job, Path target, Shard shard, Batch.Settings s)
            throws BatchException, ScenarioException {
        List<byte[]> bytes = JobFiles.readInputs(job);
        List<Replications.Ready> ready = JobFiles.load(job, i -> Path.of(job.inputs().get(i).file()), s.loader());
        Job recorded = JobFiles.stored(job, bytes, ready);
        try (JobFolder folder = JobFolder.createOrJoin(target, JobFiles.filler(recorded, bytes))) {
            Job stored;
            if (folder.created()) {
                stored = recorded;
                s.log().println("working in " + folder.work() + "; the other shards join it with the same command "
                        + "and their --shard I/" + shard.count());
            } else {
                stored = JobFiles.readJob(folder);
                String diff = difference(stored, recorded);
                if (diff != null) {
                    throw new BatchException("mismatched shards: the job in " + target + " differs from this "
                            + "command's (" + diff + "); give every shard the same command, or use --resume "
                            + target + " --shard " + shard);
                }
            }
            return run(stored, folder, ready, shard, s);
        }
    }

    /** Runs (or finishes) {@code shard} of the job already in the folder of {@code target}. */
    public static Batch.Outcome resume(Path target, Shard shard, Batch.Settings s) throws BatchException {
        try (JobFolder folder = JobFolder.resume(target, true)) {
            Job job = JobFiles.readJob(folder);
            return run(job, folder, JobFiles.loadStored(job, folder, s.loader()), shard, s);
        }
    }

    private static Batch.Outcome run(Job job, JobFolder folder, List<Replications.Ready> ready, Shard shard,
                                     Batch.Settings s) throws BatchException {
        for (Shard other : ShardArea.present(folder)) {
            if (other.count() != shard.count()) {
                throw new BatchException("mismatched shards: " + folder.target() + " holds shards of "
                        + other.count() + " (" + other.area() + "), this is --shard " + shard + "; give --shard I/"
                        + other.count());
            }
        }
        long t0 = System.nanoTime();
        int cases = job.cases().size();
        Parts whole = folder.parts();
        try (ShardArea area = ShardArea.open(folder, shard)) {
            Parts mine = area.parts();
            mine.cleanTemps();
            List<int[]> share = new ArrayList<>();
            List<int[]> todo = new ArrayList<>();
            for (int r = 0; r < job.runs(); r++) {
                for (int c = 0; c < cases; c++) {
                    if (shard.owns((long) r * cases + c) && !whole.committed(c, r)) {   // committed before sharding
                        share.add(new int[] {c, r});
                        if (!mine.committed(c, r)) {
                            todo.add(new int[] {c, r});
                        }
                    }
                }
            }
            try (Progress progress = Progress.forStderr(job.command() + " shard " + shard, share.size(),
                    share.size() - todo.size(), s.quiet(), s.log())) {
                Replications.run(ready, todo, job.masterSeed(), mine, s.threads(), s.engine(), progress);
            }
            List<String> failures = new ArrayList<>();
            for (int[] t : share) {
                mine.failure(t[0], t[1]).ifPresent(f -> failures.add(job.cases().get(t[0]).id() + " replication "
                        + t[1] + ": " + f));
            }
            return new Batch.Outcome(area.root(), share.size(), failures.size(), todo.size(),
                    (System.nanoTime() - t0) / 1e9, failures);
        } catch (IOException e) {
            throw new BatchException("cannot write in " + folder.work() + ": " + OutputFolder.reason(e));
        }
    }

    /** The first way two jobs differ, for the message, or null when they are the same job. */
    static String difference(Job there, Job here) {
        if (!there.command().equals(here.command())) {
            return "command " + there.command() + " there, " + here.command() + " here";
        }
        if (there.masterSeed() != here.masterSeed()) {
            return "--seed " + there.masterSeed() + " there, " + here.masterSeed() + " here";
        }
        if (there.runs() != here.runs()) {
            return "--runs " + there.runs() + " there, " + here.runs() + " here";
        }
        List<String> a = there.inputs().stream().map(Job.Input::sha256).toList();
        List<String> b = here.inputs().stream().map(Job.Input::sha256).toList();
        if (!a.equals(b)) {
            return "the scenario files differ";
        }
        if (!there.cases().equals(here.cases())) {
            return "the scenarios or --set values differ";
        }
        if (there.sweep() == null ? here.sweep() != null : !there.sweep().equals(here.sweep())) {
            return "the design differs";
        }
        return null;
    }
}

package townward.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import townward.cluster.Shard;
import townward.collect.OutputFolder;

/**
 * Joins the shard areas of a job into its outputs. Every (case, replication) must be committed exactly once over
 * the areas (and what the job committed before it was sharded): a gap or a duplicate stops the merge with the
 * items named, before anything moves. The areas' files are then renamed into the job's own {@code parts/} and the
 * outputs are written by the same code as an unsharded job, so they are byte-identical to it.
 */
public final class Merge {

    /** Items named in a message before "and N more". */
    private static final int SHOWN = 12;

    private Merge() {
    }

    public static Batch.Outcome merge(Path target, Batch.Settings s) throws BatchException {
        try (JobFolder folder = JobFolder.resume(target)) {
            Job job = JobFiles.readJob(folder);
            List<Shard> shards = ShardArea.present(folder);
            TreeSet<Integer> counts = new TreeSet<>();
            shards.forEach(sh -> counts.add(sh.count()));
            if (counts.size() > 1) {
                throw new BatchException("mismatched shards in " + target + ": areas of " + counts + " shards ("
                        + String.join(", ", shards.stream().map(Shard::area).toList()) + "); remove the areas of "
                        + "the count you did not mean");
            }
            int n = counts.isEmpty() ? 0 : counts.first();
            Parts whole = folder.parts();
            List<Parts> areas = new ArrayList<>();
            shards.forEach(sh -> areas.add(ShardArea.parts(folder, sh)));
            int cases = job.cases().size();
            Map<String, List<Integer>> missing = new LinkedHashMap<>();
            List<String> duplicates = new ArrayList<>();
            for (int c = 0; c < cases; c++) {
                for (int r = 0; r < job.runs(); r++) {
                    List<String> holders = new ArrayList<>();
                    if (whole.committed(c, r)) {
                        holders.add(JobFolder.PARTS);
                    }
                    for (int a = 0; a < areas.size(); a++) {
                        if (areas.get(a).committed(c, r)) {
                            holders.add(JobFolder.SHARDS + "/" + shards.get(a).area());
                        }
                    }
                    String item = job.cases().get(c).id() + " replication " + r;
                    if (holders.isEmpty()) {
                        String owner = n > 0 ? "shard " + Shard.owner((long) r * cases + c, n) : "no shard";
                        missing.computeIfAbsent(owner, k -> new ArrayList<>()).add(c * job.runs() + r);
                    } else if (holders.size() > 1) {
                        duplicates.add(item + " (in " + String.join(" and ", holders) + ")");
                    }
                }
            }
            if (!duplicates.isEmpty()) {
                throw new BatchException("cannot merge " + target + ": replications committed twice: "
                        + shown(duplicates, ", ") + "; remove the copies that do not belong to their shard");
            }
            if (!missing.isEmpty()) {
                String rerun = String.join(", ", missing.keySet().stream().filter(k -> k.startsWith("shard "))
                        .map(k -> "--shard " + k.substring("shard ".length())).toList());
                throw new BatchException("cannot merge " + target + ": missing " + describe(missing, job)
                        + (n > 0 ? "; run again: townward " + job.command() + " --resume " + target + " " + rerun
                        + ", then merge" : "; finish the job with: townward " + job.command() + " --resume "
                        + target));
            }
            for (int a = 0; a < areas.size(); a++) {
                for (int c = 0; c < cases; c++) {
                    for (int r = 0; r < job.runs(); r++) {
                        areas.get(a).moveTo(c, r, whole);
                    }
                }
            }
            return Batch.execute(job, folder, JobFiles.loadStored(job, folder, s.loader()), s, n);
        } catch (IOException e) {
            throw new BatchException("cannot merge in " + Batch.workFolder(target) + ": " + OutputFolder.reason(e));
        }
    }

    /** "shard 1/4: example replications 1,5,9; shard 3/4: ..." with items encoded as case x runs + replication. */
    private static String describe(Map<String, List<Integer>> missing, Job job) {
        List<String> parts = new ArrayList<>();
        int total = 0;
        for (Map.Entry<String, List<Integer>> e : missing.entrySet()) {
            Map<Integer, List<Integer>> byCase = new LinkedHashMap<>();
            for (int item : e.getValue()) {
                byCase.computeIfAbsent(item / job.runs(), k -> new ArrayList<>()).add(item % job.runs());
            }
            List<String> cs = new ArrayList<>();
            byCase.forEach((c, reps) -> cs.add(job.cases().get(c).id() + " " + (reps.size() == 1 ? "replication "
                    : "replications ") + Batch.ranges(reps)));
            parts.add(e.getKey() + ": " + shown(cs, ", "));
            total += e.getValue().size();
        }
        return total + (total == 1 ? " replication (" : " replications (") + shown(parts, "; ") + ")";
    }

    private static String shown(List<String> items, String separator) {
        String head = String.join(separator, items.subList(0, Math.min(SHOWN, items.size())));
        return items.size() > SHOWN ? head + " and " + (items.size() - SHOWN) + " more" : head;
    }
}

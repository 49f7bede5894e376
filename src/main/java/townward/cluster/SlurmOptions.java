package townward.cluster;

import java.util.regex.Pattern;

/**
 * What the job array asks of Slurm. Every value goes into a script, so each is checked against the form Slurm
 * takes, which also keeps anything but that form out of the script.
 *
 * @param shards         array tasks (N)
 * @param partition      {@code --partition}, or null for the cluster's default
 * @param time           {@code --time} of each task and of the merge, or null
 * @param cpus           {@code --cpus-per-task}, also the shard's {@code --threads}
 * @param mem            {@code --mem} per task, or null
 * @param arrayParallel  at most this many tasks at once ({@code --array=0-(N-1)%K}), or 0 for no limit
 */
public record SlurmOptions(int shards, String partition, String time, int cpus, String mem, int arrayParallel) {

    private static final Pattern PARTITION = Pattern.compile("[A-Za-z0-9_.,-]{1,64}");
    private static final Pattern TIME = Pattern.compile(
            "\\d{1,6}|\\d{1,6}:\\d{1,2}(:\\d{1,2})?|\\d{1,4}-\\d{1,2}(:\\d{1,2}(:\\d{1,2})?)?");
    private static final Pattern MEM = Pattern.compile("\\d{1,9}[KMGT]?");

    public SlurmOptions {
        if (shards < 1) {
            throw new IllegalArgumentException("--slurm needs --shards N, the number of array tasks (N >= 1)"
                    + (shards == 0 ? "" : ", got " + shards));
        }
        if (partition != null && !PARTITION.matcher(partition).matches()) {
            throw new IllegalArgumentException("--partition expects a Slurm partition name (letters, digits, "
                    + "_ . , -), got '" + partition + "'");
        }
        if (time != null && !TIME.matcher(time).matches()) {
            throw new IllegalArgumentException("--time expects a Slurm time limit such as 30 (minutes), 2:00:00 or "
                    + "1-12:00:00, got '" + time + "'");
        }
        if (cpus < 1) {
            throw new IllegalArgumentException("--cpus expects a number of CPUs per task, at least 1, got " + cpus);
        }
        if (mem != null && !MEM.matcher(mem).matches()) {
            throw new IllegalArgumentException("--mem expects memory per task such as 4G or 4000M, got '" + mem
                    + "'");
        }
        if (arrayParallel < 0) {
            throw new IllegalArgumentException("--array-parallel expects the most tasks to run at once, at least 1,"
                    + " got " + arrayParallel);
        }
    }
}

package townward.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * The two scripts that run a job on Slurm: {@code job.sbatch}, an array of N tasks each running shard
 * {@code $SLURM_ARRAY_TASK_ID/N} of the job stored in the job folder, and {@code merge.sbatch}, which joins the
 * shards and is submitted to wait for every task ({@code --dependency=afterok:<array>}; the id exists only once the
 * array is submitted, so the dependency is given to sbatch rather than written in the script). Both name only the
 * job folder and the jar: the scenarios they run are the copies stored there.
 */
public final class SlurmScripts {

    public static final String JOB = "job.sbatch";
    public static final String MERGE = "merge.sbatch";
    public static final String LOGS = "slurm";

    /**
     * @param work      the job folder (where the scripts and their logs go)
     * @param target    the results folder the job commits to
     * @param command   batch, sweep or compare
     * @param launcher  java's arguments that start townward ({@link Launcher#of})
     * @param mergeArgs extra arguments of the merge (e.g. --report)
     */
    public record Job(Path work, Path target, String command, List<String> launcher, List<String> mergeArgs) {
        public Job {
            launcher = List.copyOf(launcher);
            mergeArgs = List.copyOf(mergeArgs);
        }
    }

    private SlurmScripts() {
    }

    /** Writes both scripts (and the folder for their logs) into the job folder; returns their paths. */
    public static List<Path> write(Job job, SlurmOptions o) throws ClusterException {
        Path jobFile = job.work().resolve(JOB);
        Path mergeFile = job.work().resolve(MERGE);
        try {
            Files.createDirectories(job.work().resolve(LOGS));   // Slurm does not create the folder of --output
            write(jobFile, array(job, o));
            write(mergeFile, merge(job, o));
        } catch (IOException e) {
            throw new ClusterException("cannot write the Slurm scripts into " + job.work() + ": " + e.getMessage());
        }
        return List.of(jobFile, mergeFile);
    }

    /** The text of {@code job.sbatch}. */
    public static String array(Job job, SlurmOptions o) throws ClusterException {
        int n = o.shards();
        StringBuilder b = new StringBuilder("#!/bin/bash\n");
        b.append("# townward ").append(job.command()).append(" as a Slurm job array: task I runs shard I/").append(n)
                .append(" of the job stored in this\n")
                .append("# folder, with the seeds of the unsharded job. Results: ").append(job.target()).append('\n')
                .append("# Submit merge.sbatch after it with --dependency=afterok:<array id> (townward printed both\n")
                .append("# commands). A failed task is rerun alone: sbatch --array=I ").append(JOB)
                .append(", then merge.sbatch.\n");
        header(b, job, o, "townward-" + name(job.target()), "shard-%a-%A.out");
        b.append("#SBATCH --array=0-").append(n - 1).append(o.arrayParallel() > 0 ? "%" + o.arrayParallel() : "")
                .append('\n');
        List<String> args = new ArrayList<>(List.of(job.command(), "--resume", job.target().toString()));
        b.append("set -u\n");
        b.append(java(job)).append(' ').append(Shell.join(args)).append(" --shard \"${SLURM_ARRAY_TASK_ID}/")
                .append(n).append("\" --threads ").append(o.cpus()).append('\n');
        b.append("status=$?\n");
        b.append("# 2: the shard ran to its end but some replications failed. Those are results (the merge lists\n")
                .append("# them in failures.csv), so the task counts as done and the merge still runs.\n");
        b.append("if [ \"$status\" -eq 2 ]; then status=0; fi\n");
        b.append("exit \"$status\"\n");
        return b.toString();
    }

    /** The text of {@code merge.sbatch}. */
    public static String merge(Job job, SlurmOptions o) throws ClusterException {
        StringBuilder b = new StringBuilder("#!/bin/bash\n");
        b.append("# Joins the ").append(o.shards()).append(" shards of the job stored in this folder into its results,")
                .append('\n').append("# ").append(job.target()).append(", once every task of ").append(JOB)
                .append(" has succeeded:\n")
                .append("# sbatch --dependency=afterok:<array id> ").append(MERGE).append('\n');
        header(b, job, o, "townward-" + name(job.target()) + "-merge", "merge-%j.out");
        List<String> args = new ArrayList<>(List.of("merge", job.target().toString(), "--threads",
                Integer.toString(o.cpus())));
        args.addAll(job.mergeArgs());
        b.append("set -u\n");
        b.append("exec ").append(java(job)).append(' ').append(Shell.join(args)).append('\n');
        return b.toString();
    }

    private static void header(StringBuilder b, Job job, SlurmOptions o, String name, String log)
            throws ClusterException {
        Path logs = job.work().resolve(LOGS);
        if (logs.toString().chars().anyMatch(Character::isWhitespace)) {
            throw new ClusterException("Slurm's #SBATCH lines take no spaces: give --out a path without spaces "
                    + "(the job folder is " + job.work() + ")");
        }
        b.append("#SBATCH --job-name=").append(name).append('\n');
        b.append("#SBATCH --output=").append(logs.resolve(log)).append('\n');
        b.append("#SBATCH --cpus-per-task=").append(o.cpus()).append('\n');
        if (o.partition() != null) {
            b.append("#SBATCH --partition=").append(o.partition()).append('\n');
        }
        if (o.time() != null) {
            b.append("#SBATCH --time=").append(o.time()).append('\n');
        }
        if (o.mem() != null) {
            b.append("#SBATCH --mem=").append(o.mem()).append('\n');
        }
    }

    /** java from PATH unless $JAVA names another; $JAVA_OPTS as for the townward launcher. */
    private static String java(Job job) {
        return "\"${JAVA:-java}\" ${JAVA_OPTS:-} " + Shell.join(job.launcher());
    }

    private static String name(Path target) {
        String n = target.getFileName() == null ? "job" : target.getFileName().toString();
        return n.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    private static void write(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: sbatch reads the script anyway
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}

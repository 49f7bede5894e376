package townward.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;
import townward.cluster.Shard;
import townward.cluster.SlurmOptions;

/** The options of batch, sweep and compare that split a job over machines. */
final class ClusterOptions {

    @Option(names = "--shard", paramLabel = "I/N",
            description = "run only shard I of N of the job (work items k with k mod N = I, seeded as the whole job)"
                    + " into the job folder's shard area; needs --out DIR (the same for every shard) or --resume DIR;"
                    + " join the shards with townward merge DIR")
    String shard;

    @Option(names = "--slurm", description = "write job.sbatch (a job array running every shard) and merge.sbatch into"
            + " the job folder and print how to submit them; runs nothing here")
    boolean slurm;

    @Option(names = "--shards", paramLabel = "N", description = "with --slurm: array tasks (shards)")
    Integer shards;

    @Option(names = "--partition", paramLabel = "P", description = "with --slurm: Slurm partition")
    String partition;

    @Option(names = "--time", paramLabel = "T", description = "with --slurm: time limit of each task (30, 2:00:00, "
            + "1-12:00:00)")
    String time;

    @Option(names = "--cpus", paramLabel = "C", description = "with --slurm: CPUs per task, also its --threads "
            + "(default: 1)")
    Integer cpus;

    @Option(names = "--mem", paramLabel = "M", description = "with --slurm: memory per task (4G, 4000M)")
    String mem;

    @Option(names = "--array-parallel", paramLabel = "K", description = "with --slurm: at most K tasks at once")
    Integer arrayParallel;

    @Option(names = "--submit", description = "with --slurm: submit both scripts with sbatch (when it is on PATH) and "
            + "print the job ids")
    boolean submit;

    /** The shard to run, or null. */
    Shard shard() throws CliException {
        if (shard == null) {
            return null;
        }
        try {
            return Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }

    /** The array's settings, or null without --slurm; options that need --slurm are refused without it. */
    SlurmOptions slurm() throws CliException {
        if (!slurm) {
            List<String> stray = new ArrayList<>();
            addIf(stray, shards != null, "--shards");
            addIf(stray, partition != null, "--partition");
            addIf(stray, time != null, "--time");
            addIf(stray, cpus != null, "--cpus");
            addIf(stray, mem != null, "--mem");
            addIf(stray, arrayParallel != null, "--array-parallel");
            addIf(stray, submit, "--submit");
            if (!stray.isEmpty()) {
                throw new CliException(String.join(", ", stray) + (stray.size() == 1 ? " goes" : " go")
                        + " with --slurm");
            }
            return null;
        }
        if (shard != null) {
            throw new CliException("--slurm writes the scripts that run every shard; give no --shard with it");
        }
        if (arrayParallel != null && arrayParallel < 1) {   // SlurmOptions reads 0 as "no limit"
            throw new CliException("--array-parallel expects the most tasks to run at once, at least 1, got "
                    + arrayParallel);
        }
        try {
            return new SlurmOptions(shards == null ? 0 : shards, partition, time, cpus == null ? 1 : cpus, mem,
                    arrayParallel == null ? 0 : arrayParallel);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }

    private static void addIf(List<String> to, boolean present, String name) {
        if (present) {
            to.add(name);
        }
    }
}

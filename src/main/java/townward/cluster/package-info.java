/**
 * Running one job on many machines: the split of a job's work into shards ({@link townward.cluster.Shard}) and the
 * Slurm job array that runs them ({@link townward.cluster.SlurmScripts}, {@link townward.cluster.Sbatch}).
 *
 * <p>Slurm is the scheduler; nothing here queues or retries work. A shard is a deterministic share of the job's
 * (case, replication) indices, seeded exactly as the unsharded job, so the merged outputs equal a one-machine run.
 */
package townward.cluster;

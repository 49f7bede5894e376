package townward.batch;

import java.util.List;

/**
 * What a batch, sweep or comparison does, stored as {@code job.json} in its folder so that {@code --resume} can
 * finish it without the original command line.
 *
 * @param command     {@code batch}, {@code sweep} or {@code compare}
 * @param masterSeed  replication r runs with {@link ReplicationSeeds#of}(masterSeed, r)
 * @param runs        replications of each case
 * @param inputs      the scenario files, copied into the folder
 * @param cases       the simulated variants, in output order
 * @param sweep       the design of a sweep, else null
 * @param townward    the version that started the job (a resume by another could not match what was committed)
 */
public record Job(String command, long masterSeed, int runs, List<Input> inputs, List<Case> cases, SweepSpec sweep,
                  String townward) {

    public Job {
        inputs = List.copyOf(inputs);
        cases = List.copyOf(cases);
    }

    public Job(String command, long masterSeed, int runs, List<Input> inputs, List<Case> cases, SweepSpec sweep) {
        this(command, masterSeed, runs, inputs, cases, sweep, null);
    }

    /**
     * @param file    the path given on the command line
     * @param stored  the copy in the job folder, relative to it
     * @param sha256  of the file's bytes
     */
    public record Input(String file, String stored, String sha256) {
    }

    /**
     * One simulated variant: an input with {@code --set} overrides.
     *
     * @param id     the {@code scenario} column of the outputs (scenario name, or the sweep point)
     * @param input  index into {@link Job#inputs()}
     * @param sets   overrides applied to that input, in order
     * @param sha256 of the scenario it resolved to when the job started (every default and coefficient written
     *               out), null for a point that did not load: a resume checks that it resolves the same
     */
    public record Case(String id, int input, List<String> sets, String sha256) {
        public Case {
            sets = List.copyOf(sets);
        }

        public Case(String id, int input, List<String> sets) {
            this(id, input, sets, null);
        }
    }

    /**
     * @param design   {@code grid}, {@code lhs}, {@code sobol} or {@code oat}
     * @param factors  the {@code --vary} specs
     * @param samples  LHS samples or Sobol base samples (0 for grid and oat)
     * @param seed     the LHS seed
     * @param metrics  region metrics analysed at the end year
     */
    public record SweepSpec(String design, List<String> factors, int samples, long seed, List<String> metrics) {
        public SweepSpec {
            factors = List.copyOf(factors);
            metrics = List.copyOf(metrics);
        }
    }
}

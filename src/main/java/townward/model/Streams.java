package townward.model;

import java.util.SplittableRandom;

/**
 * Random streams keyed by (run seed, year, phase, household): every household draws from its own stream each
 * year, so results do not depend on how households are split across threads (DESIGN.md).
 */
public final class Streams {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    /** Key of the taste streams, apart from every (year, phase) key. */
    private static final long TASTE_KEY = 0x7A57E5L;
    private final long seed;

    public Streams(long seed) {
        this.seed = seed;
    }

    /** A stream for one household in one phase of one year. */
    public SplittableRandom household(int year, Phase phase, int h) {
        return new SplittableRandom(mix(mix(mix(seed, year), phase.ordinal() + 1L), h));
    }

    /** The seed of {@link #household}'s stream, for a {@link Cursor}. */
    public long householdSeed(int year, Phase phase, int h) {
        return mix(mix(mix(seed, year), phase.ordinal() + 1L), h);
    }

    /**
     * A reusable position in a household's stream giving exactly {@link SplittableRandom#nextDouble()}'s numbers
     * (SplitMix64, gamma 0x9e3779b97f4a7c15), without allocating a stream; it can start at any draw, since the k-th
     * number of a stream depends only on its seed and k. StreamsTest checks it against SplittableRandom.
     */
    public static final class Cursor {
        private long state;
        private int drawn;

        /** Moves to draw {@code k} (0 the first) of the stream with this seed. */
        public Cursor at(long streamSeed, int k) {
            state = streamSeed + k * GOLDEN_GAMMA;
            drawn = k;
            return this;
        }

        public double nextDouble() {
            long z = state += GOLDEN_GAMMA;
            drawn++;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return ((z ^ (z >>> 31)) >>> 11) * 0x1.0p-53;
        }

        /** Numbers drawn from the stream so far, counting those skipped by {@link #at}. */
        public int drawn() {
            return drawn;
        }
    }

    /**
     * The first uniform of {@link #household}'s stream without making the stream: SplittableRandom's seeded
     * constructor and first nextDouble (SplitMix64, gamma 0x9e3779b97f4a7c15), so that a phase where most families
     * draw only one number allocates nothing for them. StreamsTest checks it against SplittableRandom.
     */
    public double firstUniform(int year, Phase phase, int h) {
        long z = mix(mix(mix(seed, year), phase.ordinal() + 1L), h) + GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return ((z ^ (z >>> 31)) >>> 11) * 0x1.0p-53;
    }

    /** A uniform keyed by (year, phase, household, k) without a stream object, for a one-off draw. */
    public double uniform(int year, Phase phase, int h, long k) {
        return (mix(mix(mix(mix(seed, year), phase.ordinal() + 1L), h), k) >>> 11) * 0x1.0p-53;
    }

    /** A household's stream for its persistent tastes, drawn once in the start state ({@link MoverStayer}). */
    public SplittableRandom startTaste(int h) {
        return new SplittableRandom(mix(mix(seed, TASTE_KEY), h));
    }

    /** The stream of a sequential part of a phase (e.g. the matching order). */
    public SplittableRandom phase(int year, Phase phase) {
        return new SplittableRandom(mix(mix(mix(seed, year), phase.ordinal() + 1L), -1L));
    }

    /** SplitMix64 finaliser of a combined key. */
    static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Rounds x to an integer at random so that its expectation is x (MODEL.md section 8). */
    public static int roundStochastic(double x, SplittableRandom r) {
        double f = Math.floor(x);
        return (int) f + (r.nextDouble() < x - f ? 1 : 0);
    }
}

package townward.labour;

/**
 * Who of working age works for pay, and how much an hour of it earns by age (MODEL.md 6.1). A person participates
 * iff a uniform of their own, fixed for life, lies below the rate of their age and sex: the same people stay in or
 * out of work from year to year, and no stream is drawn for it.
 */
public final class Participation {
    /** Lower bounds of the age groups of the table. */
    private static final int[] FROM = {16, 20, 25, 30, 45, 50, 55, 60, 65, 70};
    /** 2010 census activity rates, non-pupils (assumed, MODEL.md 6.1). */
    private static final double[] MEN = {0.35, 0.85, 0.96, 0.97, 0.95, 0.90, 0.85, 0.65, 0.45, 0.15};
    private static final double[] WOMEN = {0.35, 0.78, 0.85, 0.85, 0.82, 0.72, 0.60, 0.45, 0.30, 0.08};
    private static final long KEY = 0x9A57C1L;

    private final long seed;
    private final double scale;

    public Participation(long seed, double scale) {
        this.seed = seed;
        this.scale = scale;
    }

    /** Participation rate at an age, before the scenario's scale. */
    public static double rate(int age, boolean female) {
        if (age < FROM[0]) {
            return 0;
        }
        int g = FROM.length - 1;
        while (FROM[g] > age) {
            g--;
        }
        return (female ? WOMEN : MEN)[g];
    }

    /** Whether person {@code pid} works for pay at this age. */
    public boolean participates(int pid, int age, boolean female) {
        return uniform(pid) < rate(age, female) * scale;
    }

    /** Earnings at an age relative to 25-49 (assumed, MODEL.md 6.1). */
    public static double ageFactor(int age) {
        if (age < 25) {
            return 0.85;
        }
        if (age < 50) {
            return 1.0;
        }
        return age < 60 ? 0.9 : 0.7;
    }

    /** The person's lifelong uniform (SplitMix64 of seed and person id). */
    private double uniform(int pid) {
        long z = (seed ^ KEY) * 0x9E3779B97F4A7C15L + pid + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return ((z ^ (z >>> 31)) >>> 11) * 0x1.0p-53;
    }
}

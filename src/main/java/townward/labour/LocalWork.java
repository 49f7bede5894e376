package townward.labour;

/**
 * The county pools of local non-farm work (本地 village and township work, MODEL.md 6.1): openings set from the
 * county's rural residents at the start and growing at {@code labour.local_job_growth}, shared by the workers at
 * home who do not commute. Without it, work near the village would be unlimited.
 */
public final class LocalWork {
    /** Per county: openings (simulated scale). */
    final double[] openings;
    /** Per county: this year's chance of local work, and its smoothed expectation. */
    final double[] chanceNow;
    final double[] chance;
    /** Per county: this year's seekers (workers at home who do not commute). */
    final double[] seekers;

    public LocalWork(int counties) {
        openings = new double[counties];
        chanceNow = new double[counties];
        chance = new double[counties];
        seekers = new double[counties];
    }

    /** The chance a worker at home in county c expects of local work. */
    public double chance(int c) {
        return chance[c];
    }

    /** This year's chance of local work in county c (realized earnings are its expected value). */
    public double chanceNow(int c) {
        return chanceNow[c];
    }

    /** Workers at home seeking local work in county c this year. */
    public double seekers(int c) {
        return seekers[c];
    }

    /** Local openings of county c. */
    public double openings(int c) {
        return openings[c];
    }
}

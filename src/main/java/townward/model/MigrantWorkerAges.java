package townward.model;

import townward.household.Whereabouts;
import townward.labour.Participation;
import townward.people.LifeCourse;
import townward.people.Persons;

/**
 * Ages of migrant workers in work as the monitoring survey reports them (MODEL.md 7, P11): the mean age and the share
 * over 50 (its top group, 50岁以上, starts at 51), for local and for outside workers. A family's workers in work at
 * home (local work and commuting) and away are expected numbers; they are spread evenly over its participating adults
 * living there, so each person's weight is the family's working count over its workers at that side.
 */
final class MigrantWorkerAges {
    /** The survey's top age group: 50岁以上, after 41-50. */
    private static final int OVER_50 = 51;
    private static final int LOCAL = 0;
    private static final int OUTSIDE = 1;

    /** The sums kept: workers, their ages and those over 50, each local and outside. */
    static final int SUMS = 6;
    private static final int WORKERS = 0;
    private static final int AGE_SUM = 2;
    private static final int OVER_50_SUM = 4;
    /** What a member is, household by household: not a worker, a worker at home, away, or living apart. */
    private static final byte NONE = 0;
    private static final byte HOME = 1;
    private static final byte AWAY = 2;
    private static final byte APART = 3;

    private final double[] workers = new double[2];
    private final double[] ageSum = new double[2];
    private final double[] over50 = new double[2];
    /** Where the addends go while counting (a chunk's), from sum {@code at} on; null once summed. */
    private final OrderedSums sums;
    private final int at;
    private byte[] kind = new byte[16];

    /** Counts into a chunk's sums from {@code at} on. */
    MigrantWorkerAges(OrderedSums sums, int at) {
        this.sums = sums;
        this.at = at;
    }

    private MigrantWorkerAges() {
        this(null, 0);
    }

    /** The sums counted from {@code at} on. */
    static MigrantWorkerAges of(double[] totals, int at) {
        MigrantWorkerAges a = new MigrantWorkerAges();
        for (int side = 0; side < 2; side++) {
            a.workers[side] = totals[at + WORKERS + side];
            a.ageSum[side] = totals[at + AGE_SUM + side];
            a.over50[side] = totals[at + OVER_50_SUM + side];
        }
        return a;
    }

    /**
     * Adds household h's workers in work: {@code local} of them at home, {@code outside} away. Returns whether a
     * member living apart is a worker; {@link #apartWorker} tells which, until the next household is added.
     */
    boolean add(Persons p, Participation work, int h, int arrangement, boolean hasApart, double local, double outside) {
        int first = p.first(h);
        int n = p.end(h) - first;
        if (kind.length < n) {
            kind = new byte[Math.max(n, 2 * kind.length)];
        }
        boolean apartWorkers = false;
        if (local <= 0 && outside <= 0) {
            for (int j = 0; j < n; j++) {
                boolean apart = hasApart && p.apart(first + j) && isWorker(p, work, first + j);
                kind[j] = apart ? APART : NONE;
                apartWorkers |= apart;
            }
            return apartWorkers;
        }
        int accompanying = Whereabouts.anchor(p, h, arrangement);
        int home = 0;
        int away = 0;
        for (int j = 0; j < n; j++) {
            int i = first + j;
            byte k = NONE;
            if (isWorker(p, work, i)) {
                if (p.apart(i)) {
                    k = APART;
                    apartWorkers = true;
                } else if (Whereabouts.away(p, i, arrangement, accompanying)) {
                    k = AWAY;
                    away++;
                } else {
                    k = HOME;
                    home++;
                }
            }
            kind[j] = k;
        }
        double wHome = home > 0 ? local / home : 0;
        double wAway = away > 0 ? outside / away : 0;
        for (int j = 0; j < n; j++) {
            byte k = kind[j];
            if (k == HOME || k == AWAY) {
                boolean isAway = k == AWAY;
                int side = isAway ? OUTSIDE : LOCAL;
                double w = isAway ? wAway : wHome;
                int age = p.age(first + j);
                sums.add(at + WORKERS + side, w);
                sums.add(at + AGE_SUM + side, w * age);
                sums.add(at + OVER_50_SUM + side, age >= OVER_50 ? w : 0);
            }
        }
        return apartWorkers;
    }

    /** Whether the household's member {@code j} (0 the first) lives apart and is a worker. */
    boolean apartWorker(int j) {
        return kind[j] == APART;
    }

    /** Adds a member living apart (MODEL.md 5.8), in work with weight {@code working}: an outside migrant. */
    void addApart(int age, double working) {
        sums.add(at + WORKERS + OUTSIDE, working);
        sums.add(at + AGE_SUM + OUTSIDE, working * age);
        sums.add(at + OVER_50_SUM + OUTSIDE, age >= OVER_50 ? working : 0);
    }

    static boolean isWorker(Persons p, Participation work, int i) {
        int age = p.age(i);
        return LifeCourse.of(age, p.is(i, Persons.SENIOR_PUPIL)) == LifeCourse.ADULT && !p.studying(i)
                && work.participates(p.pid(i), age, p.female(i));
    }

    void record(Region r, Recording out) {
        double all = workers[LOCAL] + workers[OUTSIDE];
        out.put(r, Recording.REGION, "migrant_workers_mean_age", all > 0 ? (ageSum[LOCAL] + ageSum[OUTSIDE]) / all : 0);
        out.put(r, Recording.REGION, "migrant_workers_over_50_share", all > 0 ? (over50[LOCAL] + over50[OUTSIDE]) / all : 0);
        out.put(r, Recording.REGION, "local_migrant_workers_mean_age", mean(ageSum, LOCAL));
        out.put(r, Recording.REGION, "outside_migrant_workers_mean_age", mean(ageSum, OUTSIDE));
        out.put(r, Recording.REGION, "outside_migrant_workers_over_50_share", mean(over50, OUTSIDE));
    }

    private double mean(double[] sum, int side) {
        return workers[side] > 0 ? sum[side] / workers[side] : 0;
    }
}

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

    private final double[] workers = new double[2];
    private final double[] ageSum = new double[2];
    private final double[] over50 = new double[2];

    /** Adds household h's workers in work: {@code local} of them at home, {@code outside} away. */
    void add(Persons p, Participation work, int h, int arrangement, double local, double outside) {
        if (local <= 0 && outside <= 0) {
            return;
        }
        int accompanying = Whereabouts.anchor(p, h, arrangement);
        int home = 0;
        int away = 0;
        for (int i = p.first(h); i < p.end(h); i++) {
            if (isWorker(p, work, i) && !p.apart(i)) {
                if (Whereabouts.away(p, i, arrangement, accompanying)) {
                    away++;
                } else {
                    home++;
                }
            }
        }
        double wHome = home > 0 ? local / home : 0;
        double wAway = away > 0 ? outside / away : 0;
        for (int i = p.first(h); i < p.end(h); i++) {
            if (isWorker(p, work, i) && !p.apart(i)) {
                boolean isAway = Whereabouts.away(p, i, arrangement, accompanying);
                int side = isAway ? OUTSIDE : LOCAL;
                double w = isAway ? wAway : wHome;
                int age = p.age(i);
                workers[side] += w;
                ageSum[side] += w * age;
                over50[side] += age >= OVER_50 ? w : 0;
            }
        }
    }

    /** Adds a member living apart (MODEL.md 5.8), in work with weight {@code working}: an outside migrant. */
    void addApart(int age, double working) {
        workers[OUTSIDE] += working;
        ageSum[OUTSIDE] += working * age;
        over50[OUTSIDE] += age >= OVER_50 ? working : 0;
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

package townward.model;

import townward.household.Households;
import townward.household.Whereabouts;
import townward.people.Persons;

/**
 * The college outputs (MODEL.md 10.3, 5.8): students at the region's college seats and at the systems, this year's
 * entrants and graduates, and the graduates of the year who settled at an urban place of the region after their
 * choice (alone there, or with a family living there).
 */
final class Students {
    private static final int IN_REGION = 0;
    private static final int OUTSIDE = 1;
    private static final int SETTLED = 2;
    private static final int GRADUATES_APART_REGION = 3;
    private static final int COUNTS = 4;

    private Students() {
    }

    static void record(Region r, Recording out) {
        Households hh = r.households;
        Persons p = r.persons;
        int n = Math.min(hh.size(), p.households());
        double[][] parts = new double[Parallel.chunks(n)][];
        r.parallel.forRange(n, (from, to) -> {
            double[] c = new double[COUNTS];
            for (int h = from; h < to; h++) {
                if (hh.alive(h)) {
                    count(r, h, c);
                }
            }
            parts[from / Parallel.CHUNK] = c;
        });
        double[] c = new double[COUNTS];
        for (double[] part : parts) {
            for (int k = 0; part != null && k < COUNTS; k++) {
                c[k] += part[k];
            }
        }
        double scale = r.scale();
        out.put(r, Recording.REGION, "students", c[IN_REGION] / scale);
        out.put(r, Recording.REGION, "students_outside", c[OUTSIDE] / scale);
        out.put(r, Recording.REGION, "college_entrants", r.college.entrants() / scale);
        out.put(r, Recording.REGION, "college_entrants_local", r.college.entrantsLocal() / scale);
        out.put(r, Recording.REGION, "graduates", r.college.graduates() / scale);
        out.put(r, Recording.REGION, "graduates_settled_region", c[SETTLED] / scale);
        out.put(r, Recording.REGION, "graduates_apart_region", c[GRADUATES_APART_REGION] / scale);
        out.put(r, Recording.REGION, "graduates_retained", r.college.retained() / scale);
    }

    private static void count(Region r, int h, double[] c) {
        Persons p = r.persons;
        Households hh = r.households;
        for (int i = p.first(h); i < p.end(h); i++) {
            if (p.studying(i)) {
                c[r.isSystem(p.alone(i)) ? OUTSIDE : IN_REGION]++;
            } else if (p.graduate(i)) {
                boolean apartHere = p.apart(i) && r.urbanDestination(p.alone(i));
                c[GRADUATES_APART_REGION] += apartHere ? 1 : 0;
                if (p.yearsSinceGraduation(i) == 0) {
                    c[SETTLED] += apartHere || !p.apart(i) && urbanWithFamily(r, h, i) ? 1 : 0;
                }
            }
        }
    }

    /** Whether row i, living with the family, lives at an urban place of the region. */
    private static boolean urbanWithFamily(Region r, int h, int i) {
        Households hh = r.households;
        int arr = hh.arrangement(h);
        if (Whereabouts.away(r.persons, i, arr, Whereabouts.anchor(r.persons, h, arr))) {
            return r.urbanDestination(hh.away(h));
        }
        return r.villages.get(hh.village(h)).urban;
    }
}

package townward.demography;

import townward.model.Parallel;
import townward.model.Phase;
import townward.model.Region;
import townward.people.Persons;
import townward.place.Settlement;
import townward.scenario.Demography;

/**
 * College (MODEL.md 10.3), in Demography after the rebuild: a year of study passes for every student, those with
 * none left graduate where they studied (and choose as youth do in their graduation year, 5.8), and the senior
 * pupils who turned 18 enter with {@code college_entry} of the year. An entrant studies at the region's college seats
 * with {@code college_local_share} while one is free (a place drawn by its free seats), else at a system drawn by its
 * posts; seats are never exceeded. Students are members living apart at the college, not workers, counted there
 * all year. Draws are keyed by person from the family's stream of the phase, so results do not depend on threads.
 */
public final class College {
    private static final long ENTRY_KEY = 0xC011_E6EL << 20;
    private static final long LOCAL_KEY = 0xC011_E6FL << 20;
    private static final long PLACE_KEY = 0xC011_E70L << 20;
    private static final long HUKOU_KEY = 0xC011_E71L << 20;
    private static final long SEATS_KEY = 0xC011_E72L;

    /** Per place: college seats open to the region's entrants (college_expansion adds to them), and students there. */
    private final int[] seats;
    private final int[] used;
    /** This year's entrants, of them at the region's seats, and graduates (simulated persons). */
    private int entrants;
    private int entrantsLocal;
    private int graduates;
    private double retained;

    public College(Region r) {
        int n = r.settlements.size();
        seats = new int[n];
        used = new int[n];
        double scale = r.scale();
        int year = r.scenario.startYear();
        for (Settlement s : r.settlements) {
            double x = s.spec.schools().college() * scale;
            seats[s.index] = (int) Math.floor(x + r.streams.uniform(year, Phase.DEMOGRAPHY, -1 - s.index, SEATS_KEY));
        }
    }

    /** Adds {@code n} seats open to the region's entrants at place d (college_expansion). */
    public void addSeats(int d, int n) {
        seats[d] += n;
    }

    public int seats(int d) {
        return seats[d];
    }

    /** Students at place d after this year's entry. */
    public int students(int d) {
        return used[d];
    }

    public int entrants() {
        return entrants;
    }

    public int entrantsLocal() {
        return entrantsLocal;
    }

    public int graduates() {
        return graduates;
    }

    /** Graduates graduate_retention paid this year (simulated persons), set by the youth's choices. */
    public double retained() {
        return retained;
    }

    public void setRetained(double n) {
        retained = n;
    }

    /** The year's studies, graduations and entries; the families' counts are refilled afterwards by Demography. */
    void step(Region r) {
        expand(r);
        Persons p = r.persons;
        Demography.College c = r.scenario.demography().college();
        double entry = c.entryIn(r.year);
        int n = Math.min(r.households.size(), p.households());
        int places = seats.length;
        int chunks = Parallel.chunks(n);
        int[][] atPlace = new int[chunks][];
        int[][] entering = new int[chunks][];
        int[] graduated = new int[chunks];
        r.parallel.forRange(n, (from, to) -> {
            int k = from / Parallel.CHUNK;
            int[] at = new int[places];
            int[] in = new int[8];
            int m = 0;
            for (int h = from; h < to; h++) {
                if (!r.households.alive(h)) {
                    continue;
                }
                for (int i = p.first(h); i < p.end(h); i++) {
                    graduated[k] += p.collegeYear(i) ? 1 : 0;
                    if (p.studying(i)) {
                        if (p.alone(i) < places) {
                            at[p.alone(i)]++;
                        }
                    } else if (p.age(i) == 18 && p.is(i, Persons.SENIOR_PUPIL) && !p.apart(i) && !p.graduate(i)
                            && !p.is(i, Persons.EVER_MARRIED)
                            && r.streams.uniform(r.year, Phase.DEMOGRAPHY, h, ENTRY_KEY | p.pid(i)) < entry) {
                        if (m == in.length) {
                            in = java.util.Arrays.copyOf(in, 2 * m);
                        }
                        in[m++] = i;
                    }
                }
            }
            atPlace[k] = at;
            entering[k] = java.util.Arrays.copyOf(in, m);
        });
        java.util.Arrays.fill(used, 0);
        graduates = 0;
        for (int k = 0; k < chunks; k++) {
            graduates += graduated[k];
            if (atPlace[k] != null) {
                for (int d = 0; d < places; d++) {
                    used[d] += atPlace[k][d];
                }
            }
        }
        entrants = 0;
        entrantsLocal = 0;
        for (int[] rows : entering) {
            for (int i : rows == null ? new int[0] : rows) {
                enter(r, c, i);
            }
        }
    }

    /**
     * college_expansion: this year's new seats at the targeted urban places, the share open to the region's entrants
     * added (rounded stochastically at the scale), the cost of all of them booked.
     */
    private void expand(Region r) {
        double[] added = r.policy.collegeSeats;
        for (Settlement s : r.settlements) {
            int d = s.index;
            if (added[d] <= 0 || !s.urban) {
                continue;
            }
            double open = added[d] * (1 - r.policy.collegeOutsideShare[d]) * r.scale();
            seats[d] += (int) Math.floor(open + r.streams.uniform(r.year, Phase.DEMOGRAPHY, -1 - d, SEATS_KEY));
            r.costs.book("college_expansion", added[d] * r.policy.collegeSeatCost[d]);
        }
    }

    /** Entrant row i goes to a free seat of the region with the local share, else to a system by its posts. */
    private void enter(Region r, Demography.College c, int i) {
        Persons p = r.persons;
        int h = p.household(i);
        long pid = p.pid(i);
        int free = 0;
        for (int d = 0; d < seats.length; d++) {
            free += Math.max(0, seats[d] - used[d]);
        }
        double pick = r.streams.uniform(r.year, Phase.DEMOGRAPHY, h, PLACE_KEY | pid);
        int d;
        if (free > 0 && r.streams.uniform(r.year, Phase.DEMOGRAPHY, h, LOCAL_KEY | pid) < c.localShare()) {
            d = placeBySeats(pick * free);
            used[d]++;
            entrantsLocal++;
        } else {
            d = systemByPosts(r, pick);
        }
        entrants++;
        p.enterCollege(i, d, c.years());
        if (r.streams.uniform(r.year, Phase.DEMOGRAPHY, h, HUKOU_KEY | pid) < c.hukouTransferIn(r.year)) {
            p.set(i, Persons.URBAN_HUKOU);   // collective hukou at the college (集体户口)
        }
    }

    private int placeBySeats(double u) {
        for (int d = 0; d < seats.length; d++) {
            u -= Math.max(0, seats[d] - used[d]);
            if (u < 0) {
                return d;
            }
        }
        for (int d = seats.length - 1; ; d--) {   // rounding: the last place with a free seat
            if (seats[d] > used[d]) {
                return d;
            }
        }
    }

    private static int systemByPosts(Region r, double u) {
        double total = 0;
        for (int k = 0; k < r.systems.count(); k++) {
            total += r.systems.posts(k);
        }
        double x = u * total;
        for (int k = 0; k < r.systems.count() - 1; k++) {
            x -= r.systems.posts(k);
            if (x < 0) {
                return r.systems.dest(k);
            }
        }
        return r.systems.dest(r.systems.count() - 1);
    }
}

package townward.decision;

import townward.destination.ReturnHazard;
import townward.economy.Breakdown;
import townward.economy.FiveGolds;
import townward.household.Arrangement;
import townward.household.Households;
import townward.household.Residence;
import townward.model.Parallel;
import townward.model.Phase;
import townward.model.Region;
import townward.model.Streams;
import townward.model.Tally;
import townward.model.YearPhase;
import townward.place.Village;
import townward.scenario.Behaviour;

/**
 * Phase 6: households evaluate arrangements and destinations and draw a ranking of them (MODEL.md section 5), in
 * parallel, each from its own random stream. Commuting from home is decided here too.
 */
public final class Decisions implements YearPhase {
    /** Arrangements possible beyond the region: its members there work or live as a family. */
    private static final int[] OUTSIDE_ARRANGEMENTS = {Arrangement.WORKERS_AWAY, Arrangement.TOGETHER_AWAY,
        Arrangement.SPLIT_AWAY};
    /** Keys of the work-mode, return and no-work-at-the-system draws among the family's draws of the phase. */
    private static final long WORK_MODE_KEY = 0x574F524BL;
    private static final long RETURN_KEY = 0x52455455524EL;
    private static final long UNEMPLOYED_KEY = 0x4E4F574F524BL;

    private final Choices choices;
    private final Utility utility;
    private final ReturnHazard returns;
    /** Per village: households living at each candidate destination, then at each system, and all households. */
    private int[][] networkCounts;
    private int[] villageHouseholds;

    public Decisions(Choices choices, Utility utility, ReturnHazard returns) {
        this.choices = choices;
        this.utility = utility;
        this.returns = returns;
    }

    @Override
    public void run(Region r) {
        Households hh = r.households;
        countNetworks(r);
        utility.newYear();
        returns.newYear();
        choices.reset(hh.size());
        r.returnBusinesses.expect(r, returns::withoutProgramme);
        // per chunk, added in chunk order: the same sum whatever the threads
        double[] attributable = new double[Parallel.chunks(hh.size())];
        r.parallel.forRange(hh.size(), (from, to) -> {
            Scratch s = new Scratch();
            for (int h = from; h < to; h++) {
                if (hh.alive(h)) {
                    decideCommuting(r, h);
                    decide(r, h, s);
                }
            }
            attributable[from / Parallel.CHUNK] = s.attributable;
        });
        for (double a : attributable) {
            r.tally.returnersAttributable += a;
        }
    }

    /**
     * The work mode of the start year (MODEL.md 5.7, 9): the adults at home choose commuting or local work as every
     * year, so the start's commuters are not zero and the first simulated year does not switch thousands at once.
     */
    public void startWorkModes(Region r) {
        Households hh = r.households;
        r.parallel.forRange(hh.size(), (from, to) -> {
            for (int h = from; h < to; h++) {
                if (hh.alive(h)) {
                    decideCommuting(r, h);
                }
            }
        });
    }

    /**
     * Work mode of the adults at home (MODEL.md 5.7, per family): commuting to the town within reach against local
     * work, a logit on b_income ln(earnings) less b_commute_km per km, with the family's own draw of the year.
     * Without the random term whole villages flipped together and commuters swung from year to year.
     */
    private void decideCommuting(Region r, int h) {
        Households hh = r.households;
        FiveGolds g = utility.golds();
        int county = r.countyOf(h);
        double trained = hh.adults(h) > 0 ? (double) hh.trained(h) / hh.adults(h) : 0;
        Village v = r.villages.get(hh.village(h));
        int home = Residence.workersHome(hh, h, hh.arrangement(h));
        double commuting = home > 0 ? g.commuteEarnings(v, trained, county) : 0;
        boolean commute = false;
        if (commuting > 0) {
            Behaviour beh = r.scenario.behaviour();
            double local = g.localEarnings(h, home, trained, county, false);
            double gain = local > 0 ? beh.bIncome() * Math.log(commuting / local) : Double.POSITIVE_INFINITY;
            double u = gain - beh.bCommuteKm() * v.commuteKm;
            commute = r.streams.uniform(r.year, Phase.DECISIONS, h, WORK_MODE_KEY) < 1 / (1 + Math.exp(-u));
        }
        hh.setCommuters(h, commute ? home : 0);
    }

    /** Receives the alternatives a family considers, in a fixed order (see {@link #alternatives}). */
    interface Alternatives {
        void accept(int arr, int dest, double network, double km);
    }

    /** A family's draw: its random terms and the best alternatives kept so far. */
    private final class Scratch implements Alternatives {
        final Breakdown b = new Breakdown();
        final int[] code = new int[Choices.KEPT];
        final double[] utility = new double[Choices.KEPT];
        final double[] eta = new double[NestedLogit.NESTS];
        final MotiveSet considered = new MotiveSet();
        final double[] shares = new double[Tally.MOTIVES.length];
        Region region;
        int h;
        /** The family's stream, reset for each family that weighs its alternatives. */
        final Streams.Cursor rng = new Streams.Cursor();
        int kept;
        /** Persons return_entrepreneurship brings back from this chunk's families, in expectation. */
        double attributable;

        @Override
        public void accept(int arr, int dest, double network, double km) {
            consider(region, h, arr, dest, network, km, eta, rng, this);
        }

        void offer(int c, double u) {
            int i = kept < Choices.KEPT ? kept++ : Choices.KEPT;
            if (i == Choices.KEPT) {
                if (u <= utility[Choices.KEPT - 1]) {
                    return;
                }
                i = Choices.KEPT - 1;
            }
            while (i > 0 && utility[i - 1] < u) {
                utility[i] = utility[i - 1];
                code[i] = code[i - 1];
                i--;
            }
            utility[i] = u;
            code[i] = c;
        }
    }

    private void decide(Region r, int h, Scratch s) {
        Households hh = r.households;
        Behaviour beh = r.scenario.behaviour();
        // a life event may make a family weigh a move more often; forming a family is such an event, not a reason
        double consider = hh.is(h, Households.LIFE_EVENT) ? beh.eventConsiderRate() : beh.considerRate();
        if (returns.applies(h)) {
            // away beyond the region: the return hazard first; staying, the family weighs the systems only
            boolean unemployed = r.streams.uniform(r.year, Phase.DECISIONS, h, UNEMPLOYED_KEY) >= returns.allHired(h);
            double p = returns.probability(h, unemployed);
            s.attributable += returns.attributablePersons(h, unemployed, p);
            if (r.streams.uniform(r.year, Phase.DECISIONS, h, RETURN_KEY) < p) {
                hh.set(h, Households.RETURNING);
            }
        }
        if (!hh.is(h, Households.RETURNING) && r.streams.firstUniform(r.year, Phase.DECISIONS, h) >= consider) {
            return;
        }
        Streams.Cursor rng = s.rng.at(r.streams.householdSeed(r.year, Phase.DECISIONS, h), 1);   // after the draw above
        double lambda = beh.lambda();
        for (int k = 0; k < s.eta.length; k++) {
            s.eta[k] = NestedLogit.nestTerm(lambda, rng);
        }
        s.kept = 0;
        s.region = r;
        s.h = h;
        s.considered.clear();
        utility.golds().fix(h, s.b);
        alternatives(r, h, s);
        FiveGolds.release(s.b);
        for (int i = 0; i < s.kept; i++) {
            choices.set(h, i, s.code[i]);
        }
        int arr = s.kept > 0 ? Choices.arrangement(s.code[0]) : Arrangement.TOGETHER_HOME;
        int dest = arr == Arrangement.TOGETHER_HOME ? -1 : Choices.dest(s.code[0]);
        boolean moves = arr != Arrangement.TOGETHER_HOME && (arr != hh.arrangement(h) || dest != hh.away(h));
        if (moves) {   // why the first choice would be made, while every alternative's terms are at hand
            s.considered.shares(arr, dest, hh.arrangement(h), hh.away(h), hh.persons(h), beh, utility.golds(),
                    s.shares);
            choices.setShares(h, s.shares);
        }
    }

    /**
     * The alternatives family h considers, in order: staying, each arrangement at each urban place within reach,
     * each arrangement at each system, and its current one if none of these is it. A family away at a system weighs
     * the systems only, unless the return hazard drew it home: then home and its county's urban places only (MODEL.md
     * 5.9 names the county seat; a returner may as well take the jobs of a town at home).
     */
    void alternatives(Region r, int h, Alternatives a) {
        Households hh = r.households;
        Village v = r.villages.get(hh.village(h));
        int[] counts = networkCounts[v.index];
        double villageSize = Math.max(1, villageHouseholds[v.index]);
        boolean returning = hh.is(h, Households.RETURNING);
        if (!returning && returns.applies(h)) {
            systems(r, h, a, v, counts, villageSize);
            return;
        }
        a.accept(Arrangement.TOGETHER_HOME, -1, 0, 0);
        boolean currentSeen = hh.arrangement(h) == Arrangement.TOGETHER_HOME || returning;
        for (int c = 0; c < v.candidates.length; c++) {
            int dest = v.candidates[c];
            if (!r.settlements.get(dest).urban || returning && r.settlements.get(dest).county != v.county) {
                continue;
            }
            double n = counts[c] / villageSize;
            for (int arr = Arrangement.WORKERS_AWAY; arr < Arrangement.COUNT; arr++) {
                if (possible(r, h, arr, dest)) {
                    a.accept(arr, dest, n, v.candidateKm[c]);
                    currentSeen |= hh.arrangement(h) == arr && hh.away(h) == dest;
                }
            }
        }
        if (!returning) {
            currentSeen |= systems(r, h, a, v, counts, villageSize);
        }
        if (!currentSeen) {
            // the current place lies beyond the candidates (e.g. a place no longer urban): keep it as an option
            a.accept(hh.arrangement(h), hh.away(h), 0, utility.distanceKm(h, hh.away(h)));
        }
    }

    /** Each arrangement at each system; whether the family's current one was among them. */
    private boolean systems(Region r, int h, Alternatives a, Village v, int[] counts, double villageSize) {
        Households hh = r.households;
        boolean currentSeen = false;
        for (int k = 0; k < r.systems.count(); k++) {
            int dest = r.systems.dest(k);
            double n = counts[v.candidates.length + k] / villageSize;
            for (int arr : OUTSIDE_ARRANGEMENTS) {
                if (possible(r, h, arr, dest)) {
                    a.accept(arr, dest, n, r.systems.spec(dest).distanceKm());
                    currentSeen |= hh.arrangement(h) == arr && hh.away(h) == dest;
                }
            }
        }
        return currentSeen;
    }

    private void consider(Region r, int h, int arr, int dest, double network, double km, double[] eta,
                          Streams.Cursor rng, Scratch s) {
        double v = utility.value(h, arr, dest, network, km, s.b);
        double u = r.scenario.behaviour().lambda() * NestedLogit.gumbel(rng);
        if (!Double.isNaN(v)) {
            int nest = utility.nest(arr, dest);
            s.offer(Choices.code(dest, arr), v + eta[nest] + u);
            s.considered.add(arr, dest, nest, v, s.b, r.scenario.behaviour().bNetwork() * network);
        }
    }

    /** Which arrangements a household's members allow (section 5). */
    private boolean possible(Region r, int h, int arr, int dest) {
        Households hh = r.households;
        int adults = hh.adults(h);
        return switch (arr) {
            case Arrangement.WORKERS_AWAY -> Residence.adultsAway(hh, h, arr) > 0;
            case Arrangement.SPLIT_AWAY -> adults >= 2;
            case Arrangement.ACCOMPANY -> adults > 0 && hh.schoolChildren(h) > 0 && !r.isSystem(dest)
                    && utility.mayEnrol(h, dest, hh.away(h) == dest ? hh.tenure(h) : 0);
            case Arrangement.TOGETHER_AWAY -> adults > 0 || hh.elderly(h) > 0 && !r.isSystem(dest);
            case Arrangement.ELDERLY_HOME -> Residence.adultsAway(hh, h, arr) > 0 && hh.elderly(h) + hh.older(h) > 0
                    && !r.isSystem(dest);
            default -> true;
        };
    }

    private void countNetworks(Region r) {
        Households hh = r.households;
        int villages = r.villages.size();
        if (networkCounts == null) {
            networkCounts = new int[villages][];
            for (Village v : r.villages) {
                networkCounts[v.index] = new int[v.candidates.length + r.systems.count()];
            }
            villageHouseholds = new int[villages];
        }
        for (int[] c : networkCounts) {
            java.util.Arrays.fill(c, 0);
        }
        java.util.Arrays.fill(villageHouseholds, 0);
        for (int h = 0; h < hh.size(); h++) {
            if (!hh.alive(h)) {
                continue;
            }
            Village v = r.villages.get(hh.village(h));
            villageHouseholds[v.index]++;
            int away = hh.away(h);
            if (r.isSystem(away)) {
                networkCounts[v.index][v.candidates.length + r.systems.of(away)]++;
            } else if (away >= 0) {
                int c = indexOf(v.candidates, away);
                if (c >= 0) {
                    networkCounts[v.index][c]++;
                }
            }
        }
    }

    private static int indexOf(int[] a, int x) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == x) {
                return i;
            }
        }
        return -1;
    }

    /** The network share of a household's village at a destination, for motives. */
    public double network(Region r, int h, int dest) {
        Village v = r.villages.get(r.households.village(h));
        double size = Math.max(1, villageHouseholds[v.index]);
        if (r.isSystem(dest)) {
            return networkCounts[v.index][v.candidates.length + r.systems.of(dest)] / size;
        }
        int c = indexOf(v.candidates, dest);
        return c < 0 ? 0 : networkCounts[v.index][c] / size;
    }

}

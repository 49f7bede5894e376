package townward.decision;

import townward.economy.FiveGolds;
import townward.economy.YouthEarnings;
import townward.household.Arrangement;
import townward.household.Households;
import townward.household.Residence;
import townward.household.Whereabouts;
import townward.model.Parallel;
import townward.model.Phase;
import townward.model.Region;
import townward.model.Streams;
import townward.model.Tally;
import townward.model.YearPhase;
import townward.people.Members;
import townward.people.Persons;
import townward.place.Village;
import townward.scenario.Behaviour;

/**
 * Phase after matching: youth choose where to live for themselves (MODEL.md 5.8). Each youth of a family (never
 * married, 16-34, out of school, in work, not heading the working couple), and each member already living apart,
 * weighs with {@code youth_consider_rate} a year living with the family (at home or at its place, as its arrangement
 * says) against living alone at each urban place within the family's reach and at each system:
 * <pre>
 * V(d) = b_income ln(Y(d) / 10,000) + b_network N(h,d) - b_move [d not current]
 *        + [apart: the destination's own terms (5.3) + c_youth[sex] - b_youth_age max(0, age - 20) / 10]
 * </pre>
 * with Y(d) the youth's own expected earnings at d less a lone worker's housing and the living-cost premium (with the
 * family: none), drawn as a nested logit (STAY for the family, URBAN, OUTSIDE) with the family's lambda. The other
 * members decide nothing here; the family weighs its own arrangement without its members living apart, and the
 * youth of a family that moved this year weigh theirs the next year (the move took them along, and was counted so).
 * <p>
 * [departure] The apart terms include the family's persistent propensity to leave home (5.3's mover-stayer term):
 * the youth of a family that stayed while its county urbanized share its reluctance, as its network does.
 * <p>
 * [departure] No capacity binds the choice: a lone worker lives in a dormitory or a shared room and meets the
 * place's labour market after moving (post, informal work or none), as the families' lone workers do. The family's
 * persistent mobility is the family's, not the youth's.
 */
public final class YouthChoices implements YearPhase {
    private static final long CONSIDER_KEY = 0x59_4F55_5448L << 20;
    private static final long HUKOU_KEY = 0x47_5241_4455L << 20;
    /** Income is measured in units of 10,000 yuan inside the logarithm, as in {@link Utility}. */
    private static final double INCOME_UNIT = 10_000;
    private static final int FAMILY = -1;
    /**
     * Per-chunk tallies: left the family, rejoined it, moved between places apart; out-migrants, returners (the
     * region's totals; the flows by destination are the families').
     */
    private static final int LEFT = 0;
    private static final int REJOINED = 1;
    private static final int MOVED = 2;
    private static final int OUT_RURAL = 3;
    private static final int OUT_URBAN = 4;
    private static final int RETURNED = 5;
    /** graduate_retention: graduates paid this year, and what they were paid (simulated yuan). */
    private static final int RETAINED = 6;
    private static final int RETENTION_COST = 7;
    private static final int TALLIES = 8;

    private final Utility utility;
    private final Decisions decisions;

    public YouthChoices(Utility utility, Decisions decisions) {
        this.utility = utility;
        this.decisions = decisions;
    }

    @Override
    public void run(Region r) {
        Households hh = r.households;
        Persons p = r.persons;
        double[][] parts = new double[Parallel.chunks(hh.size())][];
        int households = Math.min(hh.size(), p.households());
        r.parallel.forRange(households, (from, to) -> {
            double[] t = new double[TALLIES];
            int[] counts = new int[Members.APART + 1];
            Streams.Cursor rng = new Streams.Cursor();   // each family's stream, without allocating one per family
            for (int h = from; h < to; h++) {
                // a family that moved this year keeps its youth where the move put them until next year
                if (hh.alive(h) && !hh.is(h, Households.MOVED_THIS_YEAR) && choose(r, h, t, rng)) {
                    Members.refresh(p, hh, h, counts, r.participation);
                    hh.setCommuters(h, Math.min(hh.commuters(h), Residence.workersHome(hh, h, hh.arrangement(h))));
                }
                if (hh.alive(h) && hh.apart(h) > 0) {
                    retained(r, h, t);
                }
            }
            parts[from / Parallel.CHUNK] = t;
        });
        Tally tally = r.tally;
        double retained = 0;
        double retentionCost = 0;
        for (double[] t : parts) {
            if (t == null) {
                continue;
            }
            tally.youthLeft += t[LEFT];
            tally.youthRejoined += t[REJOINED];
            tally.youthMoved += t[MOVED];
            tally.outMigrants += t[OUT_RURAL] + t[OUT_URBAN];
            tally.outMigrantsRural += t[OUT_RURAL];
            tally.outMigrantsUrban += t[OUT_URBAN];
            tally.returners += t[RETURNED];
            retained += t[RETAINED];
            retentionCost += t[RETENTION_COST];
        }
        r.college.setRetained(retained);
        if (retained > 0) {
            r.costs.book("graduate_retention", retentionCost / r.scale());
        }
    }

    /** The choices of family h's youth this year; whether any of them changed where he or she lives. */
    private boolean choose(Region r, int h, double[] t, Streams.Cursor rng) {
        Persons p = r.persons;
        Households hh = r.households;
        Behaviour beh = r.scenario.behaviour();
        int head = Members.workingCoupleHead(p, h);
        boolean drawing = false;
        boolean changed = false;
        for (int i = p.first(h); i < p.end(h); i++) {
            // a graduate chooses in the graduation year (MODEL.md 5.8), then as any youth
            boolean graduating = p.yearsSinceGraduation(i) == 0;
            if (!Members.youth(p, i, head) || !p.apart(i) && !r.participation.participates(p.pid(i), p.age(i), p.female(i))
                    || !graduating && r.streams.uniform(r.year, Phase.YOUTH_CHOICES, h, CONSIDER_KEY | p.pid(i))
                    >= beh.youth().considerRate()) {
                continue;
            }
            if (!drawing) {
                rng.at(r.streams.householdSeed(r.year, Phase.YOUTH_CHOICES, h), 0);
                drawing = true;
            }
            int before = p.alone(i);
            int after = draw(r, h, i, rng);
            if (graduating && after != FAMILY && (r.isSystem(after) || r.urbanDestination(after))
                    && r.streams.uniform(r.year, Phase.YOUTH_CHOICES, h, HUKOU_KEY | p.pid(i))
                    < r.scenario.demography().college().graduateHukouRate()) {
                p.set(i, Persons.URBAN_HUKOU);   // settles with hukou where he or she works (MODEL.md 10.3)
            }
            if (after == before) {
                continue;
            }
            int where = before != Persons.NONE ? before : familyPlace(r, h, i);
            if (after == FAMILY) {
                p.liveWithFamily(i);
            } else {
                p.liveAlone(i, after);
            }
            changed = true;
            tally(r, h, i, before, where, after, t);
        }
        return changed;
    }

    /** graduate_retention: the graduates of family h living alone where the lever pays them, and their pay. */
    private void retained(Region r, int h, double[] t) {
        Persons p = r.persons;
        for (int i = p.first(h); i < p.end(h); i++) {
            double paid = p.apart(i) ? retention(r, p, i, p.alone(i)) : 0;
            if (paid > 0) {
                t[RETAINED]++;
                t[RETENTION_COST] += paid;
            }
        }
    }

    /**
     * What graduate_retention pays row i a year living alone at destination d (MODEL.md 4, 5.8): the payment, and the
     * lone worker's housing where it is free, to a graduate in his or her first years after graduating; else 0.
     */
    private double retention(Region r, Persons p, int i, int d) {
        if (!p.graduate(i) || !r.urbanDestination(d) || p.yearsSinceGraduation(i) >= r.policy.retentionYears[d]) {
            return 0;
        }
        return r.policy.retentionPayment[d] + (r.policy.retentionHousing[d] ? utility.golds().youth().housing(d) : 0);
    }

    /** Where row i lives with the family now: the family's away place if its arrangement takes the youth there. */
    private static int familyPlace(Region r, int h, int i) {
        Households hh = r.households;
        Persons p = r.persons;
        int arr = hh.arrangement(h);
        return Whereabouts.away(p, i, arr, Whereabouts.anchor(p, h, arr)) ? hh.away(h) : FAMILY;
    }

    private static void tally(Region r, int h, int i, int before, int where, int after, double[] t) {
        t[before == Persons.NONE ? LEFT : after == FAMILY ? REJOINED : MOVED]++;
        if (r.scenario.behaviour().monthsAway() < 6) {
            return;   // a lone worker away under six months is counted at home wherever he or she goes
        }
        int now = after != FAMILY ? after : familyPlace(r, h, i);
        if (r.isSystem(now) && !r.isSystem(where)) {
            t[r.urbanDestination(where) || where == FAMILY && r.villages.get(r.households.village(h)).urban
                    ? OUT_URBAN : OUT_RURAL]++;
        } else if (r.isSystem(where) && !r.isSystem(now)) {
            t[RETURNED]++;
        }
    }

    /** The alternative row i draws: {@link #FAMILY} or a destination to live at alone. */
    private int draw(Region r, int h, int i, Streams.Cursor rng) {
        Behaviour beh = r.scenario.behaviour();
        Households hh = r.households;
        Persons p = r.persons;
        double lambda = beh.lambda();
        double etaStay = NestedLogit.nestTerm(lambda, rng);
        double etaUrban = NestedLogit.nestTerm(lambda, rng);
        double etaOutside = NestedLogit.nestTerm(lambda, rng);
        int county = r.countyOf(h);
        int current = p.alone(i);
        YouthEarnings earnings = utility.golds().youth();
        double subsistence = r.scenario.economy().subsistence() * r.wageIndex;
        double apart = hh.mobility(h) + beh.youth().constant(p.female(i))
                - beh.youth().age() * Math.max(0, p.age(i) - 20) / 10.0;

        double withFamily = beh.bIncome() * Math.log(Math.max(subsistence, earnings.factor(p, i) * familyEarnings(r, h, i))
                / INCOME_UNIT)
                - (current != Persons.NONE ? beh.bMove() : 0);
        int best = FAMILY;
        double bestU = withFamily + etaStay + lambda * NestedLogit.gumbel(rng);
        Village v = r.villages.get(hh.village(h));
        boolean currentSeen = current == Persons.NONE;
        for (int c = 0; c < v.candidates.length; c++) {
            int d = v.candidates[c];
            if (!r.settlements.get(d).urban) {
                continue;
            }
            double u = alone(r, h, i, d, v.candidateKm[c], county, earnings, subsistence, apart) + etaUrban
                    + lambda * NestedLogit.gumbel(rng);
            currentSeen |= d == current;
            if (u > bestU) {
                best = d;
                bestU = u;
            }
        }
        for (int k = 0; k < r.systems.count(); k++) {
            int d = r.systems.dest(k);
            double u = alone(r, h, i, d, r.systems.spec(d).distanceKm(), county, earnings, subsistence, apart)
                    + etaOutside + lambda * NestedLogit.gumbel(rng);
            currentSeen |= d == current;
            if (u > bestU) {
                best = d;
                bestU = u;
            }
        }
        if (!currentSeen && r.urbanDestination(current)) {
            // the place lies beyond the candidates (the family moved): staying there is still an option
            double u = alone(r, h, i, current, utility.distanceKm(h, current), county, earnings, subsistence, apart)
                    + etaUrban + lambda * NestedLogit.gumbel(rng);
            if (u > bestU) {
                best = current;
            }
        }
        return best;
    }

    /** V(d) of living alone at destination d, km from the family's village. */
    private double alone(Region r, int h, int i, int d, double km, int county, YouthEarnings earnings,
                         double subsistence, double apartTerms) {
        Behaviour beh = r.scenario.behaviour();
        Persons p = r.persons;
        boolean here = p.alone(i) == d;
        double y = earnings.factor(p, i) * earnings.expected(d, here && p.holdsPost(i), county) - earnings.costs(d)
                + retention(r, p, i, d);
        return beh.bIncome() * Math.log(Math.max(subsistence, y) / INCOME_UNIT)
                + beh.bNetwork() * decisions.network(r, h, d)
                - (here ? 0 : beh.bMove())
                + utility.placeTerms(d, km) + apartTerms;
    }

    /**
     * The youth's earnings with the family: as a seeker at the family's place when its arrangement takes the youth
     * there (the family's housing, so no lone worker's costs), else as a worker at home (local work or commuting,
     * the better).
     */
    private double familyEarnings(Region r, int h, int i) {
        Households hh = r.households;
        FiveGolds g = utility.golds();
        int county = r.countyOf(h);
        int arr = hh.arrangement(h);
        int d = hh.away(h);
        boolean withAway = arr == Arrangement.WORKERS_AWAY || arr == Arrangement.TOGETHER_AWAY
                || arr == Arrangement.ELDERLY_HOME;
        if (withAway && (r.isSystem(d) || r.urbanDestination(d))) {
            return g.youth().expected(d, false, county);
        }
        Village v = r.villages.get(hh.village(h));
        int home = Residence.workersHome(hh, h, arr) + (r.persons.apart(i) ? 1 : 0);
        double trained = hh.adults(h) > 0 ? (double) hh.trained(h) / hh.adults(h) : 0;
        return Math.max(g.localEarnings(h, Math.max(1, home), trained, county, false),
                g.commuteEarnings(v, trained, county));
    }
}

package townward.decision;

import java.util.Arrays;
import townward.economy.Breakdown;
import townward.economy.FiveGolds;
import townward.household.Arrangement;
import townward.household.Households;
import townward.model.Region;
import townward.model.Tally;
import townward.scenario.Behaviour;

/**
 * Why a family moved, by counterfactual (MODEL.md 5.13): for each motive k, the deterministic nested-logit
 * probability of the chosen alternative falls from P(m) to P_-k(m) when term k of every alternative is set to its
 * value at the family's origin; the shares are max(0, P(m) - P_-k(m)) normalised to 1. Computed in matching, for
 * movers only, before the move changes the family's state. Income terms are recomputed with the component at the
 * origin: jobs (earnings), land (farm income, land rent, dividends, house rent) and housing (what schemes save).
 * <p>
 * [departure] The choice set is the family's shortlist: staying, its origin and the alternatives it ranked
 * ({@link Choices#KEPT}), not every alternative it weighed; P is then the probability within that set. Matching is
 * serial, and valuing the whole set again for every mover (up to a few hundred alternatives in a province) made it
 * the slowest phase.
 */
final class Motives {
    private static final int TERMS = Tally.MOTIVES.length;
    private final Region region;
    private final Utility utility;
    private final Choices choices;
    private final FiveGolds golds;
    private final Behaviour beh;
    private final Breakdown b = new Breakdown();
    // per alternative of the considered set
    private int n;
    private int[] arrangement = new int[64];
    private int[] destination = new int[64];
    private int[] nest = new int[64];
    private double[] value = new double[64];
    private double[] net = new double[64];
    private double[][] component = new double[TERMS][64];
    private final double[] origin = new double[TERMS];
    private final double[] drop = new double[TERMS];
    private final double[] within = new double[NestedLogit.NESTS];
    private int chosen;
    private int h;
    private int chosenArr;
    private int chosenDest;

    Motives(Region region, Utility utility, Choices choices) {
        this.region = region;
        this.choices = choices;
        this.utility = utility;
        this.golds = utility.golds();
        this.beh = region.scenario.behaviour();
    }

    /** Fills shares (one per {@link Tally#MOTIVES}, summing to 1, or all 0 when no term drew the family). */
    void shares(Decisions decisions, int household, int arr, int dest, double[] shares) {
        h = household;
        chosenArr = arr;
        chosenDest = dest;
        n = 0;
        chosen = -1;
        Households hh = region.households;
        accept(Arrangement.TOGETHER_HOME, -1, 0, 0);
        if (hh.arrangement(h) != Arrangement.TOGETHER_HOME) {
            accept(hh.arrangement(h), hh.away(h), decisions.network(region, h, hh.away(h)),
                    utility.distanceKm(h, hh.away(h)));
        }
        for (int rank = 0; rank < Choices.KEPT && choices.get(h, rank) != Choices.NONE; rank++) {
            int code = choices.get(h, rank);
            int a = Choices.arrangement(code);
            int d = a == Arrangement.TOGETHER_HOME ? -1 : Choices.dest(code);
            if (find(a, d) < 0) {
                accept(a, d, decisions.network(region, h, d), utility.distanceKm(h, d));
            }
        }
        int o = find(hh.arrangement(h), hh.away(h));
        Arrays.fill(shares, 0);
        if (chosen < 0 || o < 0) {
            return;
        }
        for (int k = 0; k < TERMS; k++) {
            origin[k] = component[k][o];
        }
        double base = probability(-1);
        double sum = 0;
        for (int k = 0; k < TERMS; k++) {
            drop[k] = Math.max(0, base - probability(k));
            sum += drop[k];
        }
        for (int k = 0; sum > 0 && k < TERMS; k++) {
            shares[k] = drop[k] / sum;
        }
    }

    private void accept(int arr, int dest, double network, double km) {
        grow();
        double v = utility.value(h, arr, dest, network, km, b);
        if (Double.isNaN(v)) {
            return;
        }
        int i = n++;
        nest[i] = utility.nest(arr, dest);
        value[i] = v;
        net[i] = b.net();
        component[Tally.JOBS][i] = b.wages;
        component[Tally.LAND][i] = b.land() + b.dividends + b.rent;
        component[Tally.HOUSING][i] = b.schemeSaving;
        component[Tally.SCHOOL][i] = beh.bSchool() * utility.school(h, arr, dest, b);
        component[Tally.NETWORK][i] = beh.bNetwork() * network;
        component[Tally.HUKOU][i] = -beh.bHukou() * utility.hukouPenalty(h, arr, dest);
        arrangement[i] = arr;
        destination[i] = dest;
        if (same(i, chosenArr, chosenDest)) {
            chosen = i;
        }
    }

    private boolean same(int i, int arr, int dest) {
        return arrangement[i] == arr && (arr == Arrangement.TOGETHER_HOME || destination[i] == dest);
    }

    private int find(int arr, int dest) {
        for (int i = 0; i < n; i++) {
            if (same(i, arr, dest)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The chosen alternative's nested-logit probability (nests as in {@link NestedLogit}: P(nest) proportional to
     * (sum of exp(V/lambda))^lambda), with term k at its origin value (k = -1: as is).
     */
    private double probability(int k) {
        double lambda = beh.lambda();
        int persons = region.households.persons(h);
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, counterfactual(i, k, persons));
        }
        Arrays.fill(within, 0);
        double chosenTerm = 0;
        for (int i = 0; i < n; i++) {
            double e = Math.exp((counterfactual(i, k, persons) - max) / lambda);
            within[nest[i]] += e;
            chosenTerm = i == chosen ? e : chosenTerm;
        }
        double total = 0;
        for (double w : within) {
            total += w > 0 ? Math.pow(w, lambda) : 0;
        }
        double w = within[nest[chosen]];
        return chosenTerm / w * Math.pow(w, lambda) / total;
    }

    /** V of alternative i with term k at the origin; income terms through Y with the component at the origin. */
    private double counterfactual(int i, int k, int persons) {
        if (k < 0) {
            return value[i];
        }
        if (k == Tally.JOBS || k == Tally.LAND || k == Tally.HOUSING) {
            // a scheme's saving is a lower housing cost inside net income, so it is swapped like an earning
            double y = net[i] - component[k][i] + origin[k];
            return value[i] - beh.bIncome() * (Math.log(golds.floored(net[i], persons))
                    - Math.log(golds.floored(y, persons)));
        }
        return value[i] - component[k][i] + origin[k];
    }

    private void grow() {
        if (n < value.length) {
            return;
        }
        int cap = value.length * 2;
        arrangement = Arrays.copyOf(arrangement, cap);
        destination = Arrays.copyOf(destination, cap);
        nest = Arrays.copyOf(nest, cap);
        value = Arrays.copyOf(value, cap);
        net = Arrays.copyOf(net, cap);
        for (int k = 0; k < TERMS; k++) {
            component[k] = Arrays.copyOf(component[k], cap);
        }
    }
}

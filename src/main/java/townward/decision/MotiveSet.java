package townward.decision;

import java.util.Arrays;
import townward.economy.Breakdown;
import townward.economy.FiveGolds;
import townward.household.Arrangement;
import townward.model.Tally;
import townward.scenario.Behaviour;

/**
 * A family's considered alternatives with the terms of their utility, and the motive shares of one of them by
 * counterfactual (MODEL.md 5.13): for each motive k, the deterministic nested-logit probability of the chosen
 * alternative falls from P(m) to P_-k(m) when term k of every alternative is set to its value at the family's
 * origin; the shares are max(0, P(m) - P_-k(m)) normalised to 1. Income terms are recomputed with the component at
 * the origin: jobs (earnings), land (farm income, land rent, dividends, house rent), housing (what schemes save).
 * One per thread; nothing is allocated per alternative.
 */
final class MotiveSet {
    private static final int TERMS = Tally.MOTIVES.length;
    private int n;
    private int[] arrangement = new int[64];
    private int[] destination = new int[64];
    private int[] nest = new int[64];
    private double[] value = new double[64];
    private double[] net = new double[64];
    /** V of each alternative under the counterfactual being evaluated. */
    private double[] shifted = new double[64];
    private final double[][] component = new double[TERMS][64];
    private final double[] origin = new double[TERMS];
    private final double[] drop = new double[TERMS];
    private final double[] within = new double[NestedLogit.NESTS];

    void clear() {
        n = 0;
    }

    /** Adds an alternative valued v, with b filled by {@link Utility#value} (its income and its terms). */
    void add(int arr, int dest, int nestOf, double v, Breakdown b, double networkTerm) {
        grow();
        int i = n++;
        arrangement[i] = arr;
        destination[i] = dest;
        nest[i] = nestOf;
        value[i] = v;
        net[i] = b.net();
        component[Tally.JOBS][i] = b.wages + b.business;
        component[Tally.LAND][i] = b.land() + b.dividends + b.rent;
        component[Tally.HOUSING][i] = b.schemeSaving;
        component[Tally.SCHOOL][i] = b.schoolTerm;
        component[Tally.NETWORK][i] = networkTerm;
        component[Tally.HUKOU][i] = b.hukouTerm;
    }

    /**
     * Fills shares (one per {@link Tally#MOTIVES}) for moving from (originArr, originDest) to (arr, dest); all 0
     * when either is not in the set or no term raised the chance of the move.
     */
    void shares(int arr, int dest, int originArr, int originDest, int persons, Behaviour beh, FiveGolds golds,
                double[] shares) {
        Arrays.fill(shares, 0);
        int chosen = find(arr, dest);
        int o = find(originArr, originDest);
        if (chosen < 0 || o < 0) {
            return;
        }
        for (int k = 0; k < TERMS; k++) {
            origin[k] = component[k][o];
        }
        double base = probability(chosen, -1, persons, beh, golds);
        double sum = 0;
        for (int k = 0; k < TERMS; k++) {
            drop[k] = Math.max(0, base - probability(chosen, k, persons, beh, golds));
            sum += drop[k];
        }
        for (int k = 0; sum > 0 && k < TERMS; k++) {
            shares[k] = drop[k] / sum;
        }
    }

    private int find(int arr, int dest) {
        for (int i = 0; i < n; i++) {
            if (arrangement[i] == arr && (arr == Arrangement.TOGETHER_HOME || destination[i] == dest)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The chosen alternative's nested-logit probability (nests as in {@link NestedLogit}: P(nest) proportional to
     * (sum of exp(V/lambda))^lambda), with term k at its origin value (k = -1: as is).
     */
    private double probability(int chosen, int k, int persons, Behaviour beh, FiveGolds golds) {
        double lambda = beh.lambda();
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            shifted[i] = counterfactual(i, k, persons, beh, golds);
            max = Math.max(max, shifted[i]);
        }
        Arrays.fill(within, 0);
        double chosenTerm = 0;
        for (int i = 0; i < n; i++) {
            double e = Math.exp((shifted[i] - max) / lambda);
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
    private double counterfactual(int i, int k, int persons, Behaviour beh, FiveGolds golds) {
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
        shifted = Arrays.copyOf(shifted, cap);
        for (int k = 0; k < TERMS; k++) {
            component[k] = Arrays.copyOf(component[k], cap);
        }
    }
}

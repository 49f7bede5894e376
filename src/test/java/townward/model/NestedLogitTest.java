package townward.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import townward.decision.NestedLogit;

/**
 * MODEL.md section 5: U = V + eta_nest + lambda * Gumbel with eta from {@link NestedLogit#nestTerm} gives the
 * nested-logit choice probabilities P(a) = P(nest) * P(a | nest), P(a | k) = exp(V_a/lambda) / sum_k, P(k) =
 * exp(lambda * I_k) / sum exp(lambda * I_j), I_k = ln sum_{a in k} exp(V_a / lambda).
 */
class NestedLogitTest {

    static double[] formula(double[][] v, double lambda) {
        int nests = v.length;
        double[] inclusive = new double[nests];
        double denom = 0;
        for (int k = 0; k < nests; k++) {
            double s = 0;
            for (double x : v[k]) {
                s += Math.exp(x / lambda);
            }
            inclusive[k] = Math.log(s);
            denom += Math.exp(lambda * inclusive[k]);
        }
        double[] p = new double[4];
        int i = 0;
        for (int k = 0; k < nests; k++) {
            double pk = Math.exp(lambda * inclusive[k]) / denom;
            for (double x : v[k]) {
                p[i++] = pk * Math.exp(x / lambda) / Math.exp(inclusive[k]);
            }
        }
        return p;
    }

    static double[] simulate(double[][] v, double lambda, int draws, long seed) {
        Streams.Cursor r = new Streams.Cursor().at(seed, 0);   // SplittableRandom(seed)'s numbers
        double[] freq = new double[4];
        for (int n = 0; n < draws; n++) {
            int best = -1;
            double bestU = Double.NEGATIVE_INFINITY;
            int i = 0;
            for (double[] nest : v) {
                double eta = NestedLogit.nestTerm(lambda, r);
                for (double x : nest) {
                    double u = x + eta + lambda * NestedLogit.gumbel(r);
                    if (u > bestU) {
                        bestU = u;
                        best = i;
                    }
                    i++;
                }
            }
            freq[best]++;
        }
        for (int i = 0; i < 4; i++) {
            freq[i] /= draws;
        }
        return freq;
    }

    private static void check(double[][] v, double lambda, long seed) {
        double[] expected = formula(v, lambda);
        double[] got = simulate(v, lambda, 200_000, seed);
        for (int i = 0; i < 4; i++) {
            assertEquals(expected[i], got[i], 0.01, "alternative " + i + " lambda " + lambda
                    + " expected " + java.util.Arrays.toString(expected) + " got " + java.util.Arrays.toString(got));
        }
    }

    @Test
    void twoNestsOfTwoLambdaHalf() {
        check(new double[][] {{0.0, 0.5}, {0.3, -0.4}}, 0.5, 11);
    }

    @Test
    void asymmetricNestsLambdaHalf() {
        // strong correlation within nests: the independent-logit shares would be off by far more than 0.01
        check(new double[][] {{1.0, 1.0}, {1.2, -1.0}}, 0.5, 12);
    }

    @Test
    void otherLambdas() {
        check(new double[][] {{0.0, 0.5}, {0.3, -0.4}}, 0.3, 13);
        check(new double[][] {{0.0, 0.5}, {0.3, -0.4}}, 1.0, 14);
    }
}

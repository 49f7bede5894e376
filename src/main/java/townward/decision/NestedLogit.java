package townward.decision;

import townward.model.Streams;

/**
 * Random terms of the nested logit (MODEL.md section 5), drawn once per household per year. An alternative a in
 * nest k gets {@code eta_k + lambda * G_a} with G_a iid standard Gumbel and eta_k = lambda * ln S_k, S_k positive
 * stable of index lambda (Laplace transform exp(-t^lambda)), drawn by Kanter's method. Then the maximum of the
 * nest's utilities is Gumbel with the nest's inclusive value, which gives exactly the nested-logit probabilities
 * (Cardell 1997); a test checks them.
 */
public final class NestedLogit {
    public static final int STAY = 0;
    public static final int URBAN = 1;
    public static final int OUTSIDE = 2;
    public static final int NESTS = 3;

    private NestedLogit() {
    }

    public static double gumbel(Streams.Cursor r) {
        double u = r.nextDouble();
        while (u <= 0) {
            u = r.nextDouble();
        }
        return -Math.log(-Math.log(u));
    }

    /** The nest-level term eta = lambda * ln S. */
    public static double nestTerm(double lambda, Streams.Cursor r) {
        if (lambda >= 1) {
            return 0;
        }
        double u = Math.PI * r.nextDouble();
        while (u <= 0) {
            u = Math.PI * r.nextDouble();
        }
        double w = -Math.log(1 - r.nextDouble());
        double a = lambda;
        double kanter = Math.pow(Math.sin(a * u), a / (1 - a)) * Math.sin((1 - a) * u)
                / Math.pow(Math.sin(u), 1 / (1 - a));
        double s = Math.pow(kanter / w, (1 - a) / a);
        return a * Math.log(s);
    }
}

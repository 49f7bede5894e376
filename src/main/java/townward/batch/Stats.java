package townward.batch;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Summary statistics of one metric across replications (Commons Math). Percentiles use linear interpolation
 * between order statistics (R's type 7, numpy's default); sd is the sample standard deviation (n - 1).
 *
 * @param n        replications with a value
 * @param mean     mean
 * @param sd       sample standard deviation (0 when n = 1)
 * @param p05      5th percentile
 * @param p50      median
 * @param p95      95th percentile
 * @param ci90Low  lower end of the 90 % t-interval of the mean (NaN when n = 1)
 * @param ci90High upper end of that interval
 */
public record Stats(int n, double mean, double sd, double p05, double p50, double p95, double ci90Low,
                    double ci90High) {

    public static Stats of(double[] values, int n) {
        double mean = StatUtils.mean(values, 0, n);
        double sd = n > 1 ? new StandardDeviation(true).evaluate(values, mean, 0, n) : 0;
        Percentile p = new Percentile().withEstimationType(EstimationType.R_7);
        p.setData(values, 0, n);
        double half = n > 1 ? new TDistribution(null, n - 1).inverseCumulativeProbability(0.95) * sd / Math.sqrt(n)
                : Double.NaN;
        return new Stats(n, mean, sd, p.evaluate(5), p.evaluate(50), p.evaluate(95), mean - half, mean + half);
    }
}

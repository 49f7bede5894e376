package townward.calibration;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.stat.StatUtils;

import townward.batch.Progress;

/**
 * Fits the configured behaviour coefficients by CMA-ES (Commons Math) within their bounds, minimising the root
 * mean square of the residuals at the fit points (urbanization in points, population in percent), each simulated
 * value the mean of the replications. The search runs in the unit cube (each coefficient scaled to its bounds) so
 * one step size suits all; the budget is shared by up to three runs, each restarting from the best point so far
 * with a smaller step (coarse to fine), and the best point seen is kept whatever stops the search.
 */
public final class Calibrator {

    /**
     * @param theta        fitted coefficients (rounded to 4 significant digits, as written to behaviour.yaml)
     * @param rmse         objective at theta
     * @param startRmse    objective at the starting values
     * @param evaluations  objective evaluations used
     */
    public record Fit(double[] theta, double rmse, double startRmse, int evaluations) {
    }

    /** CMA-ES runs sharing the budget when it allows at least four generations each. */
    private static final int RESTARTS = 3;
    /** Step of the first run, in the unit cube of the bounds, and the factor each restart applies to it. */
    private static final double FIRST_STEP = 0.25;
    private static final double STEP_FACTOR = 0.4;
    private final CalibrationConfig config;
    private final Evaluator evaluator;

    Calibrator(CalibrationConfig config, Evaluator evaluator) {
        this.config = config;
        this.evaluator = evaluator;
    }

    /**
     * The fit points: the configured years (or {@code only}: series name → years) that data/ has rows for; a
     * population point also needs the series' start-year population ({@link Observations#populationAt}).
     */
    static List<FitPoint> points(CalibrationConfig c, Observations o, Map<String, List<Integer>> only,
                                 List<Integer> startYears) throws CalibrationException {
        List<FitPoint> out = new ArrayList<>();
        for (int i = 0; i < c.series().size(); i++) {
            CalibrationConfig.Series s = c.series().get(i);
            List<Integer> years = only == null ? s.fitYears() : only.getOrDefault(s.name(), List.of());
            for (int y : years) {
                Double v = o.rate(s.region(), y);
                if (v == null) {
                    throw new CalibrationException(c.file() + ": series " + s.name() + ": data/urbanization.csv has no "
                            + "urbanization rate for " + s.region() + " " + y);
                }
                out.add(new FitPoint(i, y, FitPoint.Kind.RATE, v, Double.NaN));
            }
            for (int y : only == null ? s.populationYears() : List.<Integer>of()) {
                Double v = o.population(s.region(), y);
                if (v == null) {
                    throw new CalibrationException(c.file() + ": series " + s.name() + ": data/urbanization.csv has no "
                            + "population for " + s.region() + " " + y);
                }
                Double base = o.populationAt(s.region(), startYears.get(i));
                if (base == null) {
                    throw new CalibrationException(c.file() + ": series " + s.name() + ": data/urbanization.csv has no "
                            + "population for " + s.region() + " in " + startYears.get(i) + " (the start year), nor rows "
                            + "before and after it to interpolate from");
                }
                out.add(new FitPoint(i, y, FitPoint.Kind.POPULATION, v, base));
            }
            for (int y : only == null ? s.crossProvinceYears() : List.<Integer>of()) {
                Double v = o.crossProvinceShare(s.region(), y);
                if (v == null) {
                    throw new CalibrationException(c.file() + ": series " + s.name() + ": data/migrant_workers.csv has "
                            + "no cross_province_share_of_outside for " + s.region() + " " + y);
                }
                out.add(new FitPoint(i, y, FitPoint.Kind.CROSS_PROVINCE, v, Double.NaN));
            }
        }
        return out;
    }

    /** Root mean square residual of the replications' means at the points. */
    static double rmse(Evaluator.Result r, List<FitPoint> points) {
        double sum = 0;
        for (FitPoint p : points) {
            double[] runs = r.runs(p);
            if (runs == null) {
                return Double.POSITIVE_INFINITY;   // the year is not simulated
            }
            double e = p.residual(StatUtils.mean(runs));
            sum += e * e;
        }
        return Math.sqrt(sum / points.size());
    }

    Fit fit(List<FitPoint> points, int budget, Progress progress) throws CalibrationException {
        int k = config.parameters().size();
        double[] start = new double[k];
        for (int j = 0; j < k; j++) {
            CalibrationConfig.Parameter p = config.parameters().get(j);
            start[j] = (p.start() - p.low()) / (p.high() - p.low());
        }
        double[] best = {Double.POSITIVE_INFINITY};
        double[][] bestX = {start.clone()};
        int[] evaluations = {0};
        CalibrationException[] failure = {null};
        ObjectiveFunction f = new ObjectiveFunction(x -> {
            if (failure[0] != null) {
                return Double.MAX_VALUE;
            }
            try {
                double v = rmse(evaluator.run(theta(x), config.runs()), points);
                evaluations[0]++;
                progress.step();
                if (v < best[0]) {
                    best[0] = v;
                    bestX[0] = x.clone();
                }
                return v;
            } catch (CalibrationException e) {
                failure[0] = e;
                return Double.MAX_VALUE;
            }
        });
        double startRmse = f.getObjectiveFunction().value(start);
        int lambda = 4 + (int) Math.floor(3 * Math.log(k));
        double[] zeros = new double[k];
        double[] ones = new double[k];
        java.util.Arrays.fill(ones, 1);
        // restarts from the best point so far: one CMA-ES run on this noisy objective often settles in a poor region
        // (a standard remedy; Auger and Hansen 2005). Each takes 0.4 times the step of the one before (a quarter of
        // the range, then a tenth, then 4 %): the first explores, the later ones refine around the best point.
        int restarts = budget - 1 >= RESTARTS * 4 * lambda ? RESTARTS : 1;
        int left = budget - 1;
        for (int i = 0; i < restarts && left > 0 && failure[0] == null; i++) {
            int share = left / (restarts - i);
            left -= share;
            double[] sigma = new double[k];
            java.util.Arrays.fill(sigma, FIRST_STEP * Math.pow(STEP_FACTOR, i));
            CMAESOptimizer cmaes = new CMAESOptimizer(Integer.MAX_VALUE, 0, true, 0, 0,
                    new MersenneTwister(config.seed() + i), false, null);
            try {
                cmaes.optimize(new MaxEval(share), f, GoalType.MINIMIZE, new InitialGuess(bestX[0].clone()),
                        new SimpleBounds(zeros, ones), new CMAESOptimizer.Sigma(sigma),
                        new CMAESOptimizer.PopulationSize(lambda));
            } catch (TooManyEvaluationsException e) {
                // this run's share is spent: the best point seen is kept
            }
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        double[] theta = rounded(theta(bestX[0]));
        double rmse = rmse(evaluator.run(theta, config.runs()), points);
        return new Fit(theta, rmse, startRmse, evaluations[0] + 1);
    }

    private double[] theta(double[] x) {
        double[] t = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            CalibrationConfig.Parameter p = config.parameters().get(j);
            t[j] = p.low() + Math.max(0, Math.min(1, x[j])) * (p.high() - p.low());
        }
        return t;
    }

    /** Four significant digits: what behaviour.yaml says is what was evaluated. */
    static double[] rounded(double[] theta) {
        double[] out = new double[theta.length];
        for (int j = 0; j < theta.length; j++) {
            out[j] = new BigDecimal(theta[j]).round(new MathContext(4)).doubleValue();
        }
        return out;
    }
}

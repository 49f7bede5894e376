package townward.calibration;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import townward.batch.Progress;
import townward.batch.Stats;
import townward.collect.MetricValues;
import townward.collect.OutputFolder;
import townward.csv.CsvCell;
import townward.scenario.Scenario;

/**
 * {@code townward calibrate}: fits the shared behaviour coefficients to the calibration series, checks the fit out
 * of sample, and writes {@code behaviour.yaml} (the coefficients every shipped scenario reads through
 * {@code behaviour_file}), {@code fit.csv} and a fit chart per series.
 */
public final class Calibration {

    public static final String BEHAVIOUR = "behaviour.yaml";
    public static final String FIT = "fit.csv";
    /** Replications behind fit.csv and the charts (more than per evaluation, for a steadier picture). */
    static final int REPORT_RUNS = 20;

    /**
     * @param threads  replications run at once
     * @param quiet    no progress bar
     * @param log      progress lines
     * @param replace  may replace an existing behaviour.yaml
     */
    public record Settings(int threads, boolean quiet, PrintStream log, boolean replace) {
    }

    /** An out-of-sample check: the refit on the holdout's fit years and its error at the test years. */
    private record Check(CalibrationConfig.Holdout holdout, Calibrator.Fit held, double rmse) {
    }

    private Calibration() {
    }

    /** Runs the calibration; returns the summary lines (the last is the output folder). */
    public static List<String> run(CalibrationConfig c, Settings s) throws CalibrationException {
        long t0 = System.nanoTime();
        Path out = c.output();
        if (Files.exists(out.resolve(BEHAVIOUR)) && !s.replace()) {
            throw new CalibrationException(out.resolve(BEHAVIOUR) + " exists (the shipped scenarios read it): pass "
                    + "--replace to refit it, or --out DIR to write elsewhere");
        }
        Observations obs = Observations.load(c.data());
        List<Scenario> base = new ArrayList<>();
        for (CalibrationConfig.Series series : c.series()) {
            Scenario sc = Evaluator.load(series.scenario(), List.of());
            if (series.fitYears().stream().anyMatch(y -> y <= sc.startYear() || y > sc.endYear())) {
                throw new CalibrationException(c.file() + ": series " + series.name() + ": fit years must lie in "
                        + (sc.startYear() + 1) + "-" + sc.endYear() + " (the start year is set exactly)");
            }
            base.add(sc);
        }
        List<Integer> starts = base.stream().map(Scenario::startYear).toList();
        List<FitPoint> points = Calibrator.points(c, obs, null, starts);
        List<String> lines = new ArrayList<>();
        try (Evaluator evaluator = new Evaluator(c, s.threads())) {
            Calibrator calibrator = new Calibrator(c, evaluator);
            int holdoutBudget = Math.max(2, c.budget() / 2);
            Calibrator.Fit fit;
            List<Calibrator.Fit> refits = new ArrayList<>();
            try (Progress p = Progress.forStderr("calibrate", "evaluations",
                    c.budget() + c.holdouts().size() * holdoutBudget, 0, s.quiet(), s.log())) {
                fit = calibrator.fit(points, c.budget(), p);
                for (CalibrationConfig.Holdout h : c.holdouts()) {
                    refits.add(calibrator.fit(Calibrator.points(c, obs, h.fit(), starts), holdoutBudget, p));
                }
            }
            Evaluator.Result report = evaluator.run(fit.theta(), Math.max(c.runs(), REPORT_RUNS));
            List<Check> checks = new ArrayList<>();
            for (int i = 0; i < refits.size(); i++) {
                CalibrationConfig.Holdout h = c.holdouts().get(i);
                Calibrator.Fit held = refits.get(i);
                checks.add(new Check(h, held, Calibrator.rmse(evaluator.run(held.theta(),
                        Math.max(c.runs(), REPORT_RUNS)), Calibrator.points(c, obs, h.test(), starts))));
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            Path tmp = Files.createTempDirectory(parent(out), ".calibration-");
            try {
                Files.writeString(tmp.resolve(BEHAVIOUR), behaviourYaml(c, fit, checks, points, report, wall),
                        StandardCharsets.UTF_8);
                Files.writeString(tmp.resolve(FIT), fitCsv(c, obs, base, report), StandardCharsets.UTF_8);
                for (int i = 0; i < c.series().size(); i++) {
                    CalibrationConfig.Series series = c.series().get(i);
                    FitChart.write(tmp.resolve("fit-" + series.name() + ".png"), series.name() + " (" + series.region()
                            + "): urbanization rate, calibrated", Math.max(c.runs(), REPORT_RUNS),
                            bands(report.rate().get(i)), observed(obs, series.region(), base.get(i)));
                }
                Files.createDirectories(out);
                try (var files = Files.list(tmp)) {
                    for (Path f : (Iterable<Path>) files::iterator) {
                        Files.move(f, out.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            } finally {
                OutputFolder.deleteTree(tmp);
            }
            lines.add(String.format(Locale.ROOT, "fitted %s in %d evaluations (%d replications each), %.0f s",
                    String.join(", ", c.parameters().stream().map(CalibrationConfig.Parameter::name).toList()),
                    fit.evaluations() + checks.stream().mapToInt(k -> k.held().evaluations()).sum(), c.runs(), wall));
            for (int j = 0; j < fit.theta().length; j++) {
                CalibrationConfig.Parameter p = c.parameters().get(j);
                lines.add(String.format(Locale.ROOT, "  %-22s %s   (bounds %s to %s, start %s)", p.name(),
                        MetricValues.format(fit.theta()[j]), MetricValues.format(p.low()), MetricValues.format(p.high()),
                        MetricValues.format(p.start())));
            }
            lines.add(String.format(Locale.ROOT, "rmse at the fit points: %.2f (start values: %.2f)", fit.rmse(),
                    fit.startRmse()));
            for (FitPoint p : points) {
                lines.add("  " + describe(c, p, report));
            }
            for (Check k : checks) {
                lines.add(String.format(Locale.ROOT, "out of sample: fitted on %s, error at %s: %.2f",
                        k.holdout().fit(), k.holdout().test(), k.rmse()));
            }
            lines.add(out.toString());
            return lines;
        } catch (IOException e) {
            throw new CalibrationException("cannot write the calibration into " + out + ": " + e.getMessage());
        }
    }

    private static Path parent(Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        return parent;
    }

    private static String describe(CalibrationConfig c, FitPoint p, Evaluator.Result r) {
        double[] runs = r.runs(p);
        double mean = Arrays.stream(runs).average().orElse(Double.NaN);
        String name = c.series().get(p.series()).name();
        return p.population()
                ? String.format(Locale.ROOT, "%s %d population: observed %.1f, simulated %.1f (万人: "
                        + "start %.1f x growth %.4f), %+.2f %%", name, p.year(), p.observed(), p.simulated(mean),
                        p.base(), mean, p.residual(mean))
                : String.format(Locale.ROOT, "%s %d %s: observed %.2f%%, simulated %.2f%%, %+.2f points", name,
                        p.year(), p.kind() == FitPoint.Kind.RATE ? "urbanization" : "cross-province share",
                        p.observed() * 100, mean * 100, p.residual(mean));
    }

    /** year → {mean, p05, p95}. */
    private static Map<Integer, double[]> bands(Map<Integer, double[]> byYear) {
        Map<Integer, double[]> out = new TreeMap<>();
        byYear.forEach((y, v) -> {
            Stats st = Stats.of(v, v.length);
            out.put(y, new double[] {st.mean(), st.p05(), st.p95()});
        });
        return out;
    }

    private static Map<Integer, Double> observed(Observations obs, String region, Scenario s) {
        Map<Integer, Double> out = new TreeMap<>();
        for (int y = s.startYear(); y <= s.endYear(); y++) {
            Double v = obs.rate(region, y);
            if (v != null) {
                out.put(y, v);
            }
        }
        return out;
    }

    private static String fitCsv(CalibrationConfig c, Observations obs, List<Scenario> base, Evaluator.Result r) {
        StringBuilder b = new StringBuilder("series,year,observed,simulated_mean,simulated_p05,simulated_p95\n");
        for (int i = 0; i < c.series().size(); i++) {
            String region = c.series().get(i).region();
            Map<Integer, double[]> bands = bands(r.rate().get(i));
            for (Map.Entry<Integer, double[]> e : bands.entrySet()) {
                Double o = obs.rate(region, e.getKey());
                b.append(CsvCell.quote(c.series().get(i).name())).append(',').append(e.getKey()).append(',')
                        .append(o == null ? "" : MetricValues.format(o)).append(',')
                        .append(MetricValues.format(e.getValue()[0])).append(',')
                        .append(MetricValues.format(e.getValue()[1])).append(',')
                        .append(MetricValues.format(e.getValue()[2])).append('\n');
            }
        }
        return b.toString();
    }

    private static String behaviourYaml(CalibrationConfig c, Calibrator.Fit fit, List<Check> checks,
                                        List<FitPoint> points, Evaluator.Result report, double wall) {
        StringBuilder b = new StringBuilder();
        b.append("# The shared behaviour coefficients, fitted by `townward calibrate` (").append(c.file().getFileName())
                .append(") on ").append(LocalDate.now()).append(".\n")
                .append("# Every shipped scenario reads them through `behaviour_file`. Refit with\n")
                .append("# `./townward calibrate --replace`; do not edit the numbers by hand.\n")
                .append("# Coefficients not listed keep the defaults of docs/scenario-format.md.\n")
                .append("behaviour:\n");
        for (int j = 0; j < fit.theta().length; j++) {
            CalibrationConfig.Parameter p = c.parameters().get(j);
            b.append(String.format(Locale.ROOT, "  %-20s %-10s # fitted within [%s, %s], started at %s%n",
                    p.name() + ":", MetricValues.format(fit.theta()[j]), MetricValues.format(p.low()),
                    MetricValues.format(p.high()), MetricValues.format(p.start())));
        }
        b.append("fit:\n")
                .append("  objective: root mean square of residuals at the fit points (urbanization in percentage points, ")
                .append("population in percent; population as the observed start-year population times the simulated ")
                .append("growth), simulated values the mean of the replications\n")
                .append(String.format(Locale.ROOT, "  rmse: %.4f%n  rmse_at_start_values: %.4f%n", fit.rmse(),
                        fit.startRmse()))
                .append("  optimizer: CMA-ES (Apache Commons Math 3.6.1) in the unit cube of the bounds, up to three runs"
                        + " each restarting from the best point so far with 0.4 times the step of the one before\n")
                .append(String.format(Locale.ROOT, "  evaluations: %d%n  replications_per_evaluation: %d%n",
                        fit.evaluations(), c.runs()))
                .append(String.format(Locale.ROOT, "  seed: %d%n  wall_seconds: %.0f%n", c.seed(), wall))
                .append("  points:\n");
        for (FitPoint p : points) {
            b.append("    - \"").append(describe(c, p, report)).append("\"\n");
        }
        if (!checks.isEmpty()) {
            b.append("  out_of_sample:\n");
        }
        for (Check k : checks) {
            b.append("    - fitted_on: \"").append(k.holdout().fit()).append("\"\n")
                    .append("      tested_on: \"").append(k.holdout().test()).append("\"\n")
                    .append(String.format(Locale.ROOT, "      rmse_in_sample: %.4f%n      rmse_out_of_sample: %.4f%n",
                            k.held().rmse(), k.rmse()))
                    .append("      coefficients: {");
            Map<String, String> m = new LinkedHashMap<>();
            for (int j = 0; j < k.held().theta().length; j++) {
                m.put(c.parameters().get(j).name(), MetricValues.format(k.held().theta()[j]));
            }
            b.append(String.join(", ", m.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()))
                    .append("}\n");
        }
        return b.toString();
    }
}

package townward.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import townward.collect.MetricValues;
import townward.scenario.Scenario;
import townward.scenario.ScenarioLoader;
import townward.sweep.Design;
import townward.sweep.Factor;
import townward.sweep.GridDesign;
import townward.sweep.LatinHypercube;
import townward.sweep.OneAtATime;
import townward.sweep.SaltelliDesign;

/**
 * Turns {@code --vary} specs and a design into the cases of a sweep: one case per design point, the base scenario
 * with each varied field set by {@code --set path=value}. A field the scenario holds as an integer (a count of
 * posts, a year) is sampled as whole numbers.
 */
public final class SweepPlan {

    public static final List<String> DESIGNS = List.of("grid", "lhs", "sobol", "oat");

    private SweepPlan() {
    }

    /**
     * @param spec  design, factor specs, samples (LHS samples or Sobol base samples), LHS seed, metrics
     * @throws IllegalArgumentException with a one-line message for a bad spec or design
     */
    public static Job job(String file, Scenario base, List<String> baseSets, Job.SweepSpec spec, long masterSeed,
                          int runs) {
        List<Factor> factors = spec.factors().stream().map(Factor::parse).toList();
        JsonNode resolved = resolved(base);
        boolean[] integer = new boolean[factors.size()];
        double[] baseline = new double[factors.size()];
        for (int j = 0; j < factors.size(); j++) {
            JsonNode at = at(resolved, factors.get(j).path());
            integer[j] = at != null && at.isIntegralNumber();
            baseline[j] = at != null && at.isNumber() ? at.asDouble() : Double.NaN;
            if ("oat".equals(spec.design()) && Double.isNaN(baseline[j])) {
                throw new IllegalArgumentException("--vary " + factors.get(j).path() + ": the scenario has no "
                        + "number there to use as the one-at-a-time baseline");
            }
        }
        Design design = design(spec, factors, baseline);
        List<Job.Case> cases = new ArrayList<>();
        List<double[]> points = design.points();
        int width = Math.max(4, Integer.toString(points.size() - 1).length());
        for (int i = 0; i < points.size(); i++) {
            List<String> sets = new ArrayList<>(baseSets);
            for (int j = 0; j < factors.size(); j++) {
                sets.add(factors.get(j).path() + "=" + value(points.get(i)[j], integer[j]));
            }
            cases.add(new Job.Case(String.format(Locale.ROOT, "p%0" + width + "d", i), 0, sets));
        }
        return new Job("sweep", masterSeed, runs, List.of(new Job.Input(file, null, null)), cases, spec);
    }

    /** The design of a stored spec (deterministic: the same points every time). */
    static Design design(Job.SweepSpec spec, List<Factor> factors, double[] baseline) {
        return switch (spec.design()) {
            case "grid" -> new GridDesign(factors);
            case "lhs" -> new LatinHypercube(factors, spec.samples(), spec.seed());
            case "sobol" -> new SaltelliDesign(factors, spec.samples());
            case "oat" -> new OneAtATime(factors, baseline);
            default -> throw new IllegalArgumentException("--design: expected one of " + DESIGNS + ", got "
                    + spec.design());
        };
    }

    /** The point's value as written into the scenario, rounded to a whole number for an integer field. */
    static String value(double v, boolean integer) {
        return integer ? Long.toString(Math.round(v)) : MetricValues.format(v);
    }

    /** The baseline of each factor: the base scenario's own value at its path (NaN where it has none). */
    static double[] baseline(Scenario base, List<Factor> factors) {
        JsonNode resolved = resolved(base);
        double[] out = new double[factors.size()];
        for (int j = 0; j < out.length; j++) {
            JsonNode at = at(resolved, factors.get(j).path());
            out[j] = at != null && at.isNumber() ? at.asDouble() : Double.NaN;
        }
        return out;
    }

    private static JsonNode resolved(Scenario s) {
        try {
            return new YAMLMapper().readTree(ScenarioLoader.toResolvedYaml(s));
        } catch (IOException e) {
            throw new IllegalStateException("resolved scenario does not parse", e);
        }
    }

    /** The node at a {@code --set} path such as {@code policies[2].share} or {@code observed.urbanization_rate.2024}. */
    static JsonNode at(JsonNode root, String path) {
        JsonNode n = root;
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            String key = bracket < 0 ? part : part.substring(0, bracket);
            n = n == null ? null : n.get(key);
            while (bracket >= 0 && n != null) {
                int close = part.indexOf(']', bracket);
                if (close < 0) {
                    return null;
                }
                try {
                    n = n.get(Integer.parseInt(part.substring(bracket + 1, close)));
                } catch (NumberFormatException e) {
                    return null;
                }
                bracket = part.indexOf('[', close);
            }
        }
        return n;
    }
}

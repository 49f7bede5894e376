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
    /** Most design points of one sweep (each is run --runs times; the design is held in memory). */
    public static final long MAX_POINTS = 100_000;

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
        long count = count(spec, factors);
        if (count > MAX_POINTS) {
            throw new IllegalArgumentException("the " + spec.design() + " design has " + (count == Long.MAX_VALUE
                    ? "more than " + MAX_POINTS : count) + " points; a sweep may have at most " + MAX_POINTS
                    + " (fewer levels or --samples)");
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
        if (!"sobol".equals(spec.design()) && !"oat".equals(spec.design())) {
            refuseDuplicates(cases, baseSets.size());   // sobol and oat repeat points by construction
        }
        return new Job("sweep", masterSeed, runs, List.of(new Job.Input(file, null, null)), cases, spec);
    }

    /** Points of the design, computed before any is made ({@code Long.MAX_VALUE} when past counting). */
    static long count(Job.SweepSpec spec, List<Factor> factors) {
        int k = factors.size();
        return switch (spec.design()) {
            case "grid" -> {
                long n = 1;
                for (Factor f : factors) {
                    int levels = f.values() == null ? 2 : Math.max(1, f.values().size());
                    n = n > Long.MAX_VALUE / levels ? Long.MAX_VALUE : n * levels;
                }
                yield n;
            }
            case "lhs" -> spec.samples();
            case "sobol" -> (long) spec.samples() * (k + 2);
            default -> 1 + 2L * k;
        };
    }

    /** Two points with the same values would be run twice and counted twice in the statistics. */
    private static void refuseDuplicates(List<Job.Case> cases, int common) {
        java.util.Map<List<String>, String> seen = new java.util.HashMap<>();
        for (Job.Case c : cases) {
            List<String> point = c.sets().subList(common, c.sets().size());
            String first = seen.putIfAbsent(point, c.id());
            if (first != null) {
                throw new IllegalArgumentException("design points " + first + " and " + c.id() + " are the same ("
                        + String.join(", ", point) + "); remove the repeated level, or use fewer samples of a "
                        + "whole-number field");
            }
        }
    }

    /**
     * The {@code --set}s of a factor at its low and at its high end, as a design point would write them: a sweep
     * whose field cannot take either is refused before anything runs.
     */
    public static List<String> ends(Scenario base, String factorSpec) {
        Factor f = Factor.parse(factorSpec);
        JsonNode at = at(resolved(base), f.path());
        boolean integer = at != null && at.isIntegralNumber();
        return List.of(f.path() + "=" + value(f.low(), integer), f.path() + "=" + value(f.high(), integer));
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

package townward.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code townward calibrate} fits ({@code calibration/config.yaml}): the calibration scenarios with the
 * data rows each is compared with, the behaviour coefficients fitted with their plausible bounds, the out-of-sample
 * check, and the effort (replications per evaluation, evaluation budget). Paths are relative to the config file.
 *
 * @param file        the config file
 * @param data        data/urbanization.csv
 * @param series      the calibration series
 * @param parameters  the fitted coefficients
 * @param holdouts    the out-of-sample checks (none, one or more)
 * @param runs        replications per evaluation (common random numbers: the same seeds every evaluation)
 * @param budget      evaluations of the objective
 * @param seed        master seed of the replications and of the optimizer
 * @param output      folder of behaviour.yaml, fit.csv and the fit charts
 * @param quick       the reduced effort of {@code --quick}
 */
public record CalibrationConfig(Path file, Path data, List<Series> series, List<Parameter> parameters,
                                List<Holdout> holdouts, int runs, int budget, long seed, Path output, Effort quick) {

    /**
     * @param name         series name
     * @param scenario     the calibration scenario
     * @param region       its rows in data/urbanization.csv
     * @param fitYears     years whose urbanization rate is fitted (never the start year, which is set exactly)
     * @param populationYears years whose population (total_pop_wan) is fitted as well
     * @param crossProvinceYears years whose cross-province share of outside migrants is fitted (data/migrant_workers.csv)
     */
    public record Series(String name, Path scenario, String region, List<Integer> fitYears,
                         List<Integer> populationYears, List<Integer> crossProvinceYears) {
    }

    /** A fitted behaviour coefficient with its plausible range and starting value. */
    public record Parameter(String name, double low, double high, double start) {
    }

    /** Refit on {@code fit} (series → years) only and report the error at {@code test}. */
    public record Holdout(Map<String, List<Integer>> fit, Map<String, List<Integer>> test) {
    }

    public record Effort(int runs, int budget) {
    }

    /** Reads and checks the config; problems name the file and the field path. */
    public static CalibrationConfig load(Path file) throws CalibrationException {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new CalibrationException(file + ": cannot read (" + e.getMessage().lines().findFirst().orElse("")
                    + ")");
        }
        if (root == null || !root.isObject()) {
            throw new CalibrationException(file + ": expected a mapping");
        }
        Reader r = new Reader(file, root);
        Path base = file.toAbsolutePath().getParent();
        List<Series> series = new ArrayList<>();
        JsonNode ss = r.list("series");
        for (int i = 0; i < ss.size(); i++) {
            String at = "series[" + i + "]";
            JsonNode s = ss.get(i);
            series.add(new Series(r.text(s, at, "name"), base.resolve(r.text(s, at, "scenario")).normalize(),
                    r.text(s, at, "region"), r.years(s, at, "fit_years", true), r.years(s, at, "population_years", false),
                    r.years(s, at, "cross_province_years", false)));
        }
        List<Parameter> params = new ArrayList<>();
        JsonNode ps = r.list("parameters");
        for (int i = 0; i < ps.size(); i++) {
            String at = "parameters[" + i + "]";
            JsonNode p = ps.get(i);
            double low = r.number(p, at, "low");
            double high = r.number(p, at, "high");
            double start = p.has("start") ? r.number(p, at, "start") : (low + high) / 2;
            if (!(low < high) || start < low || start > high) {
                throw r.error(at, "expected low < high and low <= start <= high");
            }
            params.add(new Parameter(r.text(p, at, "name"), low, high, start));
        }
        List<Holdout> holdouts = new ArrayList<>();
        if (root.has("holdouts")) {
            JsonNode hs = r.list("holdouts");
            for (int i = 0; i < hs.size(); i++) {
                String at = "holdouts[" + i + "]";
                holdouts.add(new Holdout(r.seriesYears(hs.get(i), at, "fit", series),
                        r.seriesYears(hs.get(i), at, "test", series)));
            }
        }
        JsonNode q = root.path("quick");
        Effort quick = new Effort(q.path("runs").asInt(1), q.path("budget").asInt(12));
        return new CalibrationConfig(file, base.resolve(r.text(root, "", "data")).normalize(), series, params,
                holdouts, r.positive(root, "runs"), r.positive(root, "budget"), root.path("seed").asLong(1),
                base.resolve(root.path("output").asText(".")).normalize(), quick);
    }

    /** The config with another effort (--quick, --runs, --budget) and output folder. */
    public CalibrationConfig with(int newRuns, int newBudget, Path newOutput) {
        return new CalibrationConfig(file, data, series, parameters, holdouts, newRuns, newBudget, seed, newOutput,
                quick);
    }

    /** Reads fields with errors that name the file and path. */
    private record Reader(Path file, JsonNode root) {
        CalibrationException error(String path, String message) {
            return new CalibrationException(file + ": " + (path.isEmpty() ? "" : path + ": ") + message);
        }

        JsonNode list(String key) throws CalibrationException {
            JsonNode n = root.get(key);
            if (n == null || !n.isArray() || n.isEmpty()) {
                throw error(key, "expected a non-empty list");
            }
            return n;
        }

        String text(JsonNode n, String at, String key) throws CalibrationException {
            JsonNode v = n.get(key);
            if (v == null || !v.isTextual() || v.asText().isBlank()) {
                throw error(join(at, key), "expected a text value");
            }
            return v.asText();
        }

        double number(JsonNode n, String at, String key) throws CalibrationException {
            JsonNode v = n.get(key);
            if (v == null || !v.isNumber()) {
                throw error(join(at, key), "expected a number");
            }
            return v.asDouble();
        }

        int positive(JsonNode n, String key) throws CalibrationException {
            JsonNode v = n.get(key);
            if (v == null || !v.canConvertToInt() || v.asInt() < 1) {
                throw error(key, "expected a whole number >= 1");
            }
            return v.asInt();
        }

        List<Integer> years(JsonNode n, String at, String key, boolean required) throws CalibrationException {
            JsonNode v = n.get(key);
            if (v == null && !required) {
                return List.of();
            }
            if (v == null || !v.isArray() || v.isEmpty()) {
                throw error(join(at, key), "expected a list of years");
            }
            List<Integer> out = new ArrayList<>();
            for (JsonNode y : v) {
                if (!y.canConvertToInt()) {
                    throw error(join(at, key), "expected a list of years");
                }
                out.add(y.asInt());
            }
            return out;
        }

        Map<String, List<Integer>> seriesYears(JsonNode n, String at, String key, List<Series> series)
                throws CalibrationException {
            JsonNode v = n.get(key);
            if (v == null || !v.isObject()) {
                throw error(join(at, key), "expected a mapping of series name to years");
            }
            Map<String, List<Integer>> out = new TreeMap<>();
            for (var it = v.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (series.stream().noneMatch(s -> s.name().equals(name))) {
                    throw error(join(at, key) + "." + name, "no series of that name");
                }
                out.put(name, years(v, join(at, key), name, true));
            }
            return out;
        }

        private static String join(String at, String key) {
            return at.isEmpty() ? key : at + "." + key;
        }
    }
}

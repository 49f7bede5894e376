package townward.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import townward.csv.CsvCell;
import townward.scenario.Scenario;
import townward.scenario.ScenarioException;
import townward.scenario.ScenarioLoader;

/**
 * A results folder written by {@code run}, {@code batch}, {@code compare} or {@code sweep}, read back for the report:
 * the scenarios as run, the per-year statistics across replications, and the comparison and sweep tables.
 */
public final class Results {

    /** Which command wrote the folder. */
    public enum Kind { RUN, BATCH, COMPARE, SWEEP }

    /** Statistics of one value across replications (a run has n = 1 and all equal to the value). */
    public record Stat(int n, double mean, double p05, double p95) {
    }

    /** A paired difference against the baseline: mean, 90 % interval of the mean, 5-95 % of the differences. */
    public record Diff(int n, double mean, double low, double high, double p05, double p95) {
    }

    /**
     * A simulated variant.
     *
     * @param id        the {@code scenario} column (scenario name, or sweep point)
     * @param scenario  the scenario as run (null when it no longer loads)
     * @param resolved  the resolved scenario as a tree (policies, places...), or null
     */
    public record Case(String id, Scenario scenario, JsonNode resolved) {
    }

    /** A row of sweep.csv: a point's factor values and the end-year statistics of one metric. */
    public record SweepRow(String point, double[] values, String metric, int year, Stat stat) {
    }

    /** A row of tornado.csv. */
    public record Swing(String metric, String factor, double low, double high, double atLow, double atHigh,
                        double baseline) {
    }

    /** A row of sobol.csv. */
    public record Sobol(String metric, String factor, double first, double firstLow, double firstHigh, double total,
                        double totalLow, double totalHigh) {
    }

    static final String REGION = "region";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    private final Path dir;
    private final Kind kind;
    private final JsonNode manifest;
    private final List<Case> cases = new ArrayList<>();
    private final Map<String, Map<String, TreeMap<Integer, Stat>>> summary = new HashMap<>();
    private final Map<String, Map<String, TreeMap<Integer, Diff>>> differences = new HashMap<>();
    private final List<String> factors = new ArrayList<>();
    private String design;
    private final List<SweepRow> sweepRows = new ArrayList<>();
    private final List<Swing> swings = new ArrayList<>();
    private final List<Sobol> sobol = new ArrayList<>();

    private Results(Path dir, Kind kind, JsonNode manifest) {
        this.dir = dir;
        this.kind = kind;
        this.manifest = manifest;
    }

    /** Reads a results folder. */
    public static Results read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a folder");
        }
        Path manifestFile = dir.resolve("manifest.json");
        if (!Files.isRegularFile(manifestFile)) {
            throw new IOException(dir + " is not a townward results folder (no manifest.json; an unfinished batch"
                    + " is finished with --resume)");
        }
        JsonNode manifest = JSON.readTree(manifestFile.toFile());
        if (Files.isRegularFile(dir.resolve("metrics.csv"))) {
            Results r = new Results(dir, Kind.RUN, manifest);
            r.readRun();
            return r;
        }
        if (!Files.isRegularFile(dir.resolve("job.json")) || !Files.isRegularFile(dir.resolve("summary.csv"))) {
            throw new IOException(dir + " has neither metrics.csv (run) nor job.json and summary.csv (batch, compare,"
                    + " sweep)");
        }
        String command = manifest.path("command").asText("batch");
        Kind kind = switch (command) {
            case "compare" -> Kind.COMPARE;
            case "sweep" -> Kind.SWEEP;
            default -> Kind.BATCH;
        };
        Results r = new Results(dir, kind, manifest);
        r.readJob();
        return r;
    }

    private void readRun() throws IOException {
        Scenario s = load(dir.resolve("scenario.resolved.yaml"), List.of());
        String id = s != null ? s.name() : manifest.path("scenario_name").asText("scenario");
        cases.add(new Case(id, s, resolvedTree(s)));
        Map<String, TreeMap<Integer, Stat>> mine = new HashMap<>();
        summary.put(id, mine);
        forEachRow(dir.resolve("metrics.csv"), f -> {
            double v = Double.parseDouble(f.get(4));
            mine.computeIfAbsent(key(f.get(2), f.get(3)), k -> new TreeMap<>())
                    .put(Integer.parseInt(f.get(0)), new Stat(1, v, v, v));
        });
    }

    private void readJob() throws IOException {
        JsonNode job = JSON.readTree(dir.resolve("job.json").toFile());
        JsonNode sweep = job.path("sweep");
        if (!sweep.isMissingNode() && !sweep.isNull()) {
            design = sweep.path("design").asText();
            sweep.path("factors").forEach(f -> {
                String spec = f.asText();
                factors.add(spec.substring(0, spec.indexOf('=')));
            });
        }
        JsonNode inputs = job.path("inputs");
        JsonNode jobCases = job.path("cases");
        Set<String> wanted = new java.util.HashSet<>();
        for (int c = 0; c < jobCases.size(); c++) {
            JsonNode jc = jobCases.get(c);
            String id = jc.path("id").asText();
            if (kind == Kind.SWEEP && c > 0) {
                cases.add(new Case(id, null, null));   // points: only their end-year table is charted
                continue;
            }
            List<String> sets = new ArrayList<>();
            jc.path("sets").forEach(x -> sets.add(x.asText()));
            Path file = dir.resolve(inputs.get(jc.path("input").asInt()).path("stored").asText());
            Scenario s = load(file, sets);
            if (s == null && kind == Kind.SWEEP) {
                s = load(file, sets.subList(0, Math.max(0, sets.size() - factors.size())));
            }
            cases.add(new Case(id, s, resolvedTree(s)));
            wanted.add(id);
        }
        forEachRow(dir.resolve("summary.csv"), f -> {
            if (wanted.contains(f.get(0))) {
                summary.computeIfAbsent(f.get(0), k -> new HashMap<>())
                        .computeIfAbsent(key(f.get(2), f.get(3)), k -> new TreeMap<>())
                        .put(Integer.parseInt(f.get(1)), new Stat(Integer.parseInt(f.get(4)), num(f.get(5)),
                                num(f.get(7)), num(f.get(9))));
            }
        });
        Path diff = dir.resolve("differences.csv");
        if (Files.isRegularFile(diff)) {
            forEachRow(diff, f -> differences.computeIfAbsent(f.get(0), k -> new HashMap<>())
                    .computeIfAbsent(key(f.get(3), f.get(4)), k -> new TreeMap<>())
                    .put(Integer.parseInt(f.get(2)), new Diff(Integer.parseInt(f.get(5)), num(f.get(6)),
                            num(f.get(8)), num(f.get(9)), num(f.get(10)), num(f.get(11)))));
        }
        Path sweepCsv = dir.resolve("sweep.csv");
        if (Files.isRegularFile(sweepCsv)) {
            int k = factors.size();
            forEachRow(sweepCsv, f -> {
                if (f.get(k + 2).isEmpty() || "0".equals(f.get(k + 3))) {
                    return;   // a point without successful replications
                }
                double[] v = new double[k];
                for (int j = 0; j < k; j++) {
                    v[j] = num(f.get(1 + j));
                }
                sweepRows.add(new SweepRow(f.get(0), v, f.get(k + 1), Integer.parseInt(f.get(k + 2)),
                        new Stat(Integer.parseInt(f.get(k + 3)), num(f.get(k + 4)), num(f.get(k + 6)),
                                num(f.get(k + 8)))));
            });
        }
        Path tornado = dir.resolve("tornado.csv");
        if (Files.isRegularFile(tornado)) {
            forEachRow(tornado, f -> swings.add(new Swing(f.get(0), f.get(1), num(f.get(2)), num(f.get(3)),
                    num(f.get(4)), num(f.get(5)), num(f.get(6)))));
        }
        Path sobolCsv = dir.resolve("sobol.csv");
        if (Files.isRegularFile(sobolCsv)) {
            forEachRow(sobolCsv, f -> sobol.add(new Sobol(f.get(0), f.get(1), num(f.get(2)), num(f.get(3)),
                    num(f.get(4)), num(f.get(5)), num(f.get(6)), num(f.get(7)))));
        }
    }

    private static Scenario load(Path file, List<String> sets) {
        try {
            return ScenarioLoader.load(file, sets);
        } catch (ScenarioException | RuntimeException e) {
            return null;
        }
    }

    private static JsonNode resolvedTree(Scenario s) throws IOException {
        return s == null ? null : YAML.readTree(ScenarioLoader.toResolvedYaml(s));
    }

    static String key(String place, String metric) {
        return place + '\u0000' + metric;
    }

    static double num(String s) {
        return s == null || s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    @FunctionalInterface
    interface RowConsumer {
        void accept(List<String> fields);
    }

    /** Calls back for each data row of a CSV file (RFC 4180 quoting, header skipped, BOM tolerated). */
    static void forEachRow(Path file, RowConsumer to) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            if (line == null) {
                return;
            }
            while ((line = in.readLine()) != null) {
                StringBuilder record = new StringBuilder(line);
                while (unbalanced(record)) {
                    String next = in.readLine();
                    if (next == null) {
                        break;
                    }
                    record.append('\n').append(next);
                }
                if (record.length() > 0) {
                    to.accept(split(record.toString()));
                }
            }
        }
    }

    private static boolean unbalanced(CharSequence s) {
        int quotes = 0;
        for (int i = 0; i < s.length(); i++) {
            quotes += s.charAt(i) == '"' ? 1 : 0;
        }
        return quotes % 2 == 1;
    }

    static List<String> split(String line) {
        return CsvCell.split(line);
    }

    public Path dir() {
        return dir;
    }

    public Kind kind() {
        return kind;
    }

    public JsonNode manifest() {
        return manifest;
    }

    public List<Case> cases() {
        return Collections.unmodifiableList(cases);
    }

    /** The case the single-scenario charts show: the run, the batch's first scenario, the baseline, the base point. */
    public Case main() {
        return cases.get(0);
    }

    /** Year → statistics of a metric of a case ({@code place} is "region", a place name, "kind:...", ...). */
    public TreeMap<Integer, Stat> series(String caseId, String place, String metric) {
        Map<String, TreeMap<Integer, Stat>> m = summary.get(caseId);
        TreeMap<Integer, Stat> s = m == null ? null : m.get(key(place, metric));
        return s == null ? new TreeMap<>() : s;
    }

    /** Region series of the main case. */
    public TreeMap<Integer, Stat> region(String metric) {
        return series(main().id(), REGION, metric);
    }

    /** Every metric name the main case has for a place. */
    public List<String> metrics(String caseId, String place) {
        Map<String, TreeMap<Integer, Stat>> m = summary.getOrDefault(caseId, Map.of());
        String prefix = place + '\u0000';
        return m.keySet().stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length()))
                .sorted().toList();
    }

    /** Year → paired difference of a case against the baseline (compare only). */
    public TreeMap<Integer, Diff> difference(String caseId, String place, String metric) {
        Map<String, TreeMap<Integer, Diff>> m = differences.get(caseId);
        TreeMap<Integer, Diff> s = m == null ? null : m.get(key(place, metric));
        return s == null ? new TreeMap<>() : s;
    }

    /** Replications behind the main case's statistics (from its end-year urbanization rate). */
    public int replications() {
        TreeMap<Integer, Stat> s = region("urbanization_rate");
        if (!s.isEmpty()) {
            return s.lastEntry().getValue().n();
        }
        return kind == Kind.RUN ? 1 : manifest.path("runs").asInt(0);
    }

    public List<String> factors() {
        return Collections.unmodifiableList(factors);
    }

    public String design() {
        return design;
    }

    public List<SweepRow> sweepRows() {
        return Collections.unmodifiableList(sweepRows);
    }

    public List<Swing> swings() {
        return Collections.unmodifiableList(swings);
    }

    public List<Sobol> sobol() {
        return Collections.unmodifiableList(sobol);
    }

    /** The manifest's fields as label → text, for the provenance table. */
    public Map<String, String> provenance() {
        Map<String, String> out = new LinkedHashMap<>();
        manifest.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            out.put(e.getKey(), v.isValueNode() ? v.asText() : v.toString());
        });
        return out;
    }
}

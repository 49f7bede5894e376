package townward.patterns;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import townward.batch.Batch;
import townward.batch.BatchException;
import townward.batch.Engine;
import townward.batch.Job;
import townward.scenario.Scenario;
import townward.scenario.ScenarioException;

/**
 * Runs the calibration scenarios that pattern rows need with {@code townward batch}'s machinery: one job per
 * scenario whose master seed is the scenario's own seed, so its replications are exactly those of
 * {@code townward batch scenarios/calibration/<name>.yaml --runs N}, whichever other patterns are asked for. A
 * scenario runs on past its end year when a row needs a later year (household size 2020 from china-2010; MODEL.md
 * 12.2 allows it for unrebased patterns; the years before are unchanged). The batch folder is temporary, so the
 * batch's own log (which offers to resume it) is not shown.
 */
public final class PatternRuns {

    /**
     * @param scenarios  the folder of calibration scenarios
     * @param runs       replications of each scenario
     * @param threads    replications run at once
     * @param quiet      no progress on {@code log}
     * @param engine     the simulation
     * @param loader     the scenario loader
     * @param log        one line per scenario run (stderr)
     */
    public record Settings(Path scenarios, int runs, int threads, boolean quiet, Engine engine, Batch.Loader loader,
                           PrintStream log) {
    }

    private PatternRuns() {
    }

    /** Judges every row, running each existing scenario that a computable row needs once. */
    public static List<PatternResult> judge(List<PatternRow> rows, Settings s)
            throws PatternException, ScenarioException, BatchException {
        Map<String, Integer> lastYear = new LinkedHashMap<>();
        for (PatternRow r : rows) {
            if (r.simulated() != null && Files.isRegularFile(file(s, r.scenario()))) {
                lastYear.merge(r.scenario(), r.lastYear(), Math::max);
            }
        }
        Map<String, Replicates> runs = new HashMap<>();
        for (Map.Entry<String, Integer> e : lastYear.entrySet()) {
            runs.put(e.getKey(), run(e.getKey(), e.getValue(), s));
        }
        List<PatternResult> out = new ArrayList<>();
        for (PatternRow r : rows) {
            out.add(PatternResult.judge(r, Files.isRegularFile(file(s, r.scenario())), runs.get(r.scenario())));
        }
        return out;
    }

    private static Path file(Settings s, String scenario) {
        return s.scenarios().resolve(scenario + ".yaml");
    }

    private static Replicates run(String name, int lastYear, Settings s)
            throws PatternException, ScenarioException, BatchException {
        Path file = file(s, name);
        Scenario sc;
        try {
            sc = s.loader().load(file, List.of());
        } catch (IOException e) {
            throw new PatternException("cannot read " + file + ": " + e.getMessage());
        }
        List<String> sets = lastYear > sc.endYear() ? List.of("end_year=" + lastYear) : List.of();
        Job job = new Job("batch", sc.seed(), s.runs(), List.of(new Job.Input(file.toString(), null, null)),
                List.of(new Job.Case(name, 0, sets)), null);
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("townward-patterns-");
            if (!s.quiet()) {
                s.log().println("patterns: " + name + ", " + s.runs() + " replications, " + sc.startYear() + "-"
                        + Math.max(lastYear, sc.endYear()));
            }
            Batch.Outcome o = Batch.start(job, tmp.resolve(name), new Batch.Settings(s.threads(), true, s.engine(),
                    s.loader(), new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8)));
            if (o.failed() > 0) {
                throw new PatternException(name + ": " + o.failed() + " of " + o.replications()
                        + " replications failed: " + o.failures().get(0));
            }
            return read(o.folder().resolve(Batch.RUNS), s.runs());
        } catch (IOException e) {
            throw new PatternException(name + ": " + e.getMessage());
        } finally {
            delete(tmp);
        }
    }

    /** The region rows of runs.csv ({@code scenario,year,replication,place,metric,value}). */
    private static Replicates read(Path runsCsv, int runs) throws IOException {
        List<Map<String, Double>> values = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            values.add(new HashMap<>());
        }
        try (BufferedReader in = Files.newBufferedReader(runsCsv, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.indexOf('"') >= 0) {
                    continue;   // a quoted place name: never the region
                }
                String[] f = line.split(",", -1);
                if ("region".equals(f[3])) {
                    values.get(Integer.parseInt(f[2])).put(f[4] + "@" + f[1], Double.parseDouble(f[5]));
                }
            }
        }
        return new Replicates(values);
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless; the table is what matters
        }
    }
}

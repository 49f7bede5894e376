package townward.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townward.cli.Main;
import townward.collect.CsvMetricsWriter;
import townward.model.MetricSink;
import townward.model.TownwardModel;
import townward.scenario.Scenario;
import townward.scenario.ScenarioLoader;

/**
 * A lever changed in the GUI between two years gives byte for byte the metrics.csv of {@code townward run} on the
 * scenario the session writes out; a change before the run gives that of {@code run --set}. The GUI side is
 * driven through the Model tab's properties and {@link LiveRun}, as the Console drives them; no display needed.
 */
class LeverChangeEquivalenceTest {
    static final Path EXAMPLE = Path.of("scenarios/example.yaml");
    static final List<String> SMALL = List.of("scale=0.25", "end_year=2030");
    /** policies[] indices in scenarios/example.yaml. */
    static final int PARK = 0, SUBSIDY = 3, VOUCHER = 4, FUND = 7, HUKOU = 8;

    @TempDir
    Path tmp;

    static LeverSession session() throws Exception {
        return new LeverSession(ScenarioLoader.load(EXAMPLE, SMALL), EXAMPLE.toString());
    }

    /**
     * Runs the session as the GUI does (start, then one schedule step per year) and returns metrics.csv as the
     * CLI would write it; {@code before} changes levers before the run, {@code between} maps a recorded year to changes made through the Model tab after it.
     */
    static String guiRun(LeverSession session, int threads, Consumer<ModelTab> before,
                         Map<Integer, Consumer<ModelTab>> between) throws IOException {
        StringWriter csv = new StringWriter();
        YearLog log = new YearLog();
        LiveRun run = new LiveRun(session, log);
        ModelTab tab = new ModelTab(session, run, Labels.english());
        before.accept(tab);
        CsvMetricsWriter writer = new CsvMetricsWriter(csv, 0);
        MetricSink sink = (y, p, m, v) -> {
            writer.record(y, p, m, v);
            log.record(y, p, m, v);
        };
        TownwardModel model = new TownwardModel(session.scenario(), threads, sink);
        try {
            model.start();
            run.started(model);
            while (true) {
                Consumer<ModelTab> change = between.get(model.region().year);
                if (change != null) {
                    change.accept(tab);
                }
                if (model.done()) {
                    break;
                }
                model.schedule.step(model);
            }
        } finally {
            model.finish();
            run.stopped();
        }
        writer.close();
        return csv.toString();
    }

    /** {@code townward run ARGS --out DIR}, in process; returns metrics.csv. */
    String cliRun(String... args) throws IOException {
        Path out = tmp.resolve("cli-" + Math.abs(System.nanoTime()));
        List<String> all = new ArrayList<>(List.of("run"));
        all.addAll(List.of(args));
        all.add("--out=" + out);
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new Main()).setOut(new PrintWriter(new StringWriter()))
                .setErr(new PrintWriter(err)).execute(all.toArray(new String[0]));
        assertEquals(0, code, err.toString());
        return Files.readString(out.resolve(CsvMetricsWriter.FILE_NAME), StandardCharsets.UTF_8);
    }

    static void set(ModelTab tab, int lever, String key, String value) {
        Object result = tab.properties().setValue(tab.row(lever, key), value);
        assertTrue(result != null, "refused: " + tab.message());
    }

    @Test
    void changesDuringTheRunEqualTheWrittenScenario() throws Exception {
        LeverSession session = session();
        Map<Integer, Consumer<ModelTab>> changes = new TreeMap<>();
        changes.put(2026, tab -> {
            set(tab, SUBSIDY, "share", "0.5");
            set(tab, PARK, "posts_per_year", "1500");
        });
        changes.put(2028, tab -> {
            set(tab, SUBSIDY, "share", "0.05");        // the same lever again: a second split
            set(tab, VOUCHER, "recipients", "0");      // a choice: all_rural
            set(tab, HUKOU, "services", "false");
            set(tab, FUND, "loan_to_value", "0.6");
        });
        String gui = guiRun(session, 2, tab -> { }, changes);

        assertEquals(6, session.changes().size());
        Scenario written = session.scenario();
        assertEquals(session.levers() + 6, written.policies().size(), "each lever in force was split");
        Path file = tmp.resolve("session.yaml");
        String text = write(session, file);
        assertEquals(gui, cliRun(file.toString(), "--threads=1"), "GUI run and CLI run of the written scenario");
        keepsTheOriginal(text);

        String unchanged = cliRun(EXAMPLE.toString(), "--set=scale=0.25", "--set=end_year=2030");
        assertNotEquals(unchanged, gui, "the changes act");
        assertEquals(rows(unchanged, 2026), rows(gui, 2026), "years before the changes are untouched");
        assertNotEquals(rows(unchanged, 2030), rows(gui, 2030));
    }

    /** Writes the session's scenario to {@code file} as File > Write Scenario as Run does; the original text kept. */
    static String write(LeverSession session, Path file) throws IOException {
        LeverSession.Written w = session.yaml(file);
        assertNull(w.notKept(), w.notKept());
        Files.writeString(file, w.text(), StandardCharsets.UTF_8);
        return w.text();
    }

    /**
     * The written file holds the example's description and every comment of it verbatim, and every line of it
     * but those of the values edited.
     */
    static void keepsTheOriginal(String written) throws IOException {
        String original = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        String description = original.substring(original.indexOf("description: |"), original.indexOf("start_year:"));
        assertTrue(written.contains(description), "the description verbatim");
        List<String> lines = written.lines().toList();
        List<String> missing = original.lines().filter(l -> !lines.contains(l)).toList();
        for (String l : original.lines().toList()) {
            int hash = l.indexOf('#');
            assertTrue(hash < 0 || written.contains(l.substring(hash)), "comment kept: " + l);
        }
        assertTrue(missing.size() <= 6, "only the edited values' lines differ: " + missing);
    }

    static void pick(ModelTab tab, int year) {
        assertTrue(tab.properties().setValue(ModelTab.FROM_ROW, Integer.toString(year)) != null, tab.message());
    }

    @Test
    void aChangeFromALaterYearActsWhenThatYearBegins() throws Exception {
        LeverSession later = session();
        String from2029 = guiRun(later, 2, tab -> { }, Map.of(2026, tab -> {
            assertEquals(2027, tab.changeYear(), "by default the next simulated year");
            pick(tab, 2029);
            set(tab, PARK, "posts_per_year", "1500");
        }));
        LeverSession.Change c = later.changes().get(0);
        assertEquals(2029, c.year());
        assertTrue(c.split());
        assertEquals(2028, later.lever(PARK, 2028).scope().to());
        Path file = tmp.resolve("from-2029.yaml");
        write(later, file);
        assertEquals(from2029, cliRun(file.toString(), "--threads=1"), "GUI run and CLI run of the written scenario");

        LeverSession next = session();
        String from2027 = guiRun(next, 2, tab -> { }, Map.of(2026, tab -> set(tab, PARK, "posts_per_year", "1500")));
        assertEquals(2027, next.changes().get(0).year());
        assertNotEquals(from2027, from2029, "the year picked matters");
        String unchanged = cliRun(EXAMPLE.toString(), "--set=scale=0.25", "--set=end_year=2030");
        assertEquals(rows(unchanged, 2028), rows(from2029, 2028), "nothing changes before 2029");
        assertNotEquals(rows(unchanged, 2029), rows(from2029, 2029));
        assertNotEquals(rows(unchanged, 2027), rows(from2027, 2027));
    }

    @Test
    void theTabShowsTheLeversOfTheYearPickedAndAnEarlierChangeCoversLaterParts() throws Exception {
        LeverSession session = session();
        String gui = guiRun(session, 2, tab -> {
            pick(tab, 2028);   // before the run: a later year splits the lever as during a run
            set(tab, SUBSIDY, "share", "0.5");
            assertEquals(0.5, tab.properties().getValue(tab.row(SUBSIDY, "share")));
            pick(tab, 2026);
            assertEquals(0.1, tab.properties().getValue(tab.row(SUBSIDY, "share")), "in force in 2026");
        }, Map.of(2026, tab -> {
            pick(tab, 2025);
            assertEquals(2027, tab.changeYear(), "a year that has passed gives the earliest");
            assertTrue(tab.message().contains("2025 has passed"), tab.message());
            set(tab, SUBSIDY, "share", "0.3");   // from 2027: covers the part from 2028 too
        }));
        assertEquals(0.1, ((townward.scenario.Lever.HousingSubsidy) session.lever(SUBSIDY, 2026)).share());
        assertEquals(0.3, ((townward.scenario.Lever.HousingSubsidy) session.lever(SUBSIDY, 2027)).share());
        assertEquals(0.3, ((townward.scenario.Lever.HousingSubsidy) session.lever(SUBSIDY, 2030)).share());
        Path file = tmp.resolve("covered.yaml");
        write(session, file);
        assertEquals(gui, cliRun(file.toString(), "--threads=1"));
    }

    @Test
    void aChangeBeforeTheRunIsASetAndWrittenInPlace() throws Exception {
        LeverSession session = session();
        String changed = guiRun(session, 2, tab -> set(tab, SUBSIDY, "share", "0.5"), Map.of());
        assertFalse(session.changes().get(0).split());
        assertEquals(cliRun(EXAMPLE.toString(), "--set=scale=0.25", "--set=end_year=2030",
                "--set=policies[3].share=0.5"), changed);
        Path file = tmp.resolve("before.yaml");
        String written = write(session, file);
        String original = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        assertEquals(original.replace("share: 0.1                      # assumed", "share: 0.5                      # assumed")
                .replace("end_year: 2035 ", "end_year: 2030 ").replace("scale: 1.0  ", "scale: 0.25 "),
                written.substring(written.indexOf("# townward example")), "three values edited, nothing else");
        assertEquals(changed, cliRun(file.toString()));
    }

    /** The example with its provident fund written in flow style, a comment after it. */
    Path flowStyleFund() throws IOException {
        String fund = """
                  - lever: provident_fund
                    from: 2025
                    rate: 0.031                     # assumed: provident-fund rate 2024
                    loan_to_value: 0.8              # assumed
                """;
        String original = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        assertTrue(original.contains(fund));
        Path file = tmp.resolve("flow.yaml");
        Files.writeString(file, original.replace(fund,
                "  - {lever: provident_fund, from: 2025, rate: 0.031, loan_to_value: 0.8}   # flow style\n"));
        return file;
    }

    @Test
    void aLeverInFlowStyleIsSplitInFlowStyle() throws Exception {
        Path flow = flowStyleFund();
        LeverSession session = new LeverSession(ScenarioLoader.load(flow, SMALL), flow.toString());
        String gui = guiRun(session, 2, tab -> { }, Map.of(2026, tab -> set(tab, FUND, "loan_to_value", "0.6")));
        Path file = tmp.resolve("flow-session.yaml");
        String written = write(session, file);
        assertTrue(written.contains("""
                  - {lever: provident_fund, from: 2025, rate: 0.031, loan_to_value: 0.8, to: 2026}   # flow style
                  - {lever: provident_fund, from: 2027, rate: 0.031, loan_to_value: 0.6}   # flow style
                """), written);
        assertEquals(gui, cliRun(file.toString(), "--threads=1"));
    }

    /**
     * A JSON scenario: a change before the run is edited into the JSON; a split cannot copy a lever of its
     * [...] list line by line, so the resolved scenario is written and the planner told why.
     */
    @Test
    void aJsonScenarioIsEditedInPlaceOrSaysWhyNot() throws Exception {
        Path json = tmp.resolve("example.json");
        Files.writeString(json, new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(EXAMPLE.toFile())));
        LeverSession before = new LeverSession(ScenarioLoader.load(json, SMALL), json.toString());
        String changed = guiRun(before, 2, tab -> set(tab, SUBSIDY, "share", "0.5"), Map.of());
        Path out = tmp.resolve("before.json");
        String written = write(before, out);
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(written);   // still JSON (no comment header)
        assertEquals(changed, cliRun(out.toString()));

        LeverSession during = new LeverSession(ScenarioLoader.load(json, SMALL), json.toString());
        String split = guiRun(during, 2, tab -> { }, Map.of(2026, tab -> set(tab, SUBSIDY, "share", "0.5")));
        Path resolved = tmp.resolve("during.json");
        LeverSession.Written w = during.yaml(resolved);
        assertTrue(w.notKept() != null && w.notKept().contains("policies is not written as a block list"),
                w.notKept());
        Files.writeString(resolved, w.text(), StandardCharsets.UTF_8);
        assertEquals(split, cliRun(resolved.toString(), "--threads=1"), "the resolved scenario, as JSON");
        Path yaml = tmp.resolve("during.yaml");
        assertTrue(during.yaml(yaml).text().startsWith("# Written by townward gui: the resolved scenario of "
                + json + " (every default filled in; its own text could not be kept: policies is not written"));
    }

    @Test
    void aRefusedValueLeavesTheSessionAsItWas() throws Exception {
        LeverSession session = session();
        Path file = tmp.resolve("refused.yaml");
        String before = session.yaml(file).text();
        ModelTab tab = new ModelTab(session, new LiveRun(session, new YearLog()), Labels.english());
        assertNull(tab.properties().setValue(tab.row(SUBSIDY, "share"), "1.5"));
        assertTrue(tab.message().contains("[0, 1]"), tab.message());
        assertEquals(before, session.yaml(file).text());
        assertTrue(session.changes().isEmpty());
    }

    /** The rows of one year, without the year (to compare years of two runs). */
    static List<String> rows(String csv, int year) {
        return csv.lines().filter(l -> l.startsWith(year + ",")).toList();
    }
}

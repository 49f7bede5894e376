package townward.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static townward.cli.CliHarness.exec;
import static townward.cli.CliHarness.fakeModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import townward.check.ScenarioWarnings;
import townward.collect.RunSummary;
import townward.scenario.Scenario;
import townward.scenario.ScenarioLoader;

class InitAndDiffTest {

    @TempDir
    Path tmp;

    Main main() {
        return new Main(fakeModel(), ScenarioSource.standard(), tmp.resolve("results"));
    }

    @ParameterizedTest(name = "--towns {0}")
    @ValueSource(ints = {1, 3, 12})
    void theStarterValidatesWithoutWarningsAndStartsNearItsWrittenPopulations(int towns) throws Exception {
        Path file = tmp.resolve("qingshan.yaml");
        CliHarness.Result r = exec(main(), "init", "qingshan", "--county", "青山县", "--towns", Integer.toString(towns),
                "--out", file.toString());
        assertEquals(0, r.code(), r.err());
        CliHarness.Result v = exec(main(), "validate", file.toString());
        assertEquals("OK " + file + "\n", v.out(), v.err());
        assertEquals("", v.err());
        Scenario s = ScenarioLoader.load(file, List.of("scale=0.1", "end_year=2025"));
        assertEquals(1 + towns, s.places().size());
        assertTrue(ScenarioWarnings.of(s, true).stream().allMatch(w -> w.startsWith("targets.")));
        RunSummary summary = new RunSummary(s);
        ScenarioRunner.standard().run(s, 1, summary);
        double factor = summary.rescale().factor();
        assertTrue(factor > 0.9 && factor < 1.1, "start factor " + factor);
        assertTrue(Files.readString(file).contains("# REPLACE: rural households"));
    }

    @Test
    void initNeverOverwritesAndExplainsAChineseName() throws Exception {
        Path file = Files.writeString(tmp.resolve("x.yaml"), "mine\n");
        CliHarness.Result r = exec(main(), "init", "x", "--out", file.toString());
        assertEquals(1, r.code());
        assertEquals("mine\n", Files.readString(file));
        assertTrue(r.err().contains("exists; nothing was written"), r.err());
        CliHarness.Result zh = exec(main(), "init", "青山县", "--out", tmp.resolve("y.yaml").toString());
        assertEquals(1, zh.code());
        assertTrue(zh.err().contains("give the Chinese name with --county"), zh.err());
    }

    @Test
    void diffListsTheChangedFieldsByPathAndExitsTwo() throws Exception {
        Path a = tmp.resolve("a.yaml");
        assertEquals(0, exec(main(), "init", "a", "--towns", "2", "--out", a.toString()).code());
        String text = Files.readString(a);
        Path b = Files.writeString(tmp.resolve("b.yaml"), text.replace("posts_per_year: 500 ", "posts_per_year: 800 ")
                .replace("wage_growth: 0.044", "wage_growth: 0.05"));
        CliHarness.Result d = exec(main(), "diff", a.toString(), b.toString());
        assertEquals(2, d.code(), d.err());
        assertEquals("economy.wage_growth: 0.044 -> 0.05\npolicies[park].posts_per_year: 500 -> 800\n", d.out());
        CliHarness.Result same = exec(main(), "diff", a.toString(), a.toString());
        assertEquals(0, same.code());
        assertEquals("", same.out());
        // places are paired by name, not position
        Path c = Files.writeString(tmp.resolve("c.yaml"), text.replace("name: Town 2", "name: Town 2x"));
        CliHarness.Result renamed = exec(main(), "diff", a.toString(), c.toString());
        assertTrue(renamed.out().startsWith("places[\"Town 2\"].name: Town 2 -> (none)\n"), renamed.out());
        assertTrue(renamed.out().contains("places[\"Town 2x\"].name: (none) -> Town 2x\n"), renamed.out());
        assertTrue(renamed.out().lines().noneMatch(l -> l.startsWith("places[\"Town 1\"]")),
                renamed.out());
    }
}

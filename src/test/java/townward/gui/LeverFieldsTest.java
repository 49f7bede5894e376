package townward.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import townward.report.LeverTerms;
import townward.scenario.Lever;
import townward.scenario.Scenario;
import townward.scenario.ScenarioLoader;

/** The Model tab offers every lever's own values with the loader's types and ranges. */
class LeverFieldsTest {

    static Map<String, LeverFields.Field> fields(Lever l) {
        Map<String, LeverFields.Field> m = new TreeMap<>();
        LeverFields.of(l).forEach(f -> m.put(f.key(), f));
        return m;
    }

    @Test
    void everyLeverOfTheExampleHasItsKeysWithRanges() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/example.yaml"), List.of());
        int kinds = 0;
        for (Lever l : s.policies()) {
            List<LeverFields.Field> own = LeverFields.of(l);
            if (l instanceof Lever.Reclassification || l instanceof Lever.RightsRetention) {
                assertTrue(own.isEmpty(), l.key());
                continue;
            }
            kinds++;
            assertTrue(!own.isEmpty(), l.key());
            for (LeverFields.Field f : own) {
                Object v = f.value(l);
                switch (f.kind()) {
                    case NUMBER -> assertTrue(f.min() <= f.max() && f.max() < Double.POSITIVE_INFINITY, f.key());
                    case CHOICE -> assertTrue((Integer) v >= 0 && !f.choices().isEmpty(), f.key());
                    case BOOLEAN -> assertTrue(v instanceof Boolean, f.key());
                }
                assertTrue(f.description() != null && !f.description().isBlank(), f.key());
            }
        }
        assertEquals(13, kinds, "levers with values of their own in the example");
        Lever subsidy = s.policies().get(3);
        LeverFields.Field share = fields(subsidy).get("share");
        assertEquals("[0, 1]", share.range());
        assertEquals(0.1, (Double) share.value(subsidy));
        LeverFields.Field eligible = fields(subsidy).get("eligible");
        assertEquals(List.of("all", "rural_hukou", "first_home"), eligible.choices());
        assertEquals("rural_hukou", eligible.currentText(subsidy));
        LeverFields.Field rent = fields(s.policies().get(6)).get("rent");
        assertTrue(Double.isNaN((Double) rent.value(s.policies().get(6))) && rent.derived() != null);
    }

    /**
     * Every lever of the example and each of its values has the Chinese name the report prints; the Model tab
     * shows it with a CJK font, the key in its tooltip, and the key alone without one.
     */
    @Test
    void chineseNamesWithTheKeyInTheTooltip() throws Exception {
        LeverSession session = LeverChangeEquivalenceTest.session();
        for (Lever l : session.scenario().policies()) {
            assertTrue(LeverTerms.lever(l.key()) != null, l.key());
            LeverFields.of(l).forEach(f -> assertTrue(LeverTerms.param(f.key()) != null, l.key() + "." + f.key()));
        }
        LiveRun run = new LiveRun(session, new YearLog());
        Labels chinese = Labels.standard();
        assumeTrue(chinese.chinese(), "no CJK font bundled under src/main/resources/fonts/");
        ModelTab tab = new ModelTab(session, run, chinese);
        int posts = tab.row(LeverChangeEquivalenceTest.PARK, "posts_per_year");
        assertTrue(tab.properties().getName(posts).contains(">每年新增岗位<"), tab.properties().getName(posts));
        assertTrue(tab.properties().getDescription(posts).startsWith("<html><b>posts_per_year</b>"),
                tab.properties().getDescription(posts));
        assertTrue(tab.properties().getName(posts - 1).contains(">产业园区<"), "the lever's heading");
        ModelTab english = new ModelTab(session, run, Labels.english());
        assertEquals("posts_per_year", english.properties().getName(posts));
        assertEquals("[0] industrial_park", english.properties().getName(posts - 1));
    }

    @Test
    void numbersAreWrittenSoTheLoaderReadsThemBack() {
        assertEquals("600", LeverFields.number(600.0));
        assertEquals("0.031", LeverFields.number(0.031));
        assertEquals("1.0E-7", LeverFields.number(1e-7));
        assertEquals("flat_m2_per_homestead_m2", LeverFields.snake("flatM2PerHomesteadM2"));
    }
}

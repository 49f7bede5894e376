package townward.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pass rule: H within τ, S within 2τ, relative τ of the observation, n/a when a metric or scenario is missing. */
class ToleranceTest {

    private static final DataRows NO_DATA = DataRows.in(java.nio.file.Path.of("no-such-folder"));

    @Test
    void hHoldsWithinTauAndSWithinTwiceTau() throws Exception {
        Tolerance t = Tolerance.parse("0.5");
        assertTrue(t.holds(50, 50.5, Kind.H));
        assertFalse(t.holds(50, 50.51, Kind.H));
        assertFalse(t.holds(50, 49.4, Kind.H));
        assertTrue(t.holds(50, 51.0, Kind.S));
        assertFalse(t.holds(50, 51.01, Kind.S));
    }

    @Test
    void aTrailingPercentIsRelativeToTheObservation() throws Exception {
        Tolerance t = Tolerance.parse("1.5%");
        assertTrue(t.relative());
        assertTrue(t.holds(2745.28, 2745.28 * 1.015, Kind.H));
        assertFalse(t.holds(2745.28, 2745.28 * 1.016, Kind.H));
        assertTrue(t.holds(2745.28, 2745.28 * 0.97, Kind.S));
        assertEquals("1.5%", t.csv());
        assertEquals("0.5 pt", Tolerance.parse("0.5").text("%"));
        assertThrows(PatternException.class, () -> Tolerance.parse("-1"));
        assertThrows(PatternException.class, () -> Tolerance.parse("pt"));
    }

    @Test
    void aRowIsJudgedOnTheMeanOfItsReplications() throws Exception {
        PatternRow row = row("100 * urbanization_rate", Kind.H, 0.5);
        Replicates runs = replicates(0.50, 0.509);   // mean 50.45 %: within 0.5 of 50
        PatternResult r = PatternResult.judge(row, true, runs);
        assertEquals(Verdict.PASS, r.verdict());
        assertEquals(50.45, r.simulated().mean(), 1e-9);
        assertEquals(Verdict.FAIL, PatternResult.judge(row, true, replicates(0.50, 0.52)).verdict());
        assertEquals(Verdict.PASS, PatternResult.judge(row("100 * urbanization_rate", Kind.S, 0.5), true,
                replicates(0.50, 0.52)).verdict());
    }

    @Test
    void missingScenarioMetricOrFormulaIsNotAvailable() throws Exception {
        PatternResult noScenario = PatternResult.judge(row("100 * urbanization_rate", Kind.H, 1), false, null);
        assertEquals(Verdict.NOT_AVAILABLE, noScenario.verdict());
        assertTrue(noScenario.note().contains("no scenario demo"), noScenario.note());
        PatternResult noMetric = PatternResult.judge(row("100 * crude_birth_rate", Kind.H, 1), true,
                replicates(0.5, 0.5));
        assertEquals(Verdict.NOT_AVAILABLE, noMetric.verdict());
        assertEquals("no metric crude_birth_rate in 2010", noMetric.note());
        PatternRow needs = new PatternRow("P9", "x", "%", "demo", 2010, null, "a metric", 1, "", Tolerance.parse("1"),
                Kind.H, 2);
        assertEquals("needs a metric", PatternResult.judge(needs, true, null).note());
        assertTrue(noMetric.simulated() == null);
    }

    @Test
    void formulasReadOtherYearsAndKeepPrecedence() throws Exception {
        Expression e = Expression.parse("100 * (residents / residents@2005 - 1)", NO_DATA);
        Map<String, Double> m = Map.of("residents@2010", 110.0, "residents@2005", 100.0);
        assertEquals(10, e.evaluate((metric, year) -> m.get(metric + "@" + year), 2010), 1e-9);
        assertEquals(7, Expression.parse("1 + 2 * 3", NO_DATA).constant(), 0);
        assertEquals(-1, Expression.parse("-(3 - 2)", NO_DATA).constant(), 0);
        assertThrows(PatternException.class, () -> Expression.parse("1 +", NO_DATA));
        assertThrows(PatternException.class, () -> Expression.parse("residents@20", NO_DATA));
        assertThrows(PatternException.class, () -> Expression.parse("residents", NO_DATA).constant());
    }

    private static PatternRow row(String formula, Kind kind, double tau) throws PatternException {
        return new PatternRow("P1", "rate", "%", "demo", 2010, Expression.parse(formula, NO_DATA), null, 50, "",
                Tolerance.parse(Double.toString(tau)), kind, 2);
    }

    private static Replicates replicates(double... rates) {
        return new Replicates(java.util.Arrays.stream(rates).mapToObj(r -> Map.of("urbanization_rate@2010", r))
                .map(x -> (Map<String, Double>) x).toList());
    }
}

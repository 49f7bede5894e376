package townward.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static townward.cli.CliHarness.assertNoStackTrace;

import java.util.List;
import org.junit.jupiter.api.Test;
import townward.patterns.PatternTable;

/** {@code townward patterns} on the real calibration scenarios, as a user runs it. */
class PatternsCommandTest {

    @Test
    void onePatternWithTwoRunsFillsEveryColumn() {
        CliHarness.Result r = CliHarness.execWithHandlers(new Main(), "patterns", "--only", "P1", "--runs", "2",
                "--format", "csv", "--quiet");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.outLines().stream().map(l -> l.replaceAll("\"[^\"]*\"", "PATTERN")).toList();
        assertEquals(PatternTable.CSV_HEADER, lines.get(0));
        assertEquals("id,pattern,scenario,year,observed,simulated_mean,simulated_p05,simulated_p95,tolerance,kind,"
                + "pass", lines.get(0));
        assertEquals(List.of(2001, 2006, 2007, 2008, 2009), lines.subList(1, lines.size()).stream()
                .map(l -> Integer.parseInt(l.split(",")[3])).toList());
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertEquals(11, f.length, line);
            assertEquals("P1", f[0]);
            assertEquals("PATTERN", f[1], "quoted: the pattern has a comma");
            assertEquals("china-2000", f[2]);
            double mean = Double.parseDouble(f[5]);
            double p05 = Double.parseDouble(f[6]);
            double p95 = Double.parseDouble(f[7]);
            assertTrue(p05 < p95 && p05 <= mean && mean <= p95, line);
            assertTrue(Math.abs(mean - Double.parseDouble(f[4])) < 5, "a China rate near the observed: " + line);
            assertEquals("0.5", f[8]);
            assertEquals("H", f[9]);
            assertTrue(f[10].equals("yes") || f[10].equals("no"), line);
        }
    }

    @Test
    void aPatternTheModelCannotComputeIsListedNotAvailable() {
        CliHarness.Result r = CliHarness.execWithHandlers(new Main(), "patterns", "--only", "P19", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals(2, r.outLines().size(), r.out());
        assertTrue(r.outLines().get(1).endsWith(",1406.63,,,,15%,S,n/a"), r.out());
        assertEquals("", r.err(), "no scenario runs for a pattern without a formula");
    }

    @Test
    void badOptionsAreOneLineNamingTheOptionAndTheValidValues() {
        CliHarness.Result only = CliHarness.execWithHandlers(new Main(), "patterns", "--only", "P1,P99");
        assertEquals(1, only.code());
        assertEquals(List.of("townward: --only: unknown pattern 'P99'; valid: P1,P2,P3,P4,P5,P6,P7,P8,P9,P10,P11,"
                + "P12,P13,P14,P15,P16,P17,P18,P19,P20,P21,P22,P23,P24"), only.err().lines().toList());
        assertEquals("", only.out());
        CliHarness.Result format = CliHarness.execWithHandlers(new Main(), "patterns", "--format", "xlsx");
        assertEquals(1, format.code());
        assertEquals(List.of("townward: --format: expected text, md or csv, got xlsx"), format.err().lines().toList());
        assertNoStackTrace(only);
        assertNoStackTrace(format);
    }
}

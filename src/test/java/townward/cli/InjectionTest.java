package townward.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townward.csv.CsvCell;

/** Place names from an untrusted scenario file reach no CSV cell that a spreadsheet would run (OWASP). */
class InjectionTest {

    static final String CMD = "=cmd|' /C calc'!A0";
    static final String SUM = "+SUM(1+1)*cmd|' /C calc'!A0";

    @TempDir
    Path tmp;

    @Test
    void runBatchAndReportGuardEveryFormulaLikeCell() throws Exception {
        Path scenario = hostileExample();
        Path results = tmp.resolve("results");
        CliHarness.Result run = CliHarness.execWithHandlers(new Main(ScenarioRunner.standard(),
                ScenarioSource.standard(), results), "run", scenario.toString(), "--set", "scale=0.05",
                "--years", "2024-2026", "--threads", "2", "--report", "--report-lang", "en");
        assertEquals(0, run.code(), run.err());
        Path dir = Path.of(run.outLines().get(run.outLines().size() - 1));
        assertGuarded(dir);

        CliHarness.Result batch = CliHarness.execWithHandlers(new Main(ScenarioRunner.standard(),
                ScenarioSource.standard(), results), "batch", scenario.toString(), "--runs", "2", "--quiet",
                "--set", "scale=0.05", "--set", "end_year=2026", "--out", tmp.resolve("b").toString());
        assertEquals(0, batch.code(), batch.err());
        assertGuarded(tmp.resolve("b"));
    }

    /** Every CSV under dir: the hostile names appear, and only as guarded cells. */
    private static void assertGuarded(Path dir) throws IOException {
        List<Path> csvs;
        try (Stream<Path> s = Files.walk(dir)) {
            csvs = s.filter(p -> p.toString().endsWith(".csv")).toList();
        }
        assertFalse(csvs.isEmpty());
        boolean seen = false;
        for (Path csv : csvs) {
            for (String line : Files.readAllLines(csv)) {
                List<String> raw = rawCells(line.startsWith("\uFEFF") ? line.substring(1) : line);
                for (String cell : raw) {
                    boolean formula = cell.startsWith("=") || cell.startsWith("@")
                            || (cell.startsWith("+") || cell.startsWith("-")) && !cell.matches("[-+][0-9.,eE %-]+");
                    assertFalse(formula, csv + ": unguarded cell " + cell);
                }
                seen |= CsvCell.split(line).contains(CMD);
            }
        }
        assertTrue(seen, "the hostile place name reads back intact from some CSV under " + dir);
    }

    /** The cells as a spreadsheet sees them once the outer quotes are gone (a guard stays in front). */
    private static List<String> rawCells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private Path hostileExample() throws IOException {
        Files.createDirectories(tmp.resolve("calibration"));
        Files.copy(Path.of("calibration/behaviour.yaml"), tmp.resolve("calibration/behaviour.yaml"));
        String text = Files.readString(Path.of("scenarios/example.yaml"))
                .replace("Qinghe County Seat", "\"" + CMD + "\"")
                .replace("Xipo", "\"" + SUM + "\"");
        Files.createDirectories(tmp.resolve("scenarios"));
        return Files.writeString(tmp.resolve("scenarios/hostile.yaml"), text);
    }
}

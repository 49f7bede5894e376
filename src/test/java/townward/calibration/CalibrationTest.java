package townward.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townward.scenario.Scenario;
import townward.scenario.ScenarioLoader;

/** The fit recovers a coefficient from data the model itself produced with a known value. */
class CalibrationTest {

    @TempDir
    Path dir;

    static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    /** A small copy of the example (2024-2028) and the data rows made by running it with c_urban = truth. */
    CalibrationConfig synthetic(double truth, int budget) throws Exception {
        Path scenario = dir.resolve("small.yaml");
        Files.writeString(scenario, Files.readString(Path.of("scenarios/example.yaml"))
                .replace("end_year: 2035", "end_year: 2028").replace("scale: 1.0", "scale: 0.1"));
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, """
                data: data.csv
                series:
                  - {name: test, scenario: small.yaml, region: Testland, fit_years: [2026, 2028]}
                parameters:
                  - {name: c_urban, low: -13, high: -9, start: -10}
                runs: 2
                budget: %d
                seed: 5
                output: out
                """.formatted(budget));
        CalibrationConfig c = CalibrationConfig.load(config);
        try (Evaluator e = new Evaluator(c, 2)) {
            Evaluator.Result r = e.run(new double[] {truth}, 2);
            StringBuilder csv = new StringBuilder("region,year,urban_rate_pct,total_pop_wan,basis,note,source\n");
            for (int y : List.of(2024, 2026, 2028)) {
                double mean = (r.rate().get(0).get(y)[0] + r.rate().get(0).get(y)[1]) / 2;
                csv.append(String.format(Locale.ROOT, "Testland,%d,%.6f,,synthetic,,test%n", y, mean * 100));
            }
            Files.writeString(dir.resolve("data.csv"), csv);
        }
        return c;
    }

    @Test
    void recoversAKnownConstant() throws Exception {
        CalibrationConfig c = synthetic(-11.5, 24);
        List<String> lines = Calibration.run(c, new Calibration.Settings(2, true, QUIET, false));
        String behaviour = Files.readString(dir.resolve("out/behaviour.yaml"));
        Scenario fitted = ScenarioLoader.parse(Files.readString(dir.resolve("small.yaml")).replaceFirst(
                "(?m)^behaviour_file:.*$", "behaviour_file: " + dir.resolve("out/behaviour.yaml")),
                dir.resolve("x.yaml").toString(), List.of());
        double cUrban = fitted.behaviour().cUrban();
        assertEquals(-11.5, cUrban, 0.4, "fitted c_urban; " + behaviour);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("rmse at the fit points:")), lines.toString());
        List<String> fit = Files.readAllLines(dir.resolve("out/fit.csv"));
        assertEquals("series,year,observed,simulated_mean,simulated_p05,simulated_p95", fit.get(0));
        assertEquals(6, fit.size(), "2024-2028: five years");
        assertTrue(Files.size(dir.resolve("out/fit-test.png")) > 5_000);
        CalibrationException again = assertThrows(CalibrationException.class,
                () -> Calibration.run(c, new Calibration.Settings(2, true, QUIET, false)));
        assertTrue(again.getMessage().contains("--replace"), again.getMessage());
    }

    @Test
    void configProblemsNameTheFileAndField() throws Exception {
        Path config = dir.resolve("bad.yaml");
        Files.writeString(config, "data: d.csv\nseries: []\n");
        CalibrationException e = assertThrows(CalibrationException.class, () -> CalibrationConfig.load(config));
        assertTrue(e.getMessage().contains("bad.yaml: series: expected a non-empty list"), e.getMessage());
        Files.writeString(config, "data: d.csv\nseries:\n  - {name: a, scenario: s.yaml, region: R, fit_years: [2010]}\n"
                + "parameters:\n  - {name: c_urban, low: 2, high: 1}\nruns: 1\nbudget: 1\n");
        e = assertThrows(CalibrationException.class, () -> CalibrationConfig.load(config));
        assertTrue(e.getMessage().contains("parameters[0]: expected low < high"), e.getMessage());
        Files.writeString(config, "data: d.csv\nseries:\n  - {name: a, scenario: s.yaml, region: R, fit_years: [2010]}\n"
                + "parameters:\n  - {name: c_urban, low: 1, high: 2}\nruns: 1\nbudget: 1\n"
                + "holdouts:\n  - {fit: {a: [2010]}, test: {a: [2012]}}\n  - {fit: {b: [2010]}, test: {a: [2012]}}\n");
        e = assertThrows(CalibrationException.class, () -> CalibrationConfig.load(config));
        assertTrue(e.getMessage().contains("holdouts[1].fit.b: no series of that name"), e.getMessage());
    }
}

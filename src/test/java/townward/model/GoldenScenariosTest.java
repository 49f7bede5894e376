package townward.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import townward.scenario.Scenario;
import townward.scenario.ScenarioLoader;

/**
 * Pins each seed programme's projected urbanization rate at two years (mid-run and end) to
 * {@code src/test/resources/golden/<name>.csv}, within {@value #TOLERANCE} (0.2 points), at a test scale of at
 * most 30,000 simulated households. A change of behaviour shows up here; when it is intended, regenerate the
 * files deliberately with {@code mvn -q -B test -Dtest=GoldenScenariosTest -Dtownward.updateGolden=true} and
 * commit them with the change that caused it.
 */
class GoldenScenariosTest {

    static final double TOLERANCE = 0.002;
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Stream<Path> programmes() throws Exception {
        return ShippedScenarios.programmes().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programmes")
    void urbanizationMatchesTheGoldenFile(Path file) throws Exception {
        Scenario full = ScenarioLoader.load(file, List.of());
        Scenario s = ScenarioLoader.load(file, List.of(ShippedScenarios.testScale(full, 30_000)));
        int mid = s.startYear() + (s.endYear() - s.startYear()) / 2;
        Runs.Metrics m = Runs.run(s, 2, r -> { });
        String actual = "year,urbanization_rate\n"
                + String.format(Locale.ROOT, "%d,%.6f%n%d,%.6f%n", mid, m.region(mid, "urbanization_rate"),
                s.endYear(), m.region(s.endYear(), "urbanization_rate"));
        Path golden = GOLDEN.resolve(s.name() + ".csv");
        if (Boolean.getBoolean("townward.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(golden), golden + " missing: create it with "
                + "mvn -q -B test -Dtest=GoldenScenariosTest -Dtownward.updateGolden=true");
        List<String> want = Files.readAllLines(golden);
        List<String> got = actual.lines().toList();
        assertEquals(want.size(), got.size());
        for (int i = 1; i < want.size(); i++) {
            String[] w = want.get(i).split(",");
            String[] g = got.get(i).split(",");
            assertEquals(w[0], g[0], "year");
            assertEquals(Double.parseDouble(w[1]), Double.parseDouble(g[1]), TOLERANCE,
                    s.name() + " urbanization rate in " + w[0] + " moved; if intended, regenerate the golden files");
        }
    }
}

package townward.scenario;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Values the model cannot compute (negative prices, 32-bit overflow, memory) are refused by range. */
class RangesTest {

    static final Path EXAMPLE = Path.of("scenarios/example.yaml");

    @Test
    void refusesWhatWouldTurnPricesNegativeOrWrapCounters() {
        refused(List.of("economy.price_elasticity=5"), "economy.price_elasticity");
        refused(List.of("policies[5].flats_per_year=1e9"), "policies[5].flats_per_year");
        refused(List.of("places[0].housing.units=3e9"), "places[0].housing.units");
        refused(List.of("places[0].housing.completions=1e6"), "places[0].housing.completions");
        refused(List.of("counties[0].rural_households=1e9"), "scale");
    }

    @Test
    void theEdgesOfTheRangesStillLoad() throws Exception {
        ScenarioLoader.load(EXAMPLE, List.of("economy.price_elasticity=3", "places[0].housing.completions=100000",
                "places[0].housing.units=1e8"));
    }

    @Test
    void refusesMoreLeversThanCountersAllow() throws Exception {
        String text = Files.readString(EXAMPLE);
        StringBuilder many = new StringBuilder(text.substring(0, text.indexOf("\npolicies:") + 11));
        for (int i = 0; i <= Limits.LEVERS; i++) {
            many.append("  - {lever: homestead_swap, from: 2025, flats_per_year: 100}\n");
        }
        many.append(text.substring(text.indexOf("\ntargets:")));
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(many.toString(), "many.yaml", List.of()));
        assertTrue(e.errors().stream().anyMatch(v -> v.path().equals("policies")
                && v.message().contains("at most " + Limits.LEVERS + " levers")), e.errors().toString());
    }

    private static void refused(List<String> sets, String path) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(EXAMPLE, sets));
        assertTrue(e.errors().stream().anyMatch(v -> v.path().equals(path) && v.message().startsWith("expected")
                && !v.message().contains("unknown")), sets + ": " + e.errors());
    }
}

package townward.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townward.scenario.ScenarioLoader;

/**
 * 进城农民工 and the destination tiers of outside migrant workers (MODEL.md 14.12, P13, P14). The inputs they read
 * (a system's urban_share and tier_shares, a place's tier) change no decision, so runs that differ only in them are
 * the same run, and the metrics must move exactly with the shares of workers each input applies to.
 */
class MigrantWorkerPlacesTest {
    private static final String TIER = "destination_share_provincial_capital";
    private static final String PREFECTURE_UP = "destination_share_prefecture_level_and_above";
    private static final String URBAN = "urban_resident_migrant_workers";
    private static final String OUTSIDE = "outside_migrant_workers";

    @TempDir
    Path tmp;

    /** The example with its outside block replaced by one system with these extra keys. */
    private Runs.Metrics run(String systemKeys, String... sets) throws Exception {
        String text = Files.readString(Runs.EXAMPLE).replaceFirst("(?m)^outside:\\n(  .*\\n)+",
                "destinations:\n  - {name: coast, distance_km: 800" + systemKeys + "}\n");
        Path p = Files.writeString(tmp.resolve("places-" + Math.abs(systemKeys.hashCode()) + ".yaml"),
                text.replace("calibration/behaviour.yaml", Path.of("calibration/behaviour.yaml").toAbsolutePath().toString()));
        List<String> all = new ArrayList<>(List.of("scale=0.25", "end_year=2030"));
        all.addAll(List.of(sets));
        return Runs.run(ScenarioLoader.load(p, all));
    }

    @Test
    void aSystemsSharesApplyToItsWorkersOnly() throws Exception {
        Runs.Metrics capital = run(", urban_share: 1, tier_shares: {capital: 1}");
        Runs.Metrics none = run(", urban_share: 0, tier_shares: {}");
        double atSystem2030 = 0;
        for (int year = 2024; year <= 2030; year++) {
            double outside = capital.region(year, OUTSIDE);
            assertEquals(outside, none.region(year, OUTSIDE), 0, "the inputs change no decision: " + year);
            assertTrue(outside > 0, "outside workers in " + year);
            // every outside worker who does not commute from home lives at an urban place of the region or at a
            // system living in its towns
            double living = outside - capital.region(year, "commuting_outside_migrant_workers");
            assertEquals(living, capital.region(year, URBAN), 1e-9 * outside, "进城 = outside less commuters, " + year);
            // the workers at the system, measured by urban_share 1 against 0
            double atSystem = (capital.region(year, URBAN) - none.region(year, URBAN)) / living;
            assertEquals(atSystem, capital.region(year, TIER), 1e-9, "capital share = share at the system, " + year);
            assertEquals(atSystem, capital.region(year, PREFECTURE_UP), 1e-9, "the example has no city: " + year);
            assertEquals(0, none.region(year, TIER), 0, year + "");
            assertEquals(0, none.region(year, PREFECTURE_UP), 0, year + "");
            atSystem2030 = atSystem;
        }
        assertTrue(atSystem2030 > 0.2 && atSystem2030 < 1, "workers at the system in 2030: " + atSystem2030);
        assertTrue(capital.region(2030, "urban_resident_local_migrant_workers")
                <= capital.region(2030, "local_migrant_workers"), "local 进城 is a part of local workers");
    }

    @Test
    void aCityCountsItsWorkersByItsTier() throws Exception {
        String[] city = {"places[0].kind=city"};
        Runs.Metrics prefecture = run(", tier_shares: {}", city);
        Runs.Metrics capital = run(", tier_shares: {}", "places[0].kind=city", "places[0].tier=capital");
        double atCity = prefecture.region(2030, PREFECTURE_UP);
        assertTrue(atCity > 0.05, "outside workers at the city in 2030: " + atCity);
        assertEquals(0, prefecture.region(2030, TIER), 0);
        assertEquals(atCity, capital.region(2030, TIER), 1e-12, "the same workers, now at a capital");
        assertEquals(atCity, capital.region(2030, PREFECTURE_UP), 1e-12, "a capital is prefecture-level or above");
        assertEquals(0, capital.region(2030, "destination_share_prefecture_city"), 0);
        // the system's default, the 2015 national mix, adds 0.663 of its workers to the prefecture-level share
        Runs.Metrics national = run("", city);
        double atSystem = 1 - atCity;   // the example's other outside workers are at towns, or at the system
        assertTrue(national.region(2030, PREFECTURE_UP) > atCity
                && national.region(2030, PREFECTURE_UP) <= atCity + 0.663 * atSystem + 1e-9,
                "national mix: " + national.region(2030, PREFECTURE_UP) + " with " + atCity + " at the city");
    }
}

package townward.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townward.check.OutputChecks;
import townward.scenario.ScenarioLoader;

/** Mirrored systems (MODEL.md 2.2, 10.5): as many persons come from the system as the region has there. */
class MirrorInflowTest {
    @TempDir
    Path tmp;

    private Path example(boolean mirror) throws Exception {
        String systems = "destinations:\n"
                // a constant that draws families, so the stock there grows
                + "  - {name: rest_of_province, in_province: true, distance_km: 150, posts: 5.0e6, constant: 3, "
                + "mirror_inflow: " + mirror + "}\n"
                + "  - {name: coast_east, distance_km: 900, posts: 2.0e7}\n";
        String text = Files.readString(Runs.EXAMPLE).replaceFirst("(?m)^outside:\\n(  .*\\n)+", systems)
                .replace("calibration/behaviour.yaml", Path.of("calibration/behaviour.yaml").toAbsolutePath().toString());
        return Files.writeString(tmp.resolve("mirror-" + mirror + ".yaml"), text);
    }

    private static Runs.Metrics run(Path file, OutputChecks checks) throws Exception {
        Runs.Metrics m = new Runs.Metrics();
        Simulation.run(ScenarioLoader.load(file, List.of("scale=0.25", "end_year=2032")), 1,
                (year, place, metric, value) -> {
                    m.record(year, place, metric, value);
                    checks.record(year, place, metric, value);
                }, r -> { });
        return m;
    }

    @Test
    void theMirroredSystemSendsAsManyAsTheRegionHasThereAndPersonsAreConserved() throws Exception {
        OutputChecks checks = new OutputChecks();
        Runs.Metrics m = run(example(true), checks);
        assertTrue(checks.problems().isEmpty(), checks.problems().toString());
        double arrivals = m.cumulative(Recording.REGION, "in_migrant_arrivals");
        assertTrue(arrivals > 100, "arrivals " + arrivals);
        for (int year = 2025; year <= 2032; year++) {
            double members = m.get(year, "system:rest_of_province", "members");
            assertTrue(members > 100, "members at the mirrored system in " + year + ": " + members);
            assertEquals(members, m.get(year, "system:rest_of_province", "in_migrants"), 1e-6 * members,
                    "in-migrants mirror the members in " + year);
            assertEquals(0, m.get(year, "system:coast_east", "in_migrants"), 1e-12, "coast_east is not mirrored");
            assertEquals(members, m.region(year, "in_migrants"), 1e-6 * members, "in_migrants in " + year);
        }
    }

    @Test
    void inMigrantsLiveInUrbanPlacesAndTakePostsTheRegionsMoversWouldHaveHad() throws Exception {
        Runs.Metrics off = run(example(false), new OutputChecks());
        Runs.Metrics on = run(example(true), new OutputChecks());
        double in = on.region(2032, "in_migrants");
        // the start rate is the observed one either way: in-migrants replace part of the urban cohorts at the start
        assertEquals(off.region(2024, "urbanization_rate"), on.region(2024, "urbanization_rate"), 1e-9);
        // later arrivals are urban residents who are not the region's own: the rate rises by about their share
        double gain = on.region(2032, "urbanization_rate") - off.region(2032, "urbanization_rate");
        double arrived = in - on.region(2024, "in_migrants");
        assertTrue(arrived > 0, "the stock grew: " + arrived);
        assertTrue(gain > 0, "rate with the mirror " + on.region(2032, "urbanization_rate") + ", without "
                + off.region(2032, "urbanization_rate"));
        // they hold posts at the incumbents' rate, so the region's families are hired less
        double hiresOff = off.cumulative(Recording.REGION, "urban_hires");
        double hiresOn = on.cumulative(Recording.REGION, "urban_hires");
        assertTrue(hiresOn < hiresOff, "hires of the region's families: " + hiresOn + " with in-migrants, " + hiresOff
                + " without");
    }
}

package townward.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townward.destination.ReturnHazard;
import townward.household.Households;
import townward.scenario.Scenario;
import townward.scenario.ScenarioLoader;

/** Destination systems beyond the region (MODEL.md 2.2, 5.3, 5.9): reachable, split-invariant, left and returned from. */
class DestinationSystemsTest {
    @TempDir
    Path tmp;

    /** The example with its outside block replaced by these destinations, and optionally no behaviour file. */
    private Path example(String destinations, boolean calibrated) throws Exception {
        String text = Files.readString(Runs.EXAMPLE).replaceFirst("(?m)^outside:\\n(  .*\\n)+", destinations);
        if (!calibrated) {
            text = text.replaceFirst("(?m)^behaviour_file:.*\\n", "");
        }
        Path p = tmp.resolve("systems-" + Math.abs(destinations.hashCode()) + (calibrated ? "" : "-default") + ".yaml");
        return Files.writeString(p, text.replace("calibration/behaviour.yaml",
                Path.of("calibration/behaviour.yaml").toAbsolutePath().toString()));
    }

    private static Runs.Metrics run(Path file, String... sets) throws Exception {
        List<String> all = new ArrayList<>(List.of("scale=0.25", "end_year=2030"));
        all.addAll(List.of(sets));
        return Runs.run(ScenarioLoader.load(file, all));
    }

    @Test
    void aSystem800KmAwayReceivesMoversAtTheDefaultCoefficients() throws Exception {
        String coast = "destinations:\n  - {name: coast_east, distance_km: 800}\n";
        for (boolean calibrated : new boolean[] {false, true}) {
            Runs.Metrics m = run(example(coast, calibrated));
            double movers = m.cumulative("system:coast_east", "movers_to");
            assertTrue(movers > 50, (calibrated ? "calibrated" : "default") + " coefficients: " + movers
                    + " persons moved 800 km in six years");
        }
    }

    @Test
    void splittingASystemInTwoWithCountLeavesItsFlowsUnchanged() throws Exception {
        // the network is off: it is counted per system, so halving a system halves its network share
        Path whole = example("destinations:\n  - {name: coast, distance_km: 800, posts: 2.0e7, count: 2}\n", true);
        Path halves = example("destinations:\n  - {name: coast_a, distance_km: 800, posts: 1.0e7}\n"
                + "  - {name: coast_b, distance_km: 800, posts: 1.0e7}\n", true);
        double w = 0;
        double h = 0;
        double wMembers = 0;
        double hMembers = 0;
        int seeds = 4;
        for (int seed = 1; seed <= seeds; seed++) {
            Runs.Metrics a = run(whole, "seed=" + seed, "behaviour.b_network=0");
            Runs.Metrics b = run(halves, "seed=" + seed, "behaviour.b_network=0");
            // leaving the region (moves between the two halves are not leaving it)
            w += a.cumulative(Recording.REGION, "out_migrants");
            h += b.cumulative(Recording.REGION, "out_migrants");
            wMembers += a.region(2030, "population_outside");
            hMembers += b.region(2030, "population_outside");
        }
        assertTrue(w > 200, "enough movers to compare: " + w / seeds);
        assertEquals(1, h / w, 0.1, "out-migrants, whole " + w / seeds + " against halves " + h / seeds);
        assertEquals(1, hMembers / wMembers, 0.03, "members there in 2030");
    }

    @Test
    void theReturnHazardRisesWithAgeAndASchoolEntry() {
        Scenario s = Runs.example("scale=0.1", "end_year=2025");
        int[] checked = new int[1];
        Runs.run(s, 1, r -> {
            ReturnHazard hazard = new ReturnHazard(r);
            Households hh = r.households;
            for (int h = 0; h < hh.size(); h++) {
                if (!hh.alive(h) || !hazard.applies(h)) {
                    continue;
                }
                int age = hh.headAge(h);
                hh.setHeadAge(h, 30);
                double young = hazard.probability(h, false);
                hh.setHeadAge(h, 35);
                assertEquals(young, hazard.probability(h, false), 1e-12, "no age term below 40");
                hh.setHeadAge(h, 60);
                double old = hazard.probability(h, false);
                assertTrue(old > young, "a family of 60 returns more often than one of 30: " + old + " vs " + young);
                assertTrue(hazard.probability(h, true) > old, "a year without work there raises it");
                hh.setHeadAge(h, age);
                checked[0]++;
            }
        });
        assertTrue(checked[0] > 50, "families at the system: " + checked[0]);
    }

    @Test
    void morePostsInTheRegionLowerOutMigrationToTheSystems() throws Exception {
        double few = 0;
        double many = 0;
        for (int seed = 1; seed <= 2; seed++) {
            few += Runs.run(Runs.example("scale=0.25", "end_year=2030", "seed=" + seed,
                    "policies[0].posts_per_year=0")).cumulative("outside", "movers_to");
            many += Runs.run(Runs.example("scale=0.25", "end_year=2030", "seed=" + seed,
                    "policies[0].posts_per_year=3000")).cumulative("outside", "movers_to");
        }
        assertTrue(many < few, "a park of 3,000 posts a year keeps people in the region: " + many / 2 + " against "
                + few / 2 + " movers to the systems without it");
    }

    /**
     * The return hazard reads the earnings a newcomer expects at the best urban place of the home county (5.9): a
     * park's posts in a town raise its hire chance, so more of the county's workers at the systems come back.
     */
    @Test
    void jobsAtHomeBringWorkersBack() throws Exception {
        double without = 0;
        double with = 0;
        for (int seed = 1; seed <= 3; seed++) {
            without += Runs.run(Runs.example("end_year=2031", "seed=" + seed,
                    "policies[0].posts_per_year=0")).cumulative(Recording.REGION, "returners");
            with += Runs.run(Runs.example("end_year=2031", "seed=" + seed,
                    "policies[0].posts_per_year=3000")).cumulative(Recording.REGION, "returners");
        }
        assertTrue(with > 1.03 * without, "returners 2025-2031 with a park of 3,000 posts a year at Dongshan: "
                + with / 3 + " against " + without / 3 + " without");
    }
}

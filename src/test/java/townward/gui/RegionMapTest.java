package townward.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sim.util.Double2D;
import townward.model.TownwardModel;
import townward.scenario.ScenarioLoader;

/** What the map draws agrees with what the run records (no display needed). */
class RegionMapTest {

    @TempDir
    Path tmp;

    @Test
    void flowsAddUpToTheRecordedMoversAndPlacesSitInsideTheField() throws Exception {
        check(Path.of("scenarios/example.yaml"));
    }

    @Test
    void flowsToSeveralSystemsAllGoToTheOutsideNode() throws Exception {
        String text = Files.readString(Path.of("scenarios/example.yaml"))
                .replaceFirst("(?m)^outside:\\n(  .*\\n)+", "destinations:\n  - {name: coast_east, distance_km: 800}\n"
                        + "  - {name: other_regions, distance_km: 1200, wage: 5000}\n")
                .replace("calibration/behaviour.yaml", Path.of("calibration/behaviour.yaml").toAbsolutePath().toString());
        check(Files.writeString(tmp.resolve("systems.yaml"), text));
    }

    private static void check(Path scenario) throws Exception {
        YearLog log = new YearLog();
        // the uncalibrated defaults of the four fitted coefficients, so that many households leave the region and
        // flows to outside are checked too
        TownwardModel model = new TownwardModel(ScenarioLoader.load(scenario,
                List.of("scale=0.3", "behaviour.c_urban=-10.5", "behaviour.c_outside=-9", "behaviour.b_size=1",
                        "behaviour.consider_rate=0.3")), 1, log);
        try {
            model.start();
            RegionMap map = new RegionMap(model.region(), 800 / 560.0, 800, Labels.english());
            map.update(model.region(), log);
            assertTrue(map.flows().isEmpty(), "nobody has moved in the start year");
            for (int year = 0; year < 3; year++) {
                model.schedule.step(model);
                map.update(model.region(), log);
                int y = model.region().year;
                double total = 0;
                for (PlaceNode p : map.places) {
                    double to = map.flows().stream().filter(f -> f.getTo().equals(p.getName()))
                            .mapToDouble(RegionMap.Flow::movers).sum();
                    assertEquals(log.get(y, p.getName(), "movers_to"), to, 1e-6, p.getName() + " " + y);
                    assertEquals(log.get(y, p.getName(), "population"), p.getPopulation(), 0.5);
                    total += to;
                }
                double out = map.flows().stream().filter(RegionMap.Flow::toOutside)
                        .mapToDouble(RegionMap.Flow::movers).sum();
                assertEquals(log.get(y, "outside", "movers_to"), out, 1e-6);
                assertEquals(log.region(y, "movers"), total + out, 1e-6);
                assertEquals(total + out, map.villages.stream().mapToDouble(v -> v.movers).sum() / 0.3, 1e-6);
                assertTrue(out > 0 && total > 0);
            }
            assertEquals(800 / 560.0, map.width / map.height, 1e-9, "the field has the display's shape");
            assertEquals(RegionMap.LEGEND_PX / 800.0, (map.width - map.stripX) / map.width, 1e-9);
            for (Object o : map.field.getAllObjects()) {
                Double2D at = map.field.getObjectLocation(o);
                assertTrue(at.x >= 0 && at.y >= 0 && at.x <= map.width && at.y <= map.height, o + " at " + at);
                if (!(o instanceof RegionMap.OutsideNode)) {
                    assertTrue(at.x < map.stripX, o + " left of the legend's strip");
                }
            }
        } finally {
            model.finish();
        }
    }
}

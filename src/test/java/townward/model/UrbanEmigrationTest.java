package townward.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import townward.scenario.ScenarioLoader;

/** The places' own cohorts leave the region with the wage gap and come back at their return rate (MODEL.md 10.4). */
class UrbanEmigrationTest {
    private static final int END = 2030;

    private static Runs.Metrics example(String... sets) {
        List<String> all = new java.util.ArrayList<>(List.of("scale=0.2", "seed=3", "end_year=" + END));
        all.addAll(List.of(sets));
        return Runs.run(Runs.example(all));
    }

    @Test
    void higherWagesAtTheSystemsSendMoreCohortsAway() {
        // the example's outside wage 5,634 a month; x 1.5 lifts the rate by 1.5^b_cohort_wage (1.84 at 1.5)
        double base = example().region(END, "cohort_emigrants");
        double richer = example("outside.wage=8451").region(END, "cohort_emigrants");
        assertTrue(base > 0, "cohort emigrants " + base);
        assertTrue(richer > 1.5 * base, "cohort emigrants " + richer + " vs " + base);
        // without the wage and unemployment terms the rate is the age profile alone: the wage no longer matters
        double flatBase = example("behaviour.b_cohort_wage=0", "behaviour.b_cohort_unemp=0")
                .region(END, "cohort_emigrants");
        double flatRicher = example("behaviour.b_cohort_wage=0", "behaviour.b_cohort_unemp=0", "outside.wage=8451")
                .region(END, "cohort_emigrants");
        assertEquals(1, flatRicher / flatBase, 0.03, flatRicher + " vs " + flatBase);
    }

    @Test
    void aShareOfThoseAwayReturnsEachYear() {
        Runs.Metrics m = example();
        for (int y = 2026; y <= END; y++) {
            double share = m.region(y, "cohort_returners") / m.region(y - 1, "cohort_emigrants");
            // 0.02 of last year's stock, after a year's deaths there (under 1 % at the migrants' ages)
            assertTrue(share > 0.0195 && share <= 0.02, y + ": returners / last year's stock " + share);
        }
    }

    @Test
    void noCohortLeavesForAMirroredSystemOrAtARateOfZero() {
        for (Runs.Metrics m : List.of(example("outside.mirror_inflow=true"), example("behaviour.cohort_out_peak=0"))) {
            for (int y = 2025; y <= END; y++) {
                assertEquals(0, m.region(y, "cohort_emigrants"), 1e-9);
                assertEquals(0, m.region(y, "cohort_returners"), 1e-9);
            }
        }
    }

    @Test
    void jilinLosesPeopleEveryYearFromItsTownsAsFromItsVillages() throws Exception {
        Runs.Metrics m = Runs.run(ScenarioLoader.load(Path.of("scenarios/jilin-2013.yaml"),
                List.of("scale=0.01", "end_year=2024")));
        for (int y = 2013; y <= 2024; y++) {
            assertTrue(m.region(y, "residents") < m.region(y - 1, "residents"), y + " residents rose");
            assertTrue(m.region(y, "out_migrants_urban") > 0, y + " no urban out-migrants");
            assertTrue(m.region(y, "out_migrants_rural") > 0, y + " no rural out-migrants");
        }
    }
}

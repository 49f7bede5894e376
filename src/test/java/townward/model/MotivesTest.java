package townward.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import townward.scenario.Scenario;

/** Motives by counterfactual (MODEL.md 5.13): fractional shares of each mover that add up to the movers. */
class MotivesTest {

    @Test
    void motiveSharesAddUpToTheMoversAndLandCounts() {
        Scenario s = Runs.example("scale=0.5", "end_year=2030");
        Runs.Metrics m = Runs.run(s);
        double land = 0;
        for (int y = s.startYear() + 1; y <= s.endYear(); y++) {
            double sum = 0;
            for (String k : Tally.MOTIVES) {
                double v = m.region(y, "movers_" + k);
                assertTrue(v >= 0, "movers_" + k + " " + y);
                sum += v;
            }
            assertEquals(m.region(y, "movers"), sum, 1e-6 * (1 + sum), "motive shares sum to the movers in " + y);
            land += m.region(y, "movers_land");
        }
        // land income differs between staying and moving (farming, rent, dividends): a share of the decision
        assertTrue(land > 0, "land is a motive for some movers");
        assertTrue(m.cumulative(Recording.REGION, "movers_jobs") > land, "jobs outweigh land in the example");
    }
}

package townward.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import townward.scenario.Scenario;

/** The metrics that targets are compared with add up with the region's own counts. */
class TargetMetricsTest {

    private static final double EPS = 1e-6;

    @Test
    void countiesAndCumulativeSeriesAddUp() {
        Scenario s = Runs.example("scale=0.25", "end_year=2030");
        Runs.Metrics m = Runs.run(s);
        String county = "county:Qinghe";
        double cumulative = 0;
        for (int y = s.startYear(); y <= s.endYear(); y++) {
            // one county: its rows are the region's
            assertEquals(m.region(y, "residents"), m.get(y, county, "residents"), EPS * m.region(y, "residents"));
            assertEquals(m.region(y, "urbanization_rate"), m.get(y, county, "urbanization_rate"), 1e-9);
            assertEquals(m.region(y, "urban_residents") - m.region(s.startYear(), "urban_residents"),
                    m.region(y, "urban_residents_gained"), EPS * m.region(y, "urban_residents"), "gained " + y);
            cumulative += m.region(y, "movers_to_urban");
            assertEquals(cumulative, m.region(y, "movers_to_urban_cumulative"), EPS * (1 + cumulative));
            double intoUrban = 0;
            for (String place : new String[] {"Qinghe County Seat", "Dongshan", "Xipo"}) {
                intoUrban += m.get(y, place, "movers_to");
                double rate = m.get(y, place, "area_urbanization_rate");
                assertTrue(rate > 0 && rate <= 1, place + " area rate " + rate);
            }
            assertEquals(intoUrban, m.region(y, "movers_to_urban"), EPS * (1 + intoUrban));
            if (y > s.startYear()) {   // the posts target compares the filled posts' change, not the input
                assertEquals(m.region(y, "posts_filled") - m.region(y - 1, "posts_filled"),
                        m.region(y, "posts_filled_added"), EPS * m.region(y, "posts_filled"), "filled posts " + y);
                assertTrue(m.region(y, "urban_hires") >= m.region(y, "posts_filled_added") - EPS,
                        "gross hires are at least the net change of filled posts when cohorts' posts are fixed");
            }
        }
        assertTrue(m.region(s.endYear(), "movers_to_urban_cumulative") > 0, "people move into towns");
    }

    @Test
    void areaRateRisesWhenTheTownGrowsAndHasItsOwnVillages() {
        Scenario s = Runs.example("scale=0.25", "end_year=2035");
        Runs.Metrics m = Runs.run(s);
        double start = m.get(s.startYear(), "Dongshan", "area_urbanization_rate");
        double end = m.get(s.endYear(), "Dongshan", "area_urbanization_rate");
        assertTrue(start < 1, "Dongshan has rural clusters seated at it: " + start);
        assertTrue(end > start, "the demonstration town's area urbanizes: " + start + " -> " + end);
    }
}

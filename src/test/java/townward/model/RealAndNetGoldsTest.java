package townward.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import townward.scenario.Scenario;

/** Net and real golds (MODEL.md 6.3): named apart from the nominal ones, and deflated by the scenario's CPI. */
class RealAndNetGoldsTest {

    @Test
    void realBetterOffIsStricterAndNetIsBelowGross() {
        Scenario s = Runs.example("scale=0.25", "end_year=2032");
        Runs.Metrics m = Runs.run(s);
        Runs.Metrics flat = Runs.run(Runs.example("scale=0.25", "end_year=2032", "economy.cpi_growth=0"));
        int end = s.endYear();
        double cpi = Math.pow(1 + s.economy().cpiGrowth(), end - s.startYear());
        for (String group : new String[] {"movers", "stayers", "all"}) {
            assertTrue(m.region(end, "gold_net_" + group) < m.region(end, "gold_total_" + group),
                    group + ": net of housing, living costs and boarding");
            assertEquals(m.region(end, "gold_total_" + group) / cpi, m.region(end, "gold_total_" + group + "_real"),
                    1e-6 * m.region(end, "gold_total_" + group));
        }
        assertTrue(m.region(end, "better_off_share_real") < m.region(end, "better_off_share"),
                "inflation makes fewer movers better off in real terms: " + m.region(end, "better_off_share_real"));
        assertEquals(flat.region(end, "better_off_share"), flat.region(end, "better_off_share_real"), 1e-12,
                "without inflation the two agree");
    }
}

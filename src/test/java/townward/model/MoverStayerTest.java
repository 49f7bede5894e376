package townward.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import townward.household.Arrangement;
import townward.household.Households;
import townward.scenario.Scenario;

/** The start state's mover-stayer selection (docs/MODEL.md section 10) and what it does to the flows. */
class MoverStayerTest {
    private static final NormalDistribution N = new NormalDistribution(null, 0, 1);

    private static Region start(String... sets) {
        TownwardModel m = new TownwardModel(Runs.example(sets), 1, (y, p, k, v) -> { });
        m.start();
        return m.region();
    }

    @Test
    void withoutSpreadNobodyHasATaste() {
        Households hh = start("scale=0.25", "behaviour.mobility_sd=0").households;
        for (int h = 0; h < hh.size(); h++) {
            assertEquals(0, hh.mobility(h));
        }
    }

    @Test
    void householdsAtHomeAreTheLeastMobilePartOfTheirCounty() {
        double sd = 3;
        Region r = start("scale=0.5", "behaviour.mobility_sd=" + sd);
        double[][] counties = Census.take(r).counties(r);
        double rural = 1 - counties[1][0] / counties[0][0];
        double cut = sd * N.inverseCumulativeProbability(rural);
        Households hh = r.households;
        double sumHome = 0;
        int home = 0;
        for (int h = 0; h < hh.size(); h++) {
            if (hh.arrangement(h) == Arrangement.TOGETHER_HOME) {
                assertTrue(hh.mobility(h) <= cut + 1e-5, hh.mobility(h) + " above the cut " + cut);
                sumHome += hh.mobility(h);
                home++;
            } else {
                assertTrue(hh.mobility(h) >= cut - 1e-5, "members away: among the movers, " + hh.mobility(h));
            }
        }
        // the mean of a normal truncated above at z: -phi(z) / Phi(z)
        double z = cut / sd;
        double expected = -sd * N.density(z) / N.cumulativeProbability(z);
        assertEquals(expected, sumHome / home, 0.1 * sd, "mean taste of households at home");
    }

    @Test
    void aMoreUrbanizedStartKeepsLessMobileVillagers() {
        // the same villages next to a small (start rate 0.30) or a large (0.60) county seat: without tastes the larger
        // seat pulls more; with them its villagers are the more selected stayers and move less
        double lowNone = movers("0.30", 0);
        double highNone = movers("0.60", 0);
        double lowTaste = movers("0.30", 3);
        double highTaste = movers("0.60", 3);
        assertTrue(highNone > 0.9 * lowNone, "no tastes: " + lowNone + " -> " + highNone);
        assertTrue(highTaste < 0.8 * lowTaste, "tastes: " + lowTaste + " -> " + highTaste);
        assertTrue(highTaste / lowTaste < 0.85 * highNone / lowNone);
    }

    /**
     * Households moving in the first three simulated years, with fixed coefficients (those of the first calibrated
     * file with mover-stayer selection), so that a refit does not change what this test measures.
     */
    private static double movers(String startRate, double sd) {
        Scenario s = Runs.example("scale=0.5", "end_year=2027", "observed.urbanization_rate.2024=" + startRate,
                "behaviour.mobility_sd=" + sd, "behaviour.c_urban=-2.394", "behaviour.c_outside=-16.74",
                "behaviour.b_size=0.3", "behaviour.consider_rate=0.0798");
        return Runs.run(s).cumulative(Recording.REGION, "mover_households");
    }

    @Test
    void newHouseholdsTakeTheirParentsTaste() {
        Scenario s = Runs.example("scale=0.25", "end_year=2026", "behaviour.mobility_sd=2");
        java.util.Map<Integer, java.util.Set<Double>> tastes = new java.util.HashMap<>();
        int[] formed = {0};
        Runs.run(s, 1, r -> {
            Households hh = r.households;
            for (int h = 0; h < hh.size(); h++) {
                java.util.Set<Double> village = tastes.computeIfAbsent(hh.village(h), v -> new java.util.HashSet<>());
                if (hh.is(h, Households.NEW_THIS_YEAR)) {
                    formed[0]++;
                    assertTrue(village.contains(hh.mobility(h)), "a new household's taste is a villager's");
                }
                village.add(hh.mobility(h));
            }
        });
        assertTrue(formed[0] > 0, "households formed");
    }
}

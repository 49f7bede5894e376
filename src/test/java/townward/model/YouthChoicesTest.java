package townward.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import townward.people.Persons;
import townward.scenario.Scenario;

/**
 * Youth choose where to live for themselves (MODEL.md 5.8; docs/MODEL.md 14.13): the start puts the youth of some
 * families away alone, the phase moves them by their own utility, the census counts them where they live, and the
 * youth are what makes the migrant workers young.
 */
class YouthChoicesTest {
    private static final String[] BASE = {"scale=0.5", "end_year=2030"};

    private static Runs.Metrics run(String... sets) {
        String[] all = new String[BASE.length + sets.length];
        System.arraycopy(BASE, 0, all, 0, BASE.length);
        System.arraycopy(sets, 0, all, BASE.length, sets.length);
        Scenario s = Runs.example(all);
        Runs.Metrics m = new Runs.Metrics();
        Invariants.Stock stock = new Invariants.Stock();
        Simulation.run(s, 2, m, r -> {
            Invariants.check(r, m, stock);
            apartAreUnmarriedYouthOrWere(r);
        });
        return m;
    }

    /** Members living apart are unmarried; none is a child. */
    private static void apartAreUnmarriedYouthOrWere(Region r) {
        Persons p = r.persons;
        for (int i = 0; i < p.size(); i++) {
            if (p.apart(i)) {
                assertTrue(p.age(i) >= 16 && !p.is(i, Persons.EVER_MARRIED), "row " + i + " apart at " + p.age(i));
            }
        }
    }

    @Test
    void withoutTheChoiceNoYouthLeavesTheFamily() {
        Runs.Metrics m = run("behaviour.youth_consider_rate=0");
        for (int y = 2025; y <= 2030; y++) {
            assertEquals(0, m.region(y, "youth_left_family"), "youth who left in " + y);
        }
        // the start's youth apart only leave the state (marriage, rejoining through the family's end), never grow
        assertTrue(m.region(2030, "youth_apart") <= m.region(2024, "youth_apart"));
    }

    @Test
    void aHigherConstantOfLivingApartSendsMoreYouthAwayAndMakesMigrantWorkersYounger() {
        Runs.Metrics low = run("behaviour.c_youth_male=-2", "behaviour.c_youth_female=-2");
        Runs.Metrics high = run("behaviour.c_youth_male=4", "behaviour.c_youth_female=4");
        double apartLow = low.region(2030, "youth_apart");
        double apartHigh = high.region(2030, "youth_apart");
        assertTrue(apartHigh > 1.3 * apartLow, "youth apart 2030: " + apartLow + " at -2, " + apartHigh + " at +4");
        assertTrue(high.cumulative(Recording.REGION, "youth_left_family")
                > low.cumulative(Recording.REGION, "youth_left_family"));
        double ageLow = low.region(2030, "outside_migrant_workers_mean_age");
        double ageHigh = high.region(2030, "outside_migrant_workers_mean_age");
        assertTrue(ageHigh < ageLow - 0.5, "outside migrants' mean age: " + ageLow + " at -2, " + ageHigh + " at +4");
    }

    @Test
    void theStartSendsYouthAwayInsteadOfTheirParents() {
        Runs.Metrics none = run("counties[0].household.youth_away_share=0", "end_year=2024");
        Runs.Metrics all = run("counties[0].household.youth_away_share=1", "end_year=2024");
        assertEquals(0, none.region(2024, "youth_apart"));
        assertTrue(all.region(2024, "youth_apart") > 0);
        assertTrue(all.region(2024, "outside_migrant_workers_mean_age")
                < none.region(2024, "outside_migrant_workers_mean_age") - 2,
                "the start's migrants are younger when only the youth of families away are away");
    }
}

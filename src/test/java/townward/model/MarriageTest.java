package townward.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import townward.household.Arrangement;
import townward.household.Households;
import townward.people.LifeCourse;
import townward.people.Persons;

/**
 * Marriage and new families (MODEL.md 10.2): a new family does not weigh a move because it formed, couples of a
 * family working away start away, and persons age one year a year through the school stages.
 */
class MarriageTest {

    @Test
    void newFamiliesDoNotReconsiderBecauseTheyFormed() {
        // nobody reconsiders in an ordinary year or returns from a system, and a life event is no reason either
        Runs.Metrics m = Runs.run(Runs.example("end_year=2027", "behaviour.consider_rate=0",
                "behaviour.c_return=-100"));
        double formed = 0;
        double movers = 0;
        for (int y = 2025; y <= 2027; y++) {
            formed += m.region(y, "households_formed");
            movers += m.region(y, "mover_households");
        }
        assertTrue(formed > 300, "families formed 2025-2027: " + formed);
        assertEquals(0, movers, "households moving by choice");
    }

    @Test
    void withoutMarriageAndSeparationNoFamilyForms() {
        Runs.Metrics m = Runs.run(Runs.example("end_year=2026", "demography.marriage_scale=0",
                "demography.separate_rate=0"));
        assertEquals(0, m.region(2026, "marriages"));
        assertEquals(0, m.region(2026, "households_formed"));
    }

    @Test
    void couplesOfFamiliesWorkingAwayStartAway() {
        int[] formedAway = new int[1];
        Runs.run(Runs.example("end_year=2026"), 1, r -> {
            Households hh = r.households;
            for (int h = 0; h < hh.size(); h++) {
                if (hh.alive(h) && hh.is(h, Households.NEW_THIS_YEAR)
                        && hh.arrangement(h) == Arrangement.WORKERS_AWAY) {
                    formedAway[0]++;
                }
            }
        });
        assertTrue(formedAway[0] > 10, "new families starting away: " + formedAway[0]);
    }

    @Test
    void everySurvivorIsOneYearOlderAndInTheStageOfItsAge() {
        Map<Integer, Integer> ageBefore = new HashMap<>();
        int[] checked = new int[2];
        Runs.run(Runs.example("end_year=2027", "scale=0.25"), 1, r -> {
            Persons p = r.persons;
            Map<Integer, Integer> now = new HashMap<>();
            for (int i = 0; i < p.size(); i++) {
                now.put(p.pid(i), p.age(i));
                Integer before = ageBefore.get(p.pid(i));
                if (before != null) {
                    assertEquals(before + 1, p.age(i), "age of person " + p.pid(i) + " in " + r.year);
                    checked[0]++;
                }
                int stage = LifeCourse.of(p.age(i), p.is(i, Persons.SENIOR_PUPIL));
                if (p.age(i) >= 6 && p.age(i) < 12) {
                    assertEquals(townward.household.Stage.PRIMARY, stage);
                    checked[1]++;
                }
            }
            ageBefore.clear();
            ageBefore.putAll(now);
        });
        assertTrue(checked[0] > 10000 && checked[1] > 1000, "persons followed: " + checked[0] + ", " + checked[1]);
    }
}

package townward.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import townward.household.Arrangement;
import townward.household.Households;
import townward.household.Stage;
import townward.scenario.Scenario;

/**
 * The start state from the county's shares (MODEL.md section 9): whole families away, one adult away, 陪读 at the
 * county seat, each at its input share within sampling error where dwellings do not bind, and the census household
 * size at its input.
 */
class StartStateTest {

    /** Families at the start by arrangement, and the families at home with pupils. */
    private static int[] start(Scenario s) {
        int[] n = new int[Arrangement.COUNT + 3];
        Runs.run(s, 1, r -> {
            if (r.year != s.startYear()) {
                return;
            }
            Households hh = r.households;
            for (int h = 0; h < hh.size(); h++) {
                if (hh.alive(h)) {
                    int arr = hh.arrangement(h);
                    // a family whose youth alone are away (MODEL.md 5.8) was drawn away and lives at home
                    n[hh.apart(h) > 0 && arr == Arrangement.TOGETHER_HOME ? Arrangement.COUNT + 2 : arr]++;
                    boolean pupils = hh.kids(h, Stage.PRIMARY) + hh.kids(h, Stage.JUNIOR) > 0;
                    n[Arrangement.COUNT] += arr == Arrangement.TOGETHER_HOME && pupils && hh.apart(h) == 0 ? 1 : 0;
                    n[Arrangement.COUNT + 1] += arr == Arrangement.WORKERS_AWAY && hh.adults(h) >= 2 ? 1 : 0;
                }
            }
        });
        return n;
    }

    private static void assertShare(double expected, double hits, double of, String what) {
        double se = Math.sqrt(expected * (1 - expected) / of);
        assertEquals(expected, hits / of, 3.5 * se, what + ": " + (int) hits + " of " + (int) of);
    }

    @Test
    void arrangementsAtTheStartFollowTheirShares() {
        // away outside the region, where a rented dwelling is always found; rentals at the county seat plentiful
        Scenario s = Runs.example("end_year=2025", "counties[0].household.away_outside_share=1",
                "places[0].housing.rental_units=100000", "places[0].housing.units=100000");
        int[] n = start(s);
        double away = n[Arrangement.WORKERS_AWAY] + n[Arrangement.SPLIT_AWAY] + n[Arrangement.TOGETHER_AWAY]
                + n[Arrangement.COUNT + 2];
        assertShare(s.counties().get(0).household().togetherAwayShare(), n[Arrangement.TOGETHER_AWAY], away,
                "whole families among families away");
        assertShare(s.counties().get(0).household().splitAwayShare(), n[Arrangement.SPLIT_AWAY],
                n[Arrangement.SPLIT_AWAY] + n[Arrangement.COUNT + 1], "one adult away among families away with two");
        assertShare(s.counties().get(0).household().accompanyShare(), n[Arrangement.ACCOMPANY],
                n[Arrangement.ACCOMPANY] + n[Arrangement.COUNT], "陪读 among families with pupils");
    }

    @Test
    void censusHouseholdSizeStartsAtItsInput() {
        Scenario s = Runs.example("end_year=2025");
        Runs.Metrics m = Runs.run(s);
        double size = m.region(s.startYear(), "household_size_census");
        assertEquals(s.counties().get(0).household().size(), size, 0.05, "census household size at the start");
        assertTrue(m.region(s.startYear(), "left_behind_children_share") > 0.1, "children left behind at the start");
    }

    @Test
    void villageSchoolsClosedAtTheStartSendPupilsToTheSeat() {
        Scenario open = Runs.example("end_year=2025");
        Scenario closed = Runs.example("end_year=2025", "counties[0].villages.closed_school_share=0.6");
        int[] villages = new int[2];
        int[] shut = new int[2];
        Scenario[] both = {open, closed};
        for (int k = 0; k < 2; k++) {
            int i = k;
            Runs.run(both[k], 1, r -> {
                if (r.year == open.startYear()) {
                    for (var v : r.villages) {
                        if (!v.urban && v.county == 0) {
                            villages[i]++;
                            shut[i] += v.schoolOpen ? 0 : 1;
                        }
                    }
                }
            });
        }
        assertEquals(0, shut[0], "every village school open by default");
        assertEquals(0.6, (double) shut[1] / villages[1], 1.0 / villages[1], "closed share at the start");
        double before = Runs.run(open).region(open.startYear(), "primary_pupils_village_share");
        double after = Runs.run(closed).region(closed.startYear(), "primary_pupils_village_share");
        assertTrue(after < before - 0.2, "pupils of closed villages leave village schools: " + before + " -> " + after);
    }
}

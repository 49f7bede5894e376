package townward.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import townward.household.Arrangement;
import townward.household.Households;
import townward.household.Residence;

/** Household formation (marriage) moves no one: a couple from a household working away starts where it works. */
class MarriageTest {

    /** Adults living at each away place (settlements, then outside) and the new households away, after one year. */
    private static final class Count {
        int[] adultsAway;
        int newAway;
        int newHouseholds;
    }

    private static Count oneYear(double marriageRate) {
        // only new households weigh a move, and a move costs so much that none changes: only demography moves people
        var s = Runs.example("end_year=2025", "behaviour.consider_rate=0", "behaviour.b_move=1000",
                "demography.marriage_rate=" + marriageRate);
        Count c = new Count();
        Runs.run(s, 1, r -> {
            if (r.year != 2025) {
                return;
            }
            Households hh = r.households;
            c.adultsAway = new int[r.settlements.size() + 1];
            for (int h = 0; h < hh.size(); h++) {
                if (!hh.alive(h)) {
                    continue;
                }
                boolean formed = hh.is(h, Households.NEW_THIS_YEAR);
                c.newHouseholds += formed ? 1 : 0;
                if (hh.away(h) >= 0) {
                    int place = hh.away(h) == r.outside() ? r.settlements.size() : hh.away(h);
                    c.adultsAway[place] += Residence.adultsAway(hh, h, hh.arrangement(h));
                    c.newAway += formed && hh.arrangement(h) == Arrangement.WORKERS_AWAY ? 1 : 0;
                }
            }
        });
        return c;
    }

    @Test
    void couplesWorkingAwayStayWhereTheyWork() {
        Count none = oneYear(0);
        Count all = oneYear(1);
        assertTrue(all.newHouseholds > 100, "households formed: " + all.newHouseholds);
        assertTrue(all.newAway > 20, "couples formed away: " + all.newAway + " of " + all.newHouseholds);
        // the same random draws decide deaths and ageing in both runs, so every place keeps exactly its adults
        assertArrayEquals(none.adultsAway, all.adultsAway, "adults living away, per place and outside");
    }
}

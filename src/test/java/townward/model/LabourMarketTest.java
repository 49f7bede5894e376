package townward.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import townward.household.Households;
import townward.household.Residence;
import townward.place.Settlement;
import townward.scenario.Scenario;

/** The checks of MODEL.md 6.1 on the example county ({@code labour.LabourMarket}). */
class LabourMarketTest {

    @Test
    void noPostIsHeldTwiceOrBeyondThePlacesPosts() {
        Scenario s = Runs.example("scale=0.25", "end_year=2030");
        double[] bindingYears = new double[1];
        Runs.run(s, 2, r -> {
            Households hh = r.households;
            int[] held = new int[r.settlements.size()];
            for (int h = 0; h < hh.size(); h++) {
                if (hh.alive(h) && hh.posts(h) > 0) {
                    int d = hh.away(h);
                    assertTrue(d >= 0 && !r.isSystem(d), "a post is held at a place of the region");
                    assertTrue(hh.posts(h) <= Residence.workersAway(hh, h, hh.arrangement(h)),
                            r.year + ": no family holds more posts than it has workers there");
                    held[d] += hh.posts(h);
                }
            }
            var p = r.persons;
            for (int i = 0; i < p.size(); i++) {
                if (p.holdsPost(i)) {   // a member living apart holds a post where he or she lives (MODEL.md 5.8)
                    assertTrue(r.urbanDestination(p.alone(i)), "a member apart holds a post at an urban place");
                    held[p.alone(i)]++;
                }
            }
            for (Settlement t : r.settlements) {
                assertEquals(held[t.index], t.postsHeld, t.name() + ": posts held are the families' and members' apart");
                assertTrue(t.postsFilled() <= t.posts + 1e-6, t.name() + " " + r.year + ": filled within posts");
                assertTrue(t.commuterPosts <= t.commuters, t.name() + ": commuters' posts within commuters");
                assertTrue(t.hireChance >= 0 && t.hireChance <= 1 && t.informalChance >= 0 && t.informalChance <= 1);
                bindingYears[0] += t.urban && t.informalChanceNow < 1 ? 1 : 0;
            }
        });
        assertTrue(bindingYears[0] > 0, "informal work is scarce somewhere: the sector is not unlimited");
    }

    @Test
    void aParkFillsItsPostsInItsOpeningYear() {
        // policies[0]: 600 posts a year at Dongshan from 2025; many more seekers there than posts
        List<String> base = List.of("scale=0.5", "end_year=2025");
        Runs.Metrics on = Runs.run(Runs.example(base));
        Runs.Metrics off = Runs.run(Runs.example(concat(base, "policies[0].posts_per_year=0")));
        double added = on.get(2025, "Dongshan", "posts_filled") - off.get(2025, "Dongshan", "posts_filled");
        assertEquals(600, added, 10, "a park of 600 posts fills 600 more posts in its first year");
        assertTrue(on.get(2025, "Dongshan", "informal_chance") >= off.get(2025, "Dongshan", "informal_chance"),
                "filled posts open informal work around them, and take seekers out of it");
    }

    @Test
    void informalWorkIsScarcerWhereEachPostCreatesLess() {
        List<String> base = List.of("scale=0.25", "end_year=2028");
        Runs.Metrics more = Runs.run(Runs.example(base));
        Runs.Metrics less = Runs.run(Runs.example(concat(base, "labour.informal_per_post=0.2")));
        for (String place : List.of("Dongshan", "Xipo", "Qinghe County Seat")) {
            assertTrue(less.get(2026, place, "informal_chance") < more.get(2026, place, "informal_chance"),
                    place + ": informal chance falls with fewer openings per post");
        }
        assertTrue(less.region(2026, "informal_workers") < more.region(2026, "informal_workers"));
    }

    private static List<String> concat(List<String> a, String b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.add(b);
        return out;
    }
}

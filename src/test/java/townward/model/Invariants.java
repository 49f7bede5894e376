package townward.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import townward.household.Arrangement;
import townward.household.Households;
import townward.household.Residence;
import townward.household.Stage;
import townward.household.Tenure;
import townward.people.LifeCourse;
import townward.people.Members;
import townward.people.Persons;
import townward.place.Settlement;
import townward.place.Village;
import townward.scenario.PlaceKind;

/** The state invariants of the model, checked on the region after each year (and on the year's metrics). */
final class Invariants {

    private Invariants() {
    }

    /** Rental dwellings (held + vacant) per settlement last year, for the conservation checks. */
    static final class Stock {
        int[] marketRent;
        int[] affordableRent;
    }

    static void check(Region r, Runs.Metrics m) {
        check(r, m, new Stock());
    }

    static void check(Region r, Runs.Metrics m, Stock last) {
        String at = " (year " + r.year + ")";
        persons(r, at);
        Households hh = r.households;
        int n = r.settlements.size();
        int[][] seated = new int[n][Stage.COUNT];
        int[] posts = new int[n];
        int[] marketRent = new int[n];
        int[] affordableRent = new int[n];
        double monthsAway = r.scenario.behaviour().monthsAway();
        double householdResidents = 0;
        for (int h = 0; h < hh.size(); h++) {
            if (!hh.alive(h)) {
                continue;
            }
            int away = hh.away(h);
            int arr = hh.arrangement(h);
            boolean home = arr == Arrangement.TOGETHER_HOME;
            assertTrue(arr >= 0 && arr < Arrangement.COUNT, "arrangement of " + h + at);
            assertEquals(home, away == Households.NO_PLACE,
                    "household " + h + " arrangement " + Arrangement.key(arr) + " away " + away + at);
            assertTrue(away == Households.NO_PLACE || away >= 0 && away < r.destinations(),
                    "household " + h + " away " + away + at);
            if (away >= 0 && away < n) {
                for (int st = 0; st < Stage.COUNT; st++) {
                    seated[away][st] += hh.seated(h, st);
                }
                posts[away] += hh.posts(h);
                marketRent[away] += hh.tenure(h) == Tenure.MARKET_RENT ? 1 : 0;
                affordableRent[away] += hh.tenure(h) == Tenure.AFFORDABLE_RENT ? 1 : 0;
            } else {
                // outside has no stock: a household there rents on its market
                int t = hh.tenure(h);
                assertTrue(t == Tenure.NONE || r.isSystem(away) && t == Tenure.MARKET_RENT,
                        "tenure " + Tenure.key(t) + " with no settlement away, household " + h + " "
                        + Arrangement.key(arr) + at);
                for (int st = 0; st < Stage.COUNT; st++) {
                    assertEquals(0, hh.seated(h, st), "seats held with no settlement away, household " + h + at);
                }
                assertEquals(0, hh.posts(h), "posts held with no settlement away, household " + h + at);
            }
            if (hh.bused(h) > 0) {
                seated[r.villages.get(hh.village(h)).seat][Stage.PRIMARY] += hh.bused(h);
                assertTrue(!Residence.movesChildren(arr) && hh.bused(h) <= hh.kids(h, Stage.PRIMARY),
                        "bused pupils of " + h + " live at home" + at);
            }
            if (hh.seniorBoarders(h) > 0) {
                seated[r.countySeat[r.countyOf(h)]][Stage.SENIOR] += hh.seniorBoarders(h);
            }
            assertTrue(hh.persons(h) >= 0 && hh.seniorBoarders(h) <= hh.kids(h, Stage.SENIOR),
                    "members of " + h + at);
            int outside = r.isSystem(away) ? Residence.countedAway(hh, h, monthsAway) : 0;
            householdResidents += hh.persons(h) - outside;
            Persons p = r.persons;
            for (int i = p.first(h); i < p.end(h); i++) {
                if (p.apart(i)) {   // a member living apart: counted where he or she lives, holding a post there
                    householdResidents += r.isSystem(p.alone(i)) && (monthsAway >= 6 || p.studying(i)) ? 0 : 1;
                    if (p.holdsPost(i)) {
                        posts[p.alone(i)]++;
                    }
                }
            }
        }
        for (Settlement s : r.settlements) {
            String p = " at " + s.name() + at;
            assertTrue(s.marketUnits >= 0, "marketUnits" + p);
            assertTrue(s.rentalUnits >= 0, "rentalUnits" + p);
            assertTrue(s.affordableRentUnits >= 0, "affordableRentUnits" + p);
            assertTrue(s.affordableSaleUnits >= 0, "affordableSaleUnits" + p);
            assertTrue(s.swapFlats >= 0, "swapFlats" + p);
            assertTrue(s.purchasedRentUnits >= 0, "purchasedRentUnits" + p);
            assertTrue(s.purchasedSaleUnits >= 0, "purchasedSaleUnits" + p);
            for (int st = 0; st < Stage.COUNT; st++) {
                assertTrue(s.freeSeats[st] >= 0, "freeSeats " + Stage.key(st) + p + ": " + s.freeSeats[st]);
                assertEquals(seated[s.index][st], s.usedSeats[st], "usedSeats " + Stage.key(st) + p);
            }
            assertEquals(posts[s.index], s.postsHeld, "postsHeld" + p);
            marketRent[s.index] += s.rentalUnits;
            affordableRent[s.index] += s.affordableRentUnits + s.purchasedRentUnits;
            assertTrue(s.incumbentPosts >= 0, "incumbentPosts" + p);
            assertTrue(s.incumbentPosts + s.postsHeld <= s.posts + 1e-9,
                    "posts filled " + (s.incumbentPosts + s.postsHeld) + " > posts " + s.posts + p);
        }
        // rented dwellings are neither created nor lost: market rentals grow only by the completions let, affordable
        // rentals only by government purchases
        if (last.marketRent != null) {
            double purchased = m.region(r.year, "flats_purchased") * r.scale();
            for (Settlement s : r.settlements) {
                int i = s.index;
                assertEquals(last.marketRent[i] + s.rentalsLet, marketRent[i],
                        "market rentals held + vacant at " + s.name() + at);
                assertTrue(affordableRent[i] >= last.affordableRent[i]
                        && affordableRent[i] <= last.affordableRent[i] + purchased + 1e-9,
                        "affordable rentals held + vacant at " + s.name() + ": " + affordableRent[i] + " after "
                        + last.affordableRent[i] + at);
            }
        }
        last.marketRent = marketRent;
        last.affordableRent = affordableRent;
        // rates and shares
        for (String rate : new String[] {"urbanization_rate", "hukou_urbanization_rate", "better_off_share"}) {
            double v = m.region(r.year, rate);
            assertTrue(v >= 0 && v <= 1, rate + " = " + v + at);
        }
        for (Settlement s : r.settlements) {
            double v = m.get(r.year, s.name(), "employment_rate");
            assertTrue(v >= 0 && v <= 1, "employment_rate " + v + " at " + s.name() + at);
        }
        // every person is in exactly one place
        double residents = m.region(r.year, "residents");
        double cohorts = 0;
        double places = 0;
        for (Settlement s : r.settlements) {
            cohorts += s.cohorts.total() + r.inMigrants.at(s.index);
            places += m.get(r.year, s.name(), "population");
        }
        places += m.get(r.year, "kind:" + PlaceKind.VILLAGE.key(), "population");
        double listed = 0;
        for (Village v : r.villages) {
            if (v.listed) {
                listed += m.get(r.year, v.name, "population");
            }
        }
        assertTrue(listed <= m.get(r.year, "kind:" + PlaceKind.VILLAGE.key(), "population") + 1e-6 * residents,
                "listed villages within kind:village" + at);
        double tol = 1e-6 * Math.max(1, residents);
        assertEquals(residents, places, tol, "settlements + villages = residents" + at);
        assertEquals(residents, (cohorts + householdResidents) / r.scale(), tol,
                "cohorts, in-migrants and household members not outside = residents" + at);
        assertEquals(residents, m.region(r.year, "urban_residents") + m.region(r.year, "rural_residents"), tol,
                "urban + rural = residents" + at);
    }

    /**
     * The person table (CSR): every person in exactly one family, the rows of a family contiguous and in order,
     * none dead, spouses mutual and in the same family, and the family counts equal to what its rows say.
     */
    static void persons(Region r, String at) {
        Households hh = r.households;
        Persons p = r.persons;
        assertEquals(hh.size(), p.households(), "families indexed" + at);
        assertEquals(p.end(hh.size() - 1), p.size(), "rows indexed" + at);
        java.util.Set<Integer> pids = new java.util.HashSet<>();
        int[] counts = new int[Members.APART + 1];
        int[] students = new int[r.settlements.size()];
        for (int h = 0; h < hh.size(); h++) {
            assertTrue(p.first(h) <= p.end(h), "rows of " + h + " ordered" + at);
            for (int i = p.first(h); i < p.end(h) && hh.alive(h); i++) {
                if (p.studying(i)) {   // students (MODEL.md 10.3) live apart at the college and do not work
                    assertTrue(p.apart(i) && !p.holdsPost(i), "student " + p.pid(i) + " apart without a post" + at);
                    assertTrue(p.age(i) >= 18 && !p.is(i, Persons.EVER_MARRIED), "student " + p.pid(i) + at);
                    students[r.isSystem(p.alone(i)) ? 0 : p.alone(i)] += r.isSystem(p.alone(i)) ? 0 : 1;
                }
            }
            if (!hh.alive(h)) {
                assertEquals(0, p.count(h), "members of extinct family " + h + at);
                continue;
            }
            for (int i = p.first(h); i < p.end(h); i++) {
                assertEquals(h, p.household(i), "family of row " + i + at);
                assertTrue(!p.gone(i), "row " + i + " of family " + h + " is gone" + at);
                assertTrue(pids.add(p.pid(i)), "person " + p.pid(i) + " appears twice" + at);
                assertTrue(p.age(i) >= 0 && p.age(i) <= 120, "age " + p.age(i) + at);
                if (p.spouse(i) != Persons.NONE) {
                    int s = p.find(h, p.spouse(i));
                    assertTrue(s != Persons.NONE, "spouse of " + p.pid(i) + " lives in the family" + at);
                    assertEquals(p.pid(i), p.spouse(s), "marriage of " + p.pid(i) + " is mutual" + at);
                    assertTrue(p.sex(i) != p.sex(s), "spouses of different sexes" + at);
                }
            }
            Members.count(p, h, counts);
            assertEquals(counts[Members.APART], hh.apart(h), "members living apart of " + h + at);
            for (int i = p.first(h); i < p.end(h); i++) {
                if (p.apart(i)) {
                    assertEquals(Persons.NONE, p.spouse(i), "a member living apart is unmarried" + at);
                    assertTrue(p.alone(i) >= 0 && p.alone(i) < r.destinations(), "where row " + i + " lives" + at);
                    assertTrue(!p.holdsPost(i) || r.urbanDestination(p.alone(i)), "a post only at an urban place" + at);
                }
            }
            assertEquals(counts[LifeCourse.ADULT], hh.adults(h), "adults of " + h + at);
            assertEquals(counts[LifeCourse.ELDER], hh.elderly(h), "elderly of " + h + at);
            for (int st = 0; st < Stage.COUNT; st++) {
                assertEquals(counts[st], hh.kids(h, st), Stage.key(st) + " children of " + h + at);
            }
        }
        for (int d = 0; d < students.length; d++) {
            assertTrue(students[d] <= r.college.seats(d), students[d] + " students on " + r.college.seats(d)
                    + " college seats at " + d + at);
            // a student whose family died out this year left college with it (Demography.joinApart)
            assertTrue(students[d] <= r.college.students(d), "students at " + d + at);
        }
    }
}

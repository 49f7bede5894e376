package townward.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import townward.household.Stage;

/** The person table's CSR index: rows in family order, moves and deaths applied once a year by the rebuild. */
class PersonsTest {

    @Test
    void rebuildDropsTheGoneMovesTheMovedAndKeepsOrder() {
        Persons p = new Persons(4);
        int a = p.add(0, 40, Persons.MALE, Persons.EVER_MARRIED);
        int b = p.add(0, 38, Persons.FEMALE, Persons.EVER_MARRIED);
        p.marry(a, b);
        int child = p.add(0, 10, Persons.MALE, 0);
        int grandma = p.add(0, 70, Persons.FEMALE, Persons.EVER_MARRIED);
        int single = p.add(1, 25, Persons.FEMALE, 0);
        assertEquals(2, p.households());
        assertEquals(4, p.count(0));
        assertEquals(1, p.count(1));
        int childPid = p.pid(child);
        int singlePid = p.pid(single);
        p.set(grandma, Persons.GONE);
        p.moveTo(child, 2);          // a third family formed this year
        p.addNewborn(1, Persons.FEMALE, singlePid, 0);
        p.rebuild(3);
        assertEquals(5, p.size());
        assertEquals(2, p.count(0), "the couple");
        assertEquals(2, p.count(1), "the mother and her newborn");
        assertEquals(1, p.count(2), "the moved child");
        assertEquals(childPid, p.pid(p.first(2)));
        assertEquals(singlePid, p.pid(p.first(1)), "members keep their order, newcomers follow");
        assertEquals(singlePid, p.mother(p.first(1) + 1));
        for (int h = 0; h < 3; h++) {
            for (int i = p.first(h); i < p.end(h); i++) {
                assertEquals(h, p.household(i));
                assertTrue(!p.gone(i));
            }
        }
        assertEquals(p.pid(p.first(0) + 1), p.spouse(p.first(0)), "the marriage survives the rebuild");
    }

    @Test
    void onlyTheLastFamilyTakesNewRowsAtTheStart() {
        Persons p = new Persons(4);
        p.add(0, 30, Persons.MALE, 0);
        p.add(1, 30, Persons.MALE, 0);
        assertThrows(IllegalStateException.class, () -> p.add(0, 5, Persons.MALE, 0));
    }

    @Test
    void lifeCourseStagesByAge() {
        assertEquals(Stage.PRESCHOOL, LifeCourse.of(5, false));
        assertEquals(Stage.PRIMARY, LifeCourse.of(6, false));
        assertEquals(Stage.PRIMARY, LifeCourse.of(11, false));
        assertEquals(Stage.JUNIOR, LifeCourse.of(12, false));
        assertEquals(Stage.JUNIOR, LifeCourse.of(14, false));
        assertEquals(Stage.SENIOR, LifeCourse.of(15, false), "the enrolment is decided at 15");
        assertEquals(Stage.SENIOR, LifeCourse.of(17, true));
        assertEquals(LifeCourse.ADULT, LifeCourse.of(16, false), "not enrolled: a youth at 16");
        assertEquals(LifeCourse.ADULT, LifeCourse.of(18, true));
        assertEquals(LifeCourse.ADULT, LifeCourse.of(59, false));
        assertEquals(LifeCourse.ELDER, LifeCourse.of(60, false));
    }

    @Test
    void fertilityShapeSumsToTotalFertility() {
        double sum = 0;
        for (int g = 0; g < 18; g++) {
            sum += 5 * Fertility.rate(1.5, g);
        }
        assertEquals(1.5, sum, 1e-12);
        assertEquals(0, Fertility.rate(1.5, 2), "no births under 15");
        assertEquals(0, Fertility.rate(1.5, 10), "no births at 50+");
    }
}

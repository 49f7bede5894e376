package townward.household;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import townward.labour.Participation;
import townward.people.Members;
import townward.people.Persons;

/**
 * MODEL.md 2.5: in workers_away the working couple (A) goes with the youth, the older generation of working age and
 * the elders stay; the household's counts (Residence) agree with its rows (Whereabouts).
 */
class WhoGoesAwayTest {
    private static final int GRANDPA = 0, GRANDMA = 1, SON = 2, WIFE = 3, SISTER = 4, CHILD = 5, GREAT = 6;

    /** A stem family: grandparents 55 and 53, their son 30 and his wife 28, his sister 20, a grandchild 5, a great-grandmother 80. */
    private static Persons stemFamily() {
        Persons p = new Persons(8);
        int gf = p.add(0, 55, Persons.MALE, Persons.EVER_MARRIED);
        int gm = p.add(0, 53, Persons.FEMALE, Persons.EVER_MARRIED);
        p.marry(gf, gm);
        int son = p.add(0, 30, Persons.MALE, Persons.EVER_MARRIED);
        int wife = p.add(0, 28, Persons.FEMALE, Persons.EVER_MARRIED);
        p.marry(son, wife);
        p.add(0, 20, Persons.FEMALE, 0);
        int child = p.add(0, 5, Persons.MALE, 0);
        p.setMother(child, p.pid(wife));
        p.add(0, 80, Persons.FEMALE, Persons.EVER_MARRIED);
        return p;
    }

    private static Households refreshed(Persons p) {
        Households hh = new Households(1);
        hh.add(0);
        // participation scale far above 1: every adult of working age works
        Members.refresh(p, hh, 0, new int[Members.APART + 1], new Participation(1, 100));
        return hh;
    }

    @Test
    void theCoupleAndTheYouthGoTheirParentsStay() {
        Persons p = stemFamily();
        Households hh = refreshed(p);
        assertEquals(SON, Members.workingCoupleHead(p, 0), "the child's mother's husband heads A");
        int anchor = Whereabouts.anchor(p, 0, Arrangement.WORKERS_AWAY);
        boolean[] away = new boolean[p.count(0)];
        for (int i = p.first(0); i < p.end(0); i++) {
            away[i] = Whereabouts.away(p, i, Arrangement.WORKERS_AWAY, anchor);
        }
        assertTrue(away[SON] && away[WIFE] && away[SISTER], "A and the unmarried youth go");
        assertFalse(away[GRANDPA] || away[GRANDMA], "the older generation of working age stays and farms");
        assertFalse(away[CHILD] || away[GREAT], "children and elders stay in workers_away");
        assertEquals(5, hh.adults(0));
        assertEquals(2, hh.older(0));
        assertEquals(3, Residence.adultsAway(hh, 0, Arrangement.WORKERS_AWAY));
        assertEquals(3, Residence.personsAway(hh, 0, Arrangement.WORKERS_AWAY));
        assertEquals(3, Residence.workersAway(hh, 0, Arrangement.WORKERS_AWAY));
        assertEquals(2, Residence.workersHome(hh, 0, Arrangement.WORKERS_AWAY));
    }

    @Test
    void elderlyHomeTakesTheChildrenAndLeavesEveryoneElse() {
        Persons p = stemFamily();
        Households hh = refreshed(p);
        int anchor = Whereabouts.anchor(p, 0, Arrangement.ELDERLY_HOME);
        int rowsAway = 0;
        for (int i = p.first(0); i < p.end(0); i++) {
            rowsAway += Whereabouts.away(p, i, Arrangement.ELDERLY_HOME, anchor) ? 1 : 0;
        }
        assertEquals(4, rowsAway, "son, wife, sister and the grandchild");
        assertEquals(rowsAway, Residence.personsAway(hh, 0, Arrangement.ELDERLY_HOME));
        // together_away still takes everyone
        assertEquals(7, Residence.personsAway(hh, 0, Arrangement.TOGETHER_AWAY));
        assertEquals(5, Residence.adultsAway(hh, 0, Arrangement.TOGETHER_AWAY));
    }

    @Test
    void aYouthLivingApartLeavesTheFamilysCountsAndPlaces() {
        Persons p = stemFamily();
        int head = Members.workingCoupleHead(p, 0);
        assertTrue(Members.youth(p, SISTER, head), "the unmarried sister of 20 chooses for herself (MODEL.md 5.8)");
        assertFalse(Members.youth(p, SON, head) || Members.youth(p, WIFE, head) || Members.youth(p, CHILD, head),
                "the working couple and the children do not");
        p.liveAlone(SISTER, 3);
        Households hh = refreshed(p);
        assertEquals(1, hh.apart(0));
        assertEquals(4, hh.adults(0), "she is not among the adults the arrangement places");
        assertEquals(6, hh.persons(0));
        int anchor = Whereabouts.anchor(p, 0, Arrangement.WORKERS_AWAY);
        assertFalse(Whereabouts.away(p, SISTER, Arrangement.WORKERS_AWAY, anchor), "not at the family's place");
        assertEquals(2, Residence.personsAway(hh, 0, Arrangement.WORKERS_AWAY), "the couple goes without her");
        assertEquals(SON, Members.workingCoupleHead(p, 0));
        p.liveWithFamily(SISTER);
        assertEquals(0, refreshed(p).apart(0));
    }

    @Test
    void marriageBringsAYouthBackIntoACouple() {
        Persons p = stemFamily();
        p.liveAlone(SISTER, 3);
        p.setPost(SISTER, true);
        int husband = p.add(0, 24, Persons.MALE, 0);
        p.marry(husband, SISTER);
        assertFalse(p.apart(SISTER) || p.holdsPost(SISTER), "a married member lives where the couple's family does");
    }
}

package townward.demography;

import townward.decision.Moves;
import townward.household.Arrangement;
import townward.household.Homestead;
import townward.household.Households;
import townward.household.Residence;
import townward.model.Region;
import townward.people.LifeCourse;
import townward.people.Persons;

/**
 * A couple sets up its own family (MODEL.md 10.2): at marriage, or later when a second couple separates. It starts
 * where it lives: a couple of a family whose adults all work away starts away as {@code workers_away}, keeping its
 * posts; otherwise at home in the village, with no homestead of its own (new allocations are restricted). It takes
 * {@link #TRANSFER_SHARE} of the parents' savings and does not reconsider because it formed (MODEL.md 5.1).
 */
final class FamilyFormation {
    /** Share of the parents' savings the new family takes (the marriage transfer); assumed, as MODEL.md 10.2. */
    private static final double TRANSFER_SHARE = 0.3;
    private final Region r;

    FamilyFormation(Region r) {
        this.r = r;
    }

    /**
     * Creates the family of a couple one of whom lived apart at {@code place} (MODEL.md 5.8): it starts there as
     * {@code workers_away} with nobody at home, with the {@code posts} they held there.
     */
    int formApart(int parent, int place, int posts) {
        Households hh = r.households;
        int child = hh.add(hh.village(parent));
        hh.setArrangement(child, Arrangement.WORKERS_AWAY, place);
        hh.setPosts(child, posts);
        hh.setYearsAway(child, 1);
        endow(parent, child, 0);
        return child;
    }

    /** Creates the new family of members leaving {@code parent}; {@code adultsLeaving} of them are its adults. */
    int form(int parent, int adultsLeaving) {
        Households hh = r.households;
        int child = hh.add(hh.village(parent));
        int place = hh.away(parent);
        boolean workingAway = place >= 0 && Residence.adultsAway(hh, parent, hh.arrangement(parent)) == hh.adults(parent);
        int couplePosts = Math.max(0, hh.posts(parent) - Math.max(0, hh.adults(parent) - adultsLeaving));
        if (workingAway) {
            hh.setPosts(parent, hh.posts(parent) - couplePosts);
            hh.setArrangement(child, Arrangement.WORKERS_AWAY, place);
            hh.setPosts(child, couplePosts);
            hh.setYearsAway(child, hh.yearsAway(parent));
        } else {
            Moves.releasePosts(r, parent, couplePosts);
        }
        endow(parent, child, adultsLeaving);
        return child;
    }

    /** What a new family takes from its parents' family: savings, training, hukou, tastes; no homestead. */
    private void endow(int parent, int child, int adultsLeaving) {
        Households hh = r.households;
        double transfer = TRANSFER_SHARE * hh.savings(parent);
        hh.setSavings(parent, hh.savings(parent) - transfer);
        hh.setSavings(child, transfer);
        hh.setTrained(child, Math.min(adultsLeaving, hh.trained(parent)));
        hh.setHomestead(child, Homestead.EXITED);
        hh.setUrbanHukou(child, hh.urbanHukou(parent));
        hh.setMobility(child, hh.mobility(parent));   // tastes run in families
        if (hh.is(parent, Households.FORFEITED_DIVIDEND)) {
            hh.set(child, Households.FORFEITED_DIVIDEND);
        }
        hh.set(child, Households.NEW_THIS_YEAR | Households.LIFE_EVENT);
        hh.set(parent, Households.LIFE_EVENT);
        r.tally.householdsFormed++;
    }

    /** The youngest couple of working age of family h moves out with its children under 18. */
    void separate(int h) {
        Persons p = r.persons;
        int wife = Persons.NONE;
        for (int i = p.first(h); i < p.end(h); i++) {
            if (p.household(i) == h && !p.gone(i) && p.female(i) && p.spouse(i) != Persons.NONE
                    && p.age(i) < LifeCourse.ELDER_AGE && (wife == Persons.NONE || p.age(i) < p.age(wife))) {
                wife = i;
            }
        }
        int husband = wife == Persons.NONE ? Persons.NONE : p.find(h, p.spouse(wife));
        if (husband == Persons.NONE || p.household(husband) != h) {
            return;
        }
        int adults = (adult(p, wife) ? 1 : 0) + (adult(p, husband) ? 1 : 0);
        int formed = form(h, adults);
        int motherPid = p.pid(wife);
        for (int i = p.first(h); i < p.end(h); i++) {
            if (p.household(i) == h && !p.gone(i) && p.mother(i) == motherPid && p.age(i) < 18) {
                p.moveTo(i, formed);
            }
        }
        p.moveTo(wife, formed);
        p.moveTo(husband, formed);
    }

    private static boolean adult(Persons p, int i) {
        return LifeCourse.of(p.age(i), p.is(i, Persons.SENIOR_PUPIL)) == LifeCourse.ADULT;
    }
}

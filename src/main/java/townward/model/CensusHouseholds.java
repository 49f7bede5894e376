package townward.model;

import townward.household.Arrangement;
import townward.household.Households;
import townward.household.Residence;

/**
 * Households as the census counts them (MODEL.md section 7, {@code household_size_census}): the members of a family
 * who live together form one household at each place. Members at home are one; members living away in a dwelling
 * of their own are another; lone workers away live in dormitories with probability {@link #DORM_SHARE} (collective
 * households, not counted) and otherwise share one household. Senior boarders live in school dormitories
 * (collective) and members outside the region are not its residents. Urban cohorts are not modelled as households,
 * so the measure is that of the rural-origin families (docs/MODEL.md section 14).
 */
final class CensusHouseholds {
    /** Share of lone workers away living in collective quarters (dormitories); assumed. */
    static final double DORM_SHARE = 0.5;

    double persons;
    double households;

    /** Adds family h; destinations from {@code firstSystem} on lie beyond the region. */
    void add(Households hh, int h, int firstSystem, double monthsAway) {
        int home = Residence.countedHome(hh, h, monthsAway);
        int away = Residence.countedAway(hh, h, monthsAway);
        if (home > 0) {
            persons += home;
            households++;
        }
        if (away > 0 && hh.away(h) < firstSystem) {
            double w = Arrangement.needsDwelling(hh.arrangement(h)) ? 1 : 1 - DORM_SHARE;
            persons += w * away;
            households += w;
        }
    }

    double size() {
        return households > 0 ? persons / households : 0;
    }
}

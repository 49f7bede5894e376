package townward.economy;

import townward.model.Region;
import townward.people.Persons;
import townward.place.Settlement;
import townward.scenario.Labour;

/**
 * What a member living apart from the family earns where he or she lives, net of a lone worker's housing and the
 * living-cost premium (MODEL.md 5.8, 6.3): the expectation the youth's choice weighs and the realized amount the
 * family's remittances come from, with the functions the families' own accounts use ({@link FiveGolds}).
 */
public final class YouthEarnings {
    private final Region region;
    private final FiveGolds golds;

    public YouthEarnings(Region region, FiveGolds golds) {
        this.region = region;
        this.golds = golds;
    }

    /**
     * Yearly earnings a lone worker expects at destination d: a system's wage times its hire chance for the months
     * away; at an urban place, a seeker's earnings, or for one already holding a post there the post unless it
     * separates; nothing at a place that is not urban.
     */
    public double expected(int d, boolean holdsPost, int county) {
        if (region.isSystem(d)) {
            return region.scenario.behaviour().monthsAway() * region.systems.expectedMonthly(d);
        }
        Settlement s = region.settlements.get(d);
        if (!s.urban) {
            return 0;
        }
        double seek = golds.seekerEarnings(s, 0, county);
        return holdsPost ? golds.heldPostEarnings(s, 1, seek) : seek;
    }

    /** A graduate earns graduate_wage_factor times a youth's (MODEL.md 5.8); anyone else 1. */
    public double factor(Persons p, int i) {
        return p.graduate(i) ? region.scenario.demography().college().graduateWageFactor() : 1;
    }

    /** This year's earnings of row i living apart: its post or informal work as the labour market cleared. */
    public double realized(Persons p, int i) {
        int d = p.alone(i);
        if (region.isSystem(d)) {
            return factor(p, i) * region.scenario.behaviour().monthsAway() * region.systems.expectedMonthly(d);
        }
        Settlement s = region.settlements.get(d);
        if (!s.urban) {
            return 0;
        }
        Labour l = region.scenario.labour();
        return factor(p, i) * region.wageIndex * (p.holdsPost(i) ? s.postWage() * l.monthsPost()
                : s.informalChanceNow * s.informalWage * l.monthsInformal());
    }

    /** A lone worker's yearly housing (dormitory or shared room) and living-cost premium at destination d. */
    public double costs(int d) {
        double share = region.scenario.economy().workerRentShare();
        if (region.isSystem(d)) {
            var spec = region.systems.spec(d);
            return (share * spec.rent() + spec.livingCost()) * region.wageIndex;
        }
        Settlement s = region.settlements.get(d);
        return (share * s.rent + s.spec.livingCost()) * region.wageIndex;
    }

    /** A lone worker's yearly housing (dormitory or shared room) at urban place d. */
    public double housing(int d) {
        return region.scenario.economy().workerRentShare() * region.settlements.get(d).rent * region.wageIndex;
    }

    /** What the members of family h living apart send home this year: remit_share of their earnings beyond costs. */
    public double remittances(int h) {
        if (region.households.apart(h) == 0) {
            return 0;
        }
        Persons p = region.persons;
        double sent = 0;
        for (int i = p.first(h); i < p.end(h); i++) {
            if (p.apart(i) && !p.studying(i)) {
                sent += Math.max(0, realized(p, i) - costs(p.alone(i)));
            }
        }
        return region.scenario.labour().remitShare() * sent;
    }
}

package townward.decision;

import townward.economy.Breakdown;
import townward.household.Households;
import townward.model.Region;

/**
 * Motive shares of a move that was not the family's first choice (its first could not be had): its whole considered
 * set valued again in matching, before the move changes what the family holds, as the decision valued it
 * ({@link MotiveSet}). First choices take the shares computed in the decision.
 */
final class Motives implements Decisions.Alternatives {
    private final Region region;
    private final Utility utility;
    private final Decisions decisions;
    private final MotiveSet considered = new MotiveSet();
    private final Breakdown b = new Breakdown();
    private int h;

    Motives(Region region, Utility utility, Decisions decisions) {
        this.region = region;
        this.utility = utility;
        this.decisions = decisions;
    }

    void shares(int household, int arr, int dest, double[] shares) {
        h = household;
        considered.clear();
        decisions.alternatives(region, h, this);
        Households hh = region.households;
        considered.shares(arr, dest, hh.arrangement(h), hh.away(h), hh.persons(h), region.scenario.behaviour(),
                utility.golds(), shares);
    }

    @Override
    public void accept(int arr, int dest, double network, double km) {
        double v = utility.value(h, arr, dest, network, km, b);
        if (!Double.isNaN(v)) {
            considered.add(arr, dest, utility.nest(arr, dest), v, b, region.scenario.behaviour().bNetwork() * network);
        }
    }
}

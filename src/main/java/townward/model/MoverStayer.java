package townward.model;

import java.util.SplittableRandom;
import org.apache.commons.math3.special.Erf;
import townward.household.Arrangement;
import townward.household.Households;

/**
 * The start state's mover-stayer selection (docs/MODEL.md section 10). Households differ in a persistent
 * propensity to leave home, normal with spread {@code mobility_sd} across a county's whole population. Those who
 * already left are the mobile part of it: a county with start-year urbanization rate u has kept at home its least
 * mobile (1 - u). A household living together at home draws its propensity below the (1 - u) quantile; one with
 * members already away has shown it is among the movers and draws above it. A highly urbanized county thus keeps
 * villagers least willing to move, and its rural population drains more slowly than one just starting (the
 * mover-stayer model of Blumen, Kogan and McCarthy 1955).
 */
final class MoverStayer {

    private MoverStayer() {
    }

    static void assign(Region r) {
        double sd = r.scenario.behaviour().mobilitySd();
        if (sd == 0) {
            return;
        }
        double[][] counties = Census.take(r).counties(r);
        Households hh = r.households;
        for (int h = 0; h < hh.size(); h++) {
            int c = r.countyOf(h);
            double ruralShare = counties[0][c] > 0 ? 1 - counties[1][c] / counties[0][c] : 1;
            SplittableRandom rng = r.streams.startTaste(h);
            double u = rng.nextDouble();
            boolean moved = hh.arrangement(h) != Arrangement.TOGETHER_HOME;
            hh.setMobility(h, sd * probit(moved ? ruralShare + u * (1 - ruralShare) : u * ruralShare));
        }
    }

    /** The standard normal quantile, bounded away from the infinite tails. */
    private static double probit(double p) {
        double q = Math.min(1 - 1e-12, Math.max(1e-12, p));
        return Math.sqrt(2) * Erf.erfInv(2 * q - 1);
    }
}

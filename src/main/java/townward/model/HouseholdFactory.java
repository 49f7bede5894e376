package townward.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import townward.household.Arrangement;
import townward.household.Homestead;
import townward.household.Households;
import townward.household.Stage;
import townward.place.Settlement;
import townward.place.Village;
import townward.scenario.County;

/**
 * Draws one rural household from its county's distributions (MODEL.md section 9): members by role and age, land,
 * homestead, savings, and whether its workers already live away and where.
 */
final class HouseholdFactory {
    /** Elderly in households with elderly: one (40 %) or two (60 %); assumed. */
    private static final double TWO_ELDERLY = 0.6;
    /** Children in households with children: 1 (55 %), 2 (40 %), 3 (5 %); assumed, mean 1.5. */
    private static final double[] CHILDREN = {0.55, 0.40, 0.05};
    private static final double MEAN_ELDERLY = 1 + TWO_ELDERLY;
    private static final double MEAN_CHILDREN = 1.5;
    /** Spread of contracted land and homestead sizes (log-normal sigma); assumed. */
    private static final double SIZE_SIGMA = 0.5;

    private final Region r;
    /** Per county: urban destinations of workers already away, weighted by posts. */
    private final List<List<Settlement>> awayPlaces = new ArrayList<>();

    HouseholdFactory(Region r) {
        this.r = r;
        for (int c = 0; c < r.countyNames.size(); c++) {
            List<Settlement> places = new ArrayList<>();
            for (Settlement s : r.settlements) {
                if (s.county == c && s.urban && s.posts > 0) {
                    places.add(s);
                }
            }
            awayPlaces.add(places);
        }
    }

    void generate(int h, Village v, SplittableRandom rng) {
        Households hh = r.households;
        County.HouseholdProfile p = r.scenario.counties().get(v.county).household();
        boolean hasChildren = rng.nextDouble() < p.childrenShare();
        boolean hasElderly = rng.nextDouble() < p.elderlyShare();
        int elderly = hasElderly ? (rng.nextDouble() < TWO_ELDERLY ? 2 : 1) : 0;
        int children = 0;
        if (hasChildren) {
            double u = rng.nextDouble();
            children = u < CHILDREN[0] ? 1 : u < CHILDREN[0] + CHILDREN[1] ? 2 : 3;
        }
        double meanAdults = Math.max(0.2, p.size() - p.elderlyShare() * MEAN_ELDERLY - p.childrenShare() * MEAN_CHILDREN);
        int adults = binomial(4, Math.min(1, meanAdults / 4), rng);
        if (adults == 0 && (children > 0 || elderly == 0)) {
            adults = 1;
        }
        hh.setAdults(h, adults);
        hh.setElderly(h, elderly);
        for (int k = 0; k < children; k++) {
            int age = rng.nextInt(18);
            int stage = age < 6 ? Stage.PRESCHOOL : age < 12 ? Stage.PRIMARY : age < 15 ? Stage.JUNIOR : Stage.SENIOR;
            hh.setKids(h, stage, hh.kids(h, stage) + 1);
        }
        int head = adults > 0 ? (int) Math.round(clamp(p.headAge() + 9 * rng.nextGaussian(), 20, 59))
                : 60 + rng.nextInt(25);
        hh.setHeadAge(h, head);
        hh.setLandMu(h, logNormal(p.landMu(), SIZE_SIGMA, rng));
        if (rng.nextDouble() < p.landTransferred()) {
            hh.setLandTransferred(h, hh.landMu(h));
            boolean cash = rng.nextDouble() >= r.scenario.economy().landRentFreeShare();
            hh.setLandRent(h, cash ? r.scenario.economy().landRentPerMu() : 0);
        }
        hh.setHomesteadM2(h, logNormal(p.homesteadM2(), SIZE_SIGMA, rng));
        hh.setHomestead(h, Homestead.OCCUPIED);
        hh.setSavings(h, logNormal(p.savings(), p.savingsSigma(), rng));
        if (adults > 0 && rng.nextDouble() < p.awayShare()) {
            List<Settlement> places = awayPlaces.get(v.county);
            if (rng.nextDouble() < p.awayOutsideShare() || places.isEmpty()) {
                hh.setArrangement(h, Arrangement.WORKERS_AWAY, r.outside());
            } else {
                hh.setArrangement(h, Arrangement.WORKERS_AWAY, pickByPosts(places, rng).index);
            }
            hh.setYearsAway(h, 1 + rng.nextInt(10));
        }
        enrolSeniors(h, v, rng);
    }

    /** Senior-stage children at home board at the county seat's senior school while seats last. */
    private void enrolSeniors(int h, Village v, SplittableRandom rng) {
        Households hh = r.households;
        Settlement seat = r.settlements.get(r.countySeat[v.county]);
        int enrolled = binomial(hh.kids(h, Stage.SENIOR), r.scenario.demography().seniorEnrolment(), rng);
        int k = Math.min(enrolled, seat.freeSeats[Stage.SENIOR]);
        seat.freeSeats[Stage.SENIOR] -= k;
        seat.usedSeats[Stage.SENIOR] += k;
        hh.setSeniorBoarders(h, k);
    }

    private static Settlement pickByPosts(List<Settlement> places, SplittableRandom rng) {
        double total = 0;
        for (Settlement s : places) {
            total += s.posts;
        }
        double u = rng.nextDouble() * total;
        for (Settlement s : places) {
            u -= s.posts;
            if (u < 0) {
                return s;
            }
        }
        return places.get(places.size() - 1);
    }

    /** Log-normal with the given mean. */
    private static double logNormal(double mean, double sigma, SplittableRandom rng) {
        if (mean <= 0) {
            return 0;
        }
        return Math.exp(Math.log(mean) - sigma * sigma / 2 + sigma * rng.nextGaussian());
    }

    private static int binomial(int n, double p, SplittableRandom rng) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            k += rng.nextDouble() < p ? 1 : 0;
        }
        return k;
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}

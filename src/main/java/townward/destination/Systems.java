package townward.destination;

import java.util.List;
import townward.place.Geo;
import townward.scenario.Behaviour;
import townward.scenario.Destination;

/**
 * The destination systems beyond the region's places (MODEL.md 2.2), as destinations numbered after the
 * settlements: system k is destination {@code first + k}. Exogenous: wages and posts follow their series.
 */
public final class Systems {
    private final List<Destination> specs;
    private final int first;
    private final double[] wageIndex;
    private final double[] posts;
    /** {@link #expectedMonthly} of each system this year: it is read for every alternative at a system. */
    private final double[] expectedMonthly;

    public Systems(List<Destination> specs, int first) {
        this.specs = List.copyOf(specs);
        this.first = first;
        this.wageIndex = new double[specs.size()];
        this.posts = new double[specs.size()];
        this.expectedMonthly = new double[specs.size()];
        for (int k = 0; k < specs.size(); k++) {
            wageIndex[k] = 1;
            posts[k] = specs.get(k).posts();
        }
        expect();
    }

    private void expect() {
        for (int k = 0; k < expectedMonthly.length; k++) {
            expectedMonthly[k] = specs.get(k).wage() * wageIndex[k] * specs.get(k).hireChance();
        }
    }

    public int count() {
        return specs.size();
    }

    /** The destination number of system k. */
    public int dest(int k) {
        return first + k;
    }

    public boolean isSystem(int dest) {
        return dest >= first;
    }

    /** The system index of a destination that is one. */
    public int of(int dest) {
        return dest - first;
    }

    public Destination spec(int dest) {
        return specs.get(dest - first);
    }

    /** Monthly wage at a system this year, yuan. */
    public double wage(int dest) {
        int k = dest - first;
        return specs.get(k).wage() * wageIndex[k];
    }

    /** Monthly earnings a migrant can expect there: the wage times the chance of finding work. */
    public double expectedMonthly(int dest) {
        return expectedMonthly[dest - first];
    }

    /** Posts the system stands for per real place it counts (the size term's posts / count). */
    public double postsPerPlace(int dest) {
        int k = dest - first;
        return posts[k] / specs.get(k).count();
    }

    /** Posts at system k this year. */
    public double posts(int k) {
        return posts[k];
    }

    public boolean mirrored(int k) {
        return specs.get(k).mirrorInflow();
    }

    /**
     * The system's own terms in a choice (MODEL.md 5.3): its constant, b_size·ln(posts/count) + λ·ln(count), so
     * that splitting an aggregate leaves its pull unchanged, and −b_log_distance·ln(km). The nest constant is the
     * caller's.
     */
    public double pull(int k, Behaviour beh) {
        Destination d = specs.get(k);
        return d.constant() + beh.bSize() * Math.log(posts[k] / d.count()) + beh.lambda() * Math.log(d.count())
                - beh.bLogDistance() * Math.log(Math.max(d.distanceKm(), Geo.KM_MIN));
    }

    /** Wages relative to the start year, system k. */
    public double wageIndex(int k) {
        return wageIndex[k];
    }

    /** Moves wages and posts from year - 1 to year. */
    public void advance(int year) {
        for (int k = 0; k < specs.size(); k++) {
            Destination d = specs.get(k);
            wageIndex[k] *= 1 + d.wageGrowthIn(year);
            posts[k] *= 1 + d.postGrowth();
        }
        expect();
    }
}

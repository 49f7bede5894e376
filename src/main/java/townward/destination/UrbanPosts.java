package townward.destination;

import townward.model.Region;
import townward.place.Settlement;

/** The region's urban posts as the flows across its border weigh them (MODEL.md 10.4, 10.5). */
final class UrbanPosts {

    private UrbanPosts() {
    }

    /** Posts-weighted monthly wage of the urban posts; 0 without any. */
    static double wage(Region r) {
        return weighted(r, false);
    }

    /** Posts-weighted expected monthly earnings at the urban posts: wage times the chance of a post; 0 without any. */
    static double expectedEarnings(Region r) {
        return weighted(r, true);
    }

    /** The urban posts, at least 1 (their logarithm enters the gravity inflow). */
    static double count(Region r) {
        double posts = 0;
        for (Settlement s : r.settlements) {
            posts += s.urban ? s.posts : 0;
        }
        return Math.max(1, posts);
    }

    private static double weighted(Region r, boolean expected) {
        double pay = 0;
        double posts = 0;
        for (Settlement s : r.settlements) {
            if (s.urban) {
                pay += s.posts * s.wage * r.wageIndex * (expected ? s.hireChance : 1);
                posts += s.posts;
            }
        }
        return posts > 0 ? pay / posts : 0;
    }
}

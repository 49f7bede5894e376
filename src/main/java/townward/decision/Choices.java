package townward.decision;

import java.util.Arrays;

/**
 * Each household's ranked alternatives of this year, best first, as the decision drew them; matching walks down
 * the ranking when a choice cannot be had. An alternative is coded {@code (dest + 1) * 8 + arrangement}; staying
 * together at home is 0.
 */
public final class Choices {
    /** Alternatives kept per household: enough for matching to fall back several times. */
    public static final int KEPT = 4;
    public static final int NONE = -1;

    private int[] ranked = new int[0];

    void reset(int households) {
        if (ranked.length < households * KEPT) {
            ranked = new int[households * KEPT + KEPT * 1024];
        }
        Arrays.fill(ranked, 0, households * KEPT, NONE);
    }

    void set(int h, int rank, int code) {
        ranked[h * KEPT + rank] = code;
    }

    /** The rank-th alternative of household h, or {@link #NONE}. */
    public int get(int h, int rank) {
        return ranked[h * KEPT + rank];
    }

    public boolean decided(int h) {
        return ranked[h * KEPT] != NONE;
    }

    public static int code(int dest, int arrangement) {
        return (dest + 1) * 8 + arrangement;
    }

    public static int dest(int code) {
        return code / 8 - 1;
    }

    public static int arrangement(int code) {
        return code % 8;
    }
}

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

    private static final int MOTIVES = townward.model.Tally.MOTIVES.length;
    private int[] ranked = new int[0];
    /** Motive shares of each family's first choice, from the decision's whole considered set (MODEL.md 5.13). */
    private float[] shares = new float[0];

    void reset(int households) {
        if (ranked.length < households * KEPT) {
            // room for a few years' new families: each reallocation is a humongous one
            ranked = new int[(households + households / 4) * KEPT];
            shares = new float[ranked.length / KEPT * MOTIVES];
        }
        Arrays.fill(ranked, 0, households * KEPT, NONE);
    }

    void setShares(int h, double[] s) {
        for (int k = 0; k < MOTIVES; k++) {
            shares[h * MOTIVES + k] = (float) s[k];
        }
    }

    /** Fills s with the motive shares of family h's first choice. */
    void shares(int h, double[] s) {
        for (int k = 0; k < MOTIVES; k++) {
            s[k] = shares[h * MOTIVES + k];
        }
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

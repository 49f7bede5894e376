package townward.scenario;

import java.util.Collection;

/** Did-you-mean hints for misspelt keys and names. */
final class Suggestions {

    /** Longer words get no suggestion; keeps the cost of a hint at most MAX_WORD² per candidate. */
    static final int MAX_WORD = 64;

    private Suggestions() {
    }

    /** The closest candidate within edit distance 2 (or sharing a prefix of 3+ letters), or null. */
    static String closest(String word, Collection<String> candidates) {
        if (word.length() > MAX_WORD) {
            return null;   // no name is that long: a hint would cost time and help nobody
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = word.toLowerCase();
        for (String c : candidates) {
            if (c.length() > MAX_WORD) {
                continue;
            }
            int d = distance(lower, c.toLowerCase());
            boolean prefix = lower.length() >= 3 && (c.toLowerCase().startsWith(lower) || lower.startsWith(c.toLowerCase()));
            if ((d <= 2 || prefix) && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /** "; did you mean "x"?" or "; valid <what>: a, b, c". */
    static String hint(String word, Collection<String> candidates, String what) {
        String c = closest(word, candidates);
        if (c != null) {
            return "; did you mean \"" + c + "\"?";
        }
        if (candidates.isEmpty()) {
            return "; there are no " + what;
        }
        String all = String.join(", ", candidates);
        return "; valid " + what + ": " + (all.length() > 400 ? all.substring(0, 397) + "..." : all);
    }

    /** Optimal-string-alignment (restricted Damerau-Levenshtein) distance: a swap of neighbours costs 1. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

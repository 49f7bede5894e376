package townward.scenario;

import java.util.Locale;

/**
 * What no scenario can exceed, checked before and while parsing so that any file is refused fast and in little
 * memory. The largest shipped scenario is about 80 kB with lines under 300 characters; every limit leaves a wide
 * margin above what a real region needs.
 */
public final class Limits {

    /** Bytes of a scenario or behaviour file. */
    public static final long FILE_BYTES = 1L << 20;   // parsed in about a quarter of a second
    /** Characters of one YAML line (the YAML engine's cost grows faster than the line; JSON has no such limit). */
    public static final int YAML_LINE = 20_000;
    /** Mappings and lists inside one another. */
    public static final int DEPTH = 24;
    /** Characters of a key (the longest key of the format has 31). */
    public static final int KEY = 100;
    /** Characters of any text value (descriptions included). */
    public static final int TEXT = 10_000;
    /** Characters of a name (scenario, county, place): it becomes a folder, a CSV cell and a chart label. */
    public static final int NAME = 200;
    /** Entries of one list (places, policies, years of a series, ...). */
    public static final int ITEMS = 100_000;
    /** Levers of one scenario (their yearly additions at a place must stay within 32-bit counters). */
    public static final int LEVERS = 100;
    /** Households the model holds at once (rural households x scale); bench-1m's million takes about 0.6 GB. */
    public static final long SIMULATED_HOUSEHOLDS = 10_000_000;
    /** Characters of a value shown back in a message. */
    static final int SHOWN = 60;

    private Limits() {
    }

    /** Characters a string field may hold: a name, or a text. */
    static int length(String key) {
        return key.equals("name") ? NAME : TEXT;
    }

    /** The text cut to {@value #SHOWN} characters on one line, for messages. */
    static String shown(String s) {
        String one = String.valueOf(s).replaceAll("\\s*\\R\\s*", " ");
        return one.length() > SHOWN ? one.substring(0, SHOWN - 3) + "..." : one;
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}

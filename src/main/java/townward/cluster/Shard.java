package townward.cluster;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shard {@code index} of {@code count}: the share of a job's work items whose flat index {@code k} satisfies
 * {@code k mod count == index}. Round robin rather than blocks, so that design points whose cost grows along the
 * design (a grid over scale, say) spread evenly over the array tasks.
 */
public record Shard(int index, int count) {

    private static final Pattern SPEC = Pattern.compile("(\\d{1,9})/(\\d{1,9})");
    private static final Pattern AREA = Pattern.compile("(\\d{1,9})-of-(\\d{1,9})");

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("a shard is I/N with N >= 1 and 0 <= I < N, got " + index + "/"
                    + count);
        }
    }

    /** {@code "I/N"} as given to {@code --shard}; the message names the option and what it expects. */
    public static Shard parse(String spec) {
        Matcher m = SPEC.matcher(spec == null ? "" : spec.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("--shard expects I/N (shard I of N, 0 <= I < N, e.g. 0/8), got '"
                    + spec + "'");
        }
        int i = Integer.parseInt(m.group(1));
        int n = Integer.parseInt(m.group(2));
        if (n < 1 || i >= n) {
            throw new IllegalArgumentException("--shard expects I/N with N >= 1 and 0 <= I < N (shards are numbered from 0),"
                    + " got '" + spec + "'");
        }
        return new Shard(i, n);
    }

    /** The shard whose area in a job folder is named {@code name} ({@link #area()}), or null. */
    public static Shard ofArea(String name) {
        Matcher m = AREA.matcher(name);
        if (!m.matches()) {
            return null;
        }
        int i = Integer.parseInt(m.group(1));
        int n = Integer.parseInt(m.group(2));
        return n >= 1 && i < n ? new Shard(i, n) : null;
    }

    /** True when work item {@code k} (0-based) is this shard's. */
    public boolean owns(long k) {
        return Math.floorMod(k, count) == index;
    }

    /** The shard that owns work item {@code k} among {@code count} shards. */
    public static Shard owner(long k, int count) {
        return new Shard((int) Math.floorMod(k, (long) count), count);
    }

    /** The folder name of this shard's area: {@code I-of-N}. */
    public String area() {
        return index + "-of-" + count;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}

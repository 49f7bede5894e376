package townward.cluster;

import java.util.List;
import java.util.regex.Pattern;

/** Quoting for POSIX shells, so any path survives a script or a printed command. */
public final class Shell {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=+%@,-]+");

    private Shell() {
    }

    public static String quote(String word) {
        return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    public static String join(List<String> words) {
        return String.join(" ", words.stream().map(Shell::quote).toList());
    }
}

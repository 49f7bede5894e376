package townward.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects every problem with its location. Locations are recorded per field path while parsing; a problem at a
 * path that has no node (a missing key) is reported at the nearest enclosing node that has one.
 */
final class Errors {

    /** Where a node came from: the file (or "--set") and a 1-based line and column (0 when unknown). */
    record Loc(String file, int line, int column) {
    }

    private final String file;
    final Map<String, Loc> values = new HashMap<>();
    final Map<String, Loc> keys = new HashMap<>();
    private final List<ValidationError> list = new ArrayList<>();
    private int crossReference;
    /** Problems reported in full; the rest are counted. */
    static final int SHOWN = 100;
    private int more;
    /** The bound scenario when there were no problems. */
    Scenario scenario;

    Errors(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    /** A problem with the value at path (or with its absence). */
    void at(String path, String message) {
        add(locate(values, path), path, message);
    }

    /** A problem with the key itself (unknown or duplicate key). */
    void atKey(String path, String message) {
        Loc loc = keys.get(path);
        add(loc != null ? loc : locate(values, path), path, message);
    }

    /** A cross-reference problem (names, year order, seats) that JSON Schema cannot express. */
    void crossReference(String path, String message) {
        at(path, message);
        crossReference++;
    }

    /** A cross-reference problem at a known location (duplicate keys: a JSON tree keeps only one of them). */
    void crossReference(Loc loc, String path, String message) {
        add(loc, path, message);
        crossReference++;
    }

    void add(Loc loc, String path, String message) {
        if (list.size() >= SHOWN) {
            more++;   // a file with thousands of problems is not read by anyone past the first ones
            return;
        }
        // one line each, whatever a value, a key or a parser put into it
        String one = visible(message.replaceAll("\\s*\\R\\s*", " "));
        list.add(new ValidationError(loc.file(), loc.line(), loc.column(), visible(path), one));
    }

    /** Control characters and line or paragraph separators as {@code \\uXXXX}, so no terminal breaks the line. */
    static String visible(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean hidden = Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF';
            if (hidden && b == null) {
                b = new StringBuilder(s.substring(0, i));
            }
            if (b != null) {
                b.append(hidden ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b == null ? s : b.toString();
    }

    private Loc locate(Map<String, Loc> map, String path) {
        String p = path;
        while (true) {
            Loc loc = map.get(p);
            if (loc != null) {
                return loc;
            }
            if (p.isEmpty()) {
                return new Loc(file, 0, 0);
            }
            p = parent(p);
        }
    }

    static String parent(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut < 0 ? "" : path.substring(0, cut);
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    List<ValidationError> list() {
        if (more == 0) {
            return list;
        }
        List<ValidationError> all = new ArrayList<>(list);
        all.add(new ValidationError(file, 0, 0, "", "and " + more + " more problem(s) not shown; fix the ones above "
                + "first"));
        return all;
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    /** Whether every problem is a cross-reference one (so a JSON Schema would accept the file). */
    boolean onlyCrossReference() {
        return !list.isEmpty() && crossReference == list.size() + more;
    }
}

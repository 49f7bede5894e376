package townward.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of a scenario file: every key with its type, range, default and description. It is the single source
 * for both the loader's checks (through {@link FieldReader}) and the JSON schema ({@link SchemaWriter}), so the two
 * cannot drift apart on types and ranges.
 */
final class Spec {

    private Spec() {
    }

    enum Type { NUMBER, INTEGER, BOOLEAN, STRING, ENUM, OBJECT, OBJECT_LIST, STRING_LIST, YEAR_MAP, LEVER_LIST }

    /** A closed or open numeric interval; also the value range of a year map. */
    record Range(double min, boolean minExclusive, double max, boolean maxExclusive) {

        boolean contains(double v) {
            return (minExclusive ? v > min : v >= min) && (maxExclusive ? v < max : v <= max);
        }

        /** What was expected, naming the side that was violated (short intervals are shown whole). */
        String expected(String what, double found) {
            if (max - min <= 1000) {
                return what + " in " + (minExclusive ? "(" : "[") + fmt(min) + ", " + fmt(max) + (maxExclusive ? ")" : "]");
            }
            boolean low = minExclusive ? !(found > min) : !(found >= min);
            return low ? what + (minExclusive ? " > " : " >= ") + fmt(min)
                    : what + (maxExclusive ? " < " : " <= ") + fmt(max);
        }
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /**
     * One key.
     *
     * @param dflt     constant default (Double, Integer, Long, Boolean, String), or null when required or derived
     * @param derived  how the default is derived when it is not a constant (for the description); null otherwise
     * @param obj      the object spec for OBJECT and OBJECT_LIST
     * @param values   allowed values for ENUM
     * @param pattern  regular expression a STRING must match, or null
     * @param minItems minimum list length for lists
     */
    record Field(String key, Type type, Range range, Object dflt, String derived, boolean required,
                 String description, Obj obj, List<String> values, String pattern, int minItems) {

        Field req() {
            return new Field(key, type, range, null, null, true, description, obj, values, pattern, minItems);
        }

        Field derived(String how) {
            return new Field(key, type, range, null, how, false, description, obj, values, pattern, minItems);
        }

        Field minItems(int n) {
            return new Field(key, type, range, dflt, derived, required, description, obj, values, pattern, n);
        }
    }

    /** An object: its keys in file order. */
    record Obj(String description, Map<String, Field> fields) {

        static Obj of(String description, Field... fields) {
            Map<String, Field> m = new LinkedHashMap<>();
            for (Field f : fields) {
                m.put(f.key(), f);
            }
            return new Obj(description, m);
        }

        Field get(String key) {
            Field f = fields.get(key);
            if (f == null) {
                throw new IllegalArgumentException("no key " + key);  // a programming error, never user input
            }
            return f;
        }
    }

    // ---- builders -------------------------------------------------------------------------------------------

    static Range range(double min, double max) {
        return new Range(min, false, max, false);
    }

    static Field num(String key, Range r, Double dflt, String description) {
        return new Field(key, Type.NUMBER, r, dflt, null, false, description, null, null, null, 0);
    }

    static Field integer(String key, Range r, Number dflt, String description) {
        return new Field(key, Type.INTEGER, r, dflt, null, false, description, null, null, null, 0);
    }

    static Field bool(String key, Boolean dflt, String description) {
        return new Field(key, Type.BOOLEAN, null, dflt, null, false, description, null, null, null, 0);
    }

    static Field str(String key, String dflt, String description) {
        return new Field(key, Type.STRING, null, dflt, null, false, description, null, null, null, 0);
    }

    static Field str(String key, String pattern, String dflt, String description) {
        return new Field(key, Type.STRING, null, dflt, null, false, description, null, null, pattern, 0);
    }

    static Field oneOf(String key, List<String> values, String dflt, String description) {
        return new Field(key, Type.ENUM, null, dflt, null, false, description, null, values, null, 0);
    }

    static Field obj(String key, Obj obj) {
        return new Field(key, Type.OBJECT, null, null, null, false, obj.description(), obj, null, null, 0);
    }

    static Field objects(String key, Obj obj, String description) {
        return new Field(key, Type.OBJECT_LIST, null, null, null, false, description, obj, null, null, 0);
    }

    static Field names(String key, String description) {
        return new Field(key, Type.STRING_LIST, null, null, null, false, description, null, null, null, 0);
    }

    static Field yearMap(String key, Range values, String description) {
        return new Field(key, Type.YEAR_MAP, values, null, null, false, description, null, null, null, 0);
    }

    static Field levers(String key, String description) {
        return new Field(key, Type.LEVER_LIST, null, null, null, false, description, null, null, null, 0);
    }
}

package townward.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import townward.scenario.Spec.Field;
import townward.scenario.Spec.Obj;
import townward.scenario.Spec.Type;

/**
 * Reads the typed fields of one mapping against its {@link Spec.Obj}: each read checks type and range, records a
 * problem instead of throwing, and falls back to the default so that reading goes on and every problem is found.
 */
final class FieldReader {

    static final Pattern YEAR_KEY = Pattern.compile("^(1949|19[5-9][0-9]|20[0-9][0-9]|2100)$");

    private final Errors errors;
    private final Obj spec;
    private final JsonNode node;
    private final String path;

    /** @param node the mapping, or null when absent (then every key takes its default) */
    FieldReader(Errors errors, Obj spec, JsonNode node, String path) {
        this.errors = errors;
        this.spec = spec;
        this.node = node != null && node.isObject() ? node : null;
        this.path = path;
        checkKeys();
    }

    private void checkKeys() {
        if (node == null) {
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            String replacement = ReplacedKeys.replacement(key);
            if (!spec.fields().containsKey(key) && replacement != null) {
                errors.atKey(path(key), "key \"" + key + "\" was replaced in format version 3 by " + replacement);
            } else if (!spec.fields().containsKey(key)) {
                errors.atKey(path(key), "unknown key \"" + key + "\""
                        + Suggestions.hint(key, spec.fields().keySet(), "keys here"));
            }
        }
    }

    String path() {
        return path;
    }

    String path(String key) {
        return Errors.child(path, key);
    }

    Errors errors() {
        return errors;
    }

    boolean present() {
        return node != null;
    }

    boolean has(String key) {
        return node != null && node.has(key);
    }

    /** The node of a key after checking that it is present when required; null when absent. */
    private JsonNode get(String key) {
        Field f = spec.get(key);
        JsonNode v = node == null ? null : node.get(key);
        if (v == null && f.required()) {
            errors.at(path(key), "missing required key \"" + key + "\"");
        }
        return v;
    }

    private void expected(String key, String what, JsonNode found) {
        errors.at(path(key), "expected " + what + ", found " + Describe.found(found));
    }

    double num(String key) {
        Object d = spec.get(key).dflt();
        return num(key, d == null ? Double.NaN : ((Number) d).doubleValue());
    }

    double num(String key, double dflt) {
        JsonNode v = get(key);
        if (v == null) {
            return dflt;
        }
        Double d = number(path(key), spec.get(key), v, "a number");
        return d == null ? dflt : d;
    }

    /** Checks a number against a field's range; null (after reporting) when it does not fit. */
    private Double number(String at, Field f, JsonNode v, String what) {
        if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
            // a type error names the lower bound, as a range error below it would
            errors.at(at, "expected " + f.range().expected(what, f.range().min() - 1) + ", found " + Describe.found(v)
                    + NumberHints.of(v, f.range()));
            return null;
        }
        double d = v.doubleValue();
        boolean integral = d == Math.rint(d);
        if (!f.range().contains(d) || (f.type() == Type.INTEGER && !integral)) {
            errors.at(at, "expected " + f.range().expected(what, d) + ", found " + Describe.found(v)
                    + NumberHints.of(v, f.range()));
            return null;
        }
        return d;
    }

    int integer(String key) {
        Object d = spec.get(key).dflt();
        return (int) longValue(key, d == null ? 0 : ((Number) d).longValue());
    }

    int integer(String key, int dflt) {
        return (int) longValue(key, dflt);
    }

    long longValue(String key, long dflt) {
        JsonNode v = get(key);
        if (v == null) {
            return dflt;
        }
        Double d = number(path(key), spec.get(key), v, "an integer");
        return d == null ? dflt : v.isIntegralNumber() && v.canConvertToLong() ? v.longValue() : (long) (double) d;
    }

    boolean bool(String key) {
        Object d = spec.get(key).dflt();
        return bool(key, d != null && (Boolean) d);
    }

    boolean bool(String key, boolean dflt) {
        JsonNode v = get(key);
        if (v == null) {
            return dflt;
        }
        if (!v.isBoolean()) {
            expected(key, "true or false", v);
            return dflt;
        }
        return v.booleanValue();
    }

    String str(String key) {
        return str(key, (String) spec.get(key).dflt());
    }

    String str(String key, String dflt) {
        JsonNode v = get(key);
        if (v == null) {
            return dflt;
        }
        Field f = spec.get(key);
        if (f.type() == Type.ENUM) {
            if (!v.isTextual() || !f.values().contains(v.asText())) {
                expected(key, "one of " + String.join(", ", f.values()), v);
                return dflt;
            }
            return v.asText();
        }
        if (!v.isTextual() || v.asText().isEmpty()) {
            expected(key, "a non-empty string", v);
            return dflt;
        }
        if (v.asText().length() > Limits.length(key)) {
            expected(key, "at most " + Limits.count(Limits.length(key)) + " characters", v);
            return dflt;
        }
        if (key.equals("name") && v.asText().matches("\\.+")) {
            expected(key, "a name (\".\" and \"..\" name folders, not scenarios)", v);
            return dflt;
        }
        if (f.pattern() != null && !Pattern.matches(f.pattern(), v.asText())) {
            errors.at(path(key), "expected " + (key.equals("id") ? "a letter, then letters, digits, '_' or '-'"
                    : "letters, digits, '.', '_' or '-' only") + ", found " + Describe.found(v)
                    + (key.equals("name") && spec == Catalogue.SCENARIO ? asciiName(v.asText()) : ""));
            return dflt;
        }
        return v.asText();
    }

    /**
     * Why a scenario's name is ASCII and what to write instead: it names the results folder and the Slurm job, which
     * must survive any file system, archive and shell; the Chinese name belongs in {@code region}.
     */
    private String asciiName(String given) {
        String base = Path.of(errors.file()).getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String alias = base.matches("[A-Za-z0-9._-]+") && !base.matches("\\.+") ? base : "qingshan";
        boolean han = given.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return "; the name becomes the results folder (results/<name>/), so it is kept to those characters"
                + (han ? "; put the Chinese name in region: (region: " + Limits.shown(given) + ") and a Latin one "
                + "here, such as name: " + alias : "; such as name: " + alias);
    }

    /** A list of names; empty when absent or wrong. */
    List<String> names(String key) {
        JsonNode v = get(key);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!v.isArray()) {
            expected(key, "a list of names", v);
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (!e.isTextual() || e.asText().isEmpty() || e.asText().length() > Limits.NAME) {
                errors.at(Errors.index(path(key), i), "expected a non-empty name of at most " + Limits.NAME
                        + " characters, found " + Describe.found(e));
            } else {
                out.add(e.asText());
            }
        }
        return out;
    }

    /** A map from year (1949..2100) to a number in the field's range. */
    Map<Integer, Double> years(String key) {
        JsonNode v = get(key);
        Map<Integer, Double> out = new LinkedHashMap<>();
        if (v == null) {
            return out;
        }
        if (!v.isObject()) {
            expected(key, "a mapping of year to number, such as {2030: 0.6}", v);
            return out;
        }
        Field f = spec.get(key);
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = Errors.child(path(key), e.getKey());
            if (!YEAR_KEY.matcher(e.getKey()).matches()) {
                errors.atKey(at, "expected a year 1949..2100 as key, found \"" + e.getKey() + "\"");
                continue;
            }
            Double d = number(at, f, e.getValue(), "a number");
            if (d != null) {
                out.put(Integer.parseInt(e.getKey()), d);
            }
        }
        return out;
    }

    /** The reader of a nested mapping (reading defaults when absent or of the wrong type). */
    FieldReader obj(String key) {
        JsonNode v = get(key);
        if (v != null && !v.isObject()) {
            expected(key, "a mapping", v);
        }
        return new FieldReader(errors, spec.get(key).obj(), v, path(key));
    }

    /** The raw elements of a list (for lists of mappings and of levers); empty when absent or wrong. */
    List<JsonNode> list(String key) {
        JsonNode v = get(key);
        List<JsonNode> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!v.isArray()) {
            expected(key, "a list", v);
            return out;
        }
        v.forEach(out::add);
        int min = spec.get(key).minItems();
        if (out.size() < min) {
            errors.at(path(key), "expected a list of at least " + min + " item(s), found " + out.size());
        }
        return out;
    }

    /** Readers of the mappings in a list of mappings; non-mappings are reported and skipped (as null). */
    List<FieldReader> objects(String key) {
        List<FieldReader> out = new ArrayList<>();
        List<JsonNode> items = list(key);
        for (int i = 0; i < items.size(); i++) {
            String at = Errors.index(path(key), i);
            if (!items.get(i).isObject()) {
                errors.at(at, "expected a mapping, found " + Describe.found(items.get(i)));
                out.add(null);
            } else {
                out.add(new FieldReader(errors, spec.get(key).obj(), items.get(i), at));
            }
        }
        return out;
    }
}

package townward.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import townward.scenario.Spec.Field;
import townward.scenario.Spec.Obj;
import townward.scenario.Spec.Type;

/**
 * Applies command-line {@code --set path=value} overrides to the parsed tree before validation, so an override is
 * checked exactly like the file. A path may create a missing key the format defines (and the mappings above it),
 * but never an unknown key or a list element that does not exist.
 */
final class Overrides {

    private static final Pattern SEGMENT =
            Pattern.compile("([A-Za-z0-9_]+)|\\[(\\d{1,9})\\]|\\[([A-Za-z][A-Za-z0-9_-]{0,99})\\]");

    /**
     * A list element named by its {@code id} ({@code policies[park]}), or by its name ({@code places[Dongshan]}),
     * instead of its position.
     */
    private record Named(String id) {
    }

    private Overrides() {
    }

    static void apply(ObjectNode root, List<String> sets, Errors errors) {
        for (String set : sets == null ? List.<String>of() : sets) {
            int eq = set.indexOf('=');
            if (eq <= 0) {
                errors.add(new Errors.Loc("--set", 0, 0), "", "--set " + Limits.shown(set) + ": expected path=value, such as "
                        + "places[2].housing.units=500");
                continue;
            }
            String path = set.substring(0, eq).strip();
            String text = set.substring(eq + 1);
            List<Object> segments = segments(path);
            if (segments == null) {
                errors.add(new Errors.Loc("--set", 0, 0), path, "--set " + Limits.shown(path) + ": not a field path; expected keys"
                        + " separated by '.' and list indexes or lever ids in brackets, such as policies[0].to or"
                        + " policies[park].to");
                continue;
            }
            apply(root, path, segments, text, errors);
        }
    }

    /** Keys (String) and indexes (Integer); null when the path is malformed. */
    private static List<Object> segments(String path) {
        List<Object> out = new ArrayList<>();
        int pos = 0;
        while (pos < path.length()) {
            if (!out.isEmpty() && path.charAt(pos) == '.') {
                pos++;
            }
            Matcher m = SEGMENT.matcher(path).region(pos, path.length());
            if (!m.lookingAt() || (out.isEmpty() && m.group(1) == null)) {
                return null;
            }
            out.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? (Object) Integer.valueOf(m.group(2))
                    : new Named(m.group(3)));
            pos = m.end();
        }
        return out.isEmpty() ? null : out;
    }

    private static void apply(ObjectNode root, String full, List<Object> segments, String text, Errors errors) {
        JsonNode node = root;
        Obj spec = Catalogue.SCENARIO;
        Field field = null;   // the field the current node is the value of (for lists and year maps)
        String at = "";
        for (int i = 0; i < segments.size(); i++) {
            Object seg = segments.get(i);
            boolean last = i == segments.size() - 1;
            if (seg instanceof Named n) {
                Integer idx = node instanceof ArrayNode a ? indexOf(a, n.id()) : null;
                if (idx == null) {
                    fail(errors, full, "there is no " + at + "[" + n.id() + "]" + (node instanceof ArrayNode a
                            ? ": no item of " + at + " has id or name " + n.id() + ids(a) : " (" + at + " is not a list)"));
                    return;
                }
                seg = idx;
            }
            if (seg instanceof Integer idx) {
                String here = Errors.index(at, idx);
                if (!(node instanceof ArrayNode a) || idx >= a.size()) {
                    fail(errors, full, "there is no " + here + (node instanceof ArrayNode a2
                            ? " (" + at + " has " + a2.size() + " item(s))" : " (" + at + " is not a list)"));
                    return;
                }
                if (last) {
                    set(a, idx, here, text, errors);
                    return;
                }
                node = a.get(idx);
                spec = element(field, node);
                field = null;
                at = here;
                continue;
            }
            String key = (String) seg;
            String here = Errors.child(at, key);
            if (!(node instanceof ObjectNode o)) {
                fail(errors, full, at + " is not a mapping, so it has no key \"" + key + "\"");
                return;
            }
            boolean yearKey = field != null && field.type() == Type.YEAR_MAP;
            if (!yearKey) {
                if (spec == null || !spec.fields().containsKey(key)) {
                    if (!o.has(key)) {
                        fail(errors, full, "unknown key \"" + key + "\"" + (spec == null ? ""
                                : Suggestions.hint(key, spec.fields().keySet(), "keys here")));
                        return;
                    }
                }
            } else if (!FieldReader.YEAR_KEY.matcher(key).matches()) {
                fail(errors, full, "expected a year 1949..2100 as key, found \"" + key + "\"");
                return;
            }
            if (last) {
                set(o, key, here, text, errors);
                return;
            }
            Field f = yearKey || spec == null ? null : spec.fields().get(key);
            JsonNode next = o.get(key);
            if (next == null) {
                if (f != null && (f.type() == Type.OBJECT || f.type() == Type.YEAR_MAP)) {
                    next = o.putObject(key);  // an optional mapping the file left out
                } else {
                    fail(errors, full, "there is no " + here + " to set a part of");
                    return;
                }
            }
            node = next;
            field = f;
            spec = f != null && f.type() == Type.OBJECT ? f.obj() : null;
            at = here;
        }
    }

    private static Integer indexOf(ArrayNode a, String id) {
        for (int i = 0; i < a.size(); i++) {
            if (id.equals(a.get(i).path("id").textValue())) {
                return i;
            }
        }
        for (int i = 0; i < a.size(); i++) {   // places and counties by name: places[Dongshan].population
            if (id.equals(a.get(i).path("name").textValue())) {
                return i;
            }
        }
        return null;
    }

    private static String ids(ArrayNode a) {
        List<String> ids = new ArrayList<>();
        a.forEach(item -> {
            if (item.path("id").isTextual()) {
                ids.add(item.get("id").textValue());
            }
        });
        return ids.isEmpty() ? " (none has an id)" : " (ids: " + String.join(", ", ids) + ")";
    }

    /** The spec of a list element: a place, county, target, or the lever its "lever" key names. */
    private static Obj element(Field list, JsonNode item) {
        if (list == null) {
            return null;
        }
        if (list.type() == Type.LEVER_LIST) {
            JsonNode lv = item.get("lever");
            return lv == null ? null : LeverCatalogue.LEVERS.get(lv.asText());
        }
        return list.obj();
    }

    private static void set(ObjectNode o, String key, String path, String text, Errors errors) {
        forget(errors, path);
        JsonNode v = value(path, text, errors);  // records the locations of the new nodes as "--set"
        if (v != null) {
            errors.keys.put(path, new Errors.Loc("--set", 0, 0));
            o.set(key, v);
        }
    }

    private static void set(ArrayNode a, int idx, String path, String text, Errors errors) {
        forget(errors, path);
        JsonNode v = value(path, text, errors);
        if (v != null) {
            a.set(idx, v);
        }
    }

    private static JsonNode value(String path, String text, Errors errors) {
        int before = errors.list().size();
        JsonNode v = LocatedTree.parseSetValue(text, path, errors);
        if (v == null && errors.list().size() > before) {
            ValidationError e = errors.list().remove(before);
            errors.add(new Errors.Loc("--set", 0, 0), path, "--set " + Limits.shown(path + "=" + text) + ": " + e.message());
        }
        return v;
    }

    /** Drops the recorded locations of the node being replaced and everything under it. */
    private static void forget(Errors errors, String path) {
        errors.values.keySet().removeIf(p -> p.equals(path) || p.startsWith(path + ".") || p.startsWith(path + "["));
        errors.keys.keySet().removeIf(p -> p.equals(path) || p.startsWith(path + ".") || p.startsWith(path + "["));
    }

    private static void fail(Errors errors, String path, String why) {
        errors.add(new Errors.Loc("--set", 0, 0), path, "--set " + Limits.shown(path) + ": " + why);
    }
}

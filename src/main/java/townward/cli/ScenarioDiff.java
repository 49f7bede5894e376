package townward.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import townward.collect.MetricValues;

/**
 * The fields two resolved scenarios differ in, by their {@code --set} path: what changed between variant 1 and 2,
 * defaults included (a field one file leaves to its default and the other sets is a difference only when the
 * values differ). Levers with an {@code id}, places and counties are paired by id or name, so inserting one does
 * not shift the rest; the others by position.
 */
final class ScenarioDiff {

    private ScenarioDiff() {
    }

    /** One difference; a value is null where a side has no such field. */
    record Line(String path, String a, String b) {
        @Override
        public String toString() {
            return path + ": " + (a == null ? "(none)" : a) + " -> " + (b == null ? "(none)" : b);
        }
    }

    static List<Line> of(String resolvedA, String resolvedB) throws java.io.IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Map<String, String> a = flat(yaml.readTree(resolvedA));
        Map<String, String> b = flat(yaml.readTree(resolvedB));
        List<Line> out = new ArrayList<>();
        a.forEach((k, v) -> {
            if (!v.equals(b.get(k))) {
                out.add(new Line(k, v, b.get(k)));
            }
        });
        b.forEach((k, v) -> {
            if (!a.containsKey(k)) {
                out.add(new Line(k, null, v));
            }
        });
        return out;
    }

    /** A lever's id, a place's or county's name (quoted unless it is a --set key), or the position. */
    private static String key(JsonNode item, int i) {
        String id = item.path("id").textValue();
        if (id == null) {
            id = item.path("name").textValue();
        }
        if (id == null) {
            return Integer.toString(i);
        }
        return id.matches("[A-Za-z][A-Za-z0-9_-]*") ? id : "\"" + id + "\"";
    }

    private static Map<String, String> flat(JsonNode root) {
        Map<String, String> out = new LinkedHashMap<>();
        walk(root, "", out);
        return out;
    }

    private static void walk(JsonNode n, String at, Map<String, String> out) {
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                walk(f.getValue(), at.isEmpty() ? f.getKey() : at + "." + f.getKey(), out);
            }
        } else if (n.isArray() && n.size() > 0 && n.get(0).isContainerNode()) {
            for (int i = 0; i < n.size(); i++) {
                walk(n.get(i), at + "[" + key(n.get(i), i) + "]", out);
            }
        } else {
            out.put(at, n.isTextual() ? (n.asText().contains("\n") ? n.toString() : n.asText())   // one line each
                    : n.isNumber() ? MetricValues.format(n.doubleValue()) : n.toString());
        }
    }
}

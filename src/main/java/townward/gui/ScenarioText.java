package townward.gui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import townward.scenario.Scenario;
import townward.scenario.ScenarioException;
import townward.scenario.ScenarioLoader;

/**
 * A scenario file's own text edited so that it loads to a session's scenario, with comments, description, key
 * order and formatting kept. Levers split by the session are first copied, block and comments, right after
 * themselves; then, value by value, where the text loaded and the session scenario differ (both resolved, every
 * default filled in), the text is edited at that path, in place or by adding the key, and loaded again, so that a
 * value the first edits derive (a lever's {@code to} from {@code end_year}) is not written as well. The result is
 * checked by loading it: it is returned only when it loads to exactly the session scenario.
 */
final class ScenarioText {

    /**
     * @param text  the edited file
     * @param edits each edit, {@code path = value}, in the order made
     */
    record Edited(String text, List<String> edits) {
    }

    /**
     * A value the text must have, at {@code path}; for each key of the path, the keys before it in the resolved
     * file (where to add it when the text lacks it).
     */
    private record Difference(List<Object> path, List<List<String>> before, JsonNode want) {
    }

    /** Where {@link #differences} is in the resolved tree. */
    private record At(List<Object> path, List<List<String>> before) {
        At child(Object seg, List<String> keysBefore) {
            List<Object> p = new ArrayList<>(path);
            p.add(seg);
            List<List<String>> b = new ArrayList<>(before);
            b.add(keysBefore);
            return new At(p, b);
        }
    }

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    private static final Pattern YAML_WORDS =
            Pattern.compile("(?i)y|n|yes|no|on|off|true|false|null|nan|inf");

    private ScenarioText() {
    }

    /**
     * @param original the scenario file's text
     * @param fileName where the edited text will be, for the loader ({@code behaviour_file} is looked up from it)
     * @param target   the session scenario
     * @param origin   for each lever of {@code target}, the index of the original's lever it is a part of
     */
    static Edited edit(String original, String fileName, Scenario target, List<Integer> origin)
            throws YamlEdit.Refused {
        boolean json = fileName.toLowerCase(Locale.ROOT).endsWith(".json");
        String text = copyParts(original.startsWith("\uFEFF") ? original.substring(1) : original, json, target,
                origin);
        JsonNode want = tree(target);
        List<String> edits = new ArrayList<>();
        Set<List<Object>> edited = new HashSet<>();
        List<Difference> pending = List.of();
        int next = 0;
        String refused = null;
        while (true) {   // each round edits a path not edited before, of finitely many
            try {
                Scenario now = ScenarioLoader.parse(text, fileName, List.of());
                pending = new ArrayList<>();
                differences(tree(now), want, new At(List.of(), List.of()), pending);
                next = 0;
                if (pending.isEmpty()) {
                    return new Edited(text, edits);
                }
                if (edited.contains(pending.get(0).path())) {
                    throw new YamlEdit.Refused("editing " + YamlEdit.show(pending.get(0).path()) + " did not change"
                            + " what the file loads (an anchor and alias, or a key given twice?)");
                }
            } catch (ScenarioException e) {
                refused = e.errors().get(0).toString();   // an edit half made (a split's years): make the next
            }
            if (next >= pending.size()) {
                throw new YamlEdit.Refused("the edited file does not load: " + refused);
            }
            Difference d = pending.get(next++);
            String value = value(d.want(), json);
            text = YamlEdit.set(text, json, d.path(), value, d.before());
            edited.add(d.path());
            edits.add(YamlEdit.show(d.path()) + " = " + value);
        }
    }

    /** The original with a copy of lever {@code i} after it for each part it has in {@code target} past its first. */
    private static String copyParts(String text, boolean json, Scenario target, List<Integer> origin)
            throws YamlEdit.Refused {
        for (int j = origin.size() - 1; j > 0; j--) {
            if (origin.get(j).equals(origin.get(j - 1))) {
                text = YamlEdit.copyItem(text, List.of("policies"), origin.get(j));
            }
        }
        // ids are unique: a copy takes its part's id before the file is loaded
        for (int j = 1; j < origin.size(); j++) {
            String id = target.policies().get(j).scope().id();
            if (origin.get(j).equals(origin.get(j - 1)) && id != null) {
                String v = value(JSON.getNodeFactory().textNode(id), json);
                text = YamlEdit.set(text, json, List.of("policies", j, "id"), v, List.of());
            }
        }
        return text;
    }

    /** Paths under {@code at} where {@code have} differs from {@code want}, in the resolved file's order. */
    private static void differences(JsonNode have, JsonNode want, At at, List<Difference> out)
            throws YamlEdit.Refused {
        if (have.isObject() && want.isObject()) {
            for (Iterator<String> it = have.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!want.has(key)) {
                    throw new YamlEdit.Refused(YamlEdit.show(at.child(key, List.of()).path()) + " would have to be"
                            + " removed");
                }
            }
            List<String> keys = new ArrayList<>();
            for (Iterator<String> it = want.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                differences(have.has(key) ? have.get(key) : MissingNode.getInstance(), want.get(key),
                        at.child(key, List.copyOf(keys)), out);
                keys.add(key);
            }
        } else if (have.isArray() && want.isArray() && have.size() == want.size()) {
            for (int i = 0; i < want.size(); i++) {
                differences(have.get(i), want.get(i), at.child(i, List.of()), out);
            }
        } else if (!have.equals(want)) {
            out.add(new Difference(at.path(), at.before(), want));
        }
    }

    private static JsonNode tree(Scenario s) {
        try {
            return YAML.readTree(ScenarioLoader.toResolvedYaml(s));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the resolved scenario is not YAML", e);
        }
    }

    /**
     * A value as the file would write it: numbers as the loader reads them back, texts plain when YAML reads them
     * as texts (quoted in JSON), lists and mappings in flow style.
     */
    static String value(JsonNode v, boolean json) {
        if (v.isTextual()) {
            String s = v.asText();
            return !json && PLAIN.matcher(s).matches() && !YAML_WORDS.matcher(s).matches() ? s : quoted(s);
        }
        if (v.isFloatingPointNumber()) {
            double d = v.asDouble();
            return Double.isNaN(d) ? ".nan" : Double.isInfinite(d) ? (d > 0 ? ".inf" : "-.inf") : LeverFields.number(d);
        }
        if (v.isValueNode()) {
            return v.asText();   // integers, true/false, null
        }
        try {
            return JSON.writeValueAsString(v);   // a list or mapping in flow style
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String quoted(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

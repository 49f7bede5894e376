package townward.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Every place in a YAML/JSON tree where a mutation can act, for the mutation suites of tests. */
public final class TreeSlots {

    /** A parent container and a key (ObjectNode) or index (ArrayNode) of one of its children. */
    public record Slot(JsonNode parent, Object key) {
        public JsonNode get() {
            return key instanceof String s ? parent.get(s) : parent.get((Integer) key);
        }

        public void set(JsonNode v) {
            if (key instanceof String s) {
                ((ObjectNode) parent).set(s, v);
            } else {
                ((ArrayNode) parent).set((Integer) key, v);
            }
        }
    }

    private TreeSlots() {
    }

    /** The slots of node and of everything below it, depth first. */
    public static List<Slot> of(JsonNode node) {
        List<Slot> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(JsonNode node, List<Slot> out) {
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                out.add(new Slot(node, k));
                collect(node.get(k), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(new Slot(node, i));
                collect(node.get(i), out);
            }
        }
    }
}

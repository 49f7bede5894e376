package townward.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import townward.scenario.TreeSlots.Slot;

/** Seeded random damage to the example: on the tree (types, keys, numbers, strings, lists) or on the text. */
final class Mutations {

    static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonNodeFactory N = JsonNodeFactory.instance;

    /** A mutated document: its text and a description for failure messages. */
    record Mutant(String text, String what) {
    }

    private Mutations() {
    }

    static List<Mutant> generate(long seed, int count) throws Exception {
        Random rnd = new Random(seed);
        JsonNode example = YAML.readTree(BadCases.EXAMPLE);
        List<Mutant> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (rnd.nextInt(8) == 0) {
                int cut = rnd.nextInt(BadCases.EXAMPLE.length());
                out.add(new Mutant(BadCases.EXAMPLE.substring(0, cut), "truncated at " + cut));
                continue;
            }
            JsonNode doc = example.deepCopy();
            StringBuilder what = new StringBuilder();
            int n = 1 + rnd.nextInt(3);
            for (int k = 0; k < n; k++) {
                what.append(mutate(doc, rnd)).append("; ");
            }
            out.add(new Mutant(YAML.writeValueAsString(doc), what.toString()));
        }
        return out;
    }

    private static String mutate(JsonNode doc, Random rnd) {
        List<Slot> all = TreeSlots.of(doc);
        Slot s = all.get(rnd.nextInt(all.size()));
        JsonNode v = s.get();
        String at = s.key() + "";
        switch (rnd.nextInt(7)) {
            case 0 -> {
                JsonNode[] others = {N.textNode("x"), N.numberNode(7), N.booleanNode(true), N.arrayNode(),
                        N.objectNode(), N.nullNode(), N.numberNode(2.5)};
                s.set(others[rnd.nextInt(others.length)]);
                return "type swapped at " + at;
            }
            case 1 -> {
                if (s.parent().isObject()) {
                    ((ObjectNode) s.parent()).remove((String) s.key());
                } else {
                    ((ArrayNode) s.parent()).remove((Integer) s.key());
                }
                return "deleted " + at;
            }
            case 2 -> {
                if (s.parent().isObject()) {
                    String k = (String) s.key();
                    int p = rnd.nextInt(k.length());
                    String typo = rnd.nextBoolean() ? k.substring(0, p) + k.substring(p + 1)
                            : k.substring(0, p) + (char) ('a' + rnd.nextInt(26)) + k.substring(p);
                    ((ObjectNode) s.parent()).remove(k);
                    ((ObjectNode) s.parent()).set(typo, v);
                    return "renamed " + k + " to " + typo;
                }
                return "nothing";
            }
            case 3 -> {
                if (v.isNumber()) {
                    s.set(N.numberNode(-v.doubleValue()));
                }
                return "negated " + at;
            }
            case 4 -> {
                if (v.isNumber()) {
                    s.set(v.isIntegralNumber() && rnd.nextBoolean() ? N.numberNode(v.longValue() * 1_000_000_000_000L)
                            : N.numberNode(v.doubleValue() * 1e12));
                }
                return "times 1e12 at " + at;
            }
            case 5 -> {
                if (v.isTextual()) {
                    s.set(N.textNode(""));
                }
                return "emptied string at " + at;
            }
            default -> {
                if (v.isArray()) {
                    ((ArrayNode) v).removeAll();
                } else if (v.isObject()) {
                    ((ObjectNode) v).removeAll();
                }
                return "emptied " + at;
            }
        }
    }
}

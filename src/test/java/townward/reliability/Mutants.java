package townward.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import townward.scenario.TreeSlots.Slot;
import townward.scenario.TreeSlots;

/**
 * Seeded damage to every shipped scenario, as a hostile or careless sender would do it: on the tree (types,
 * deletions, typos, signs, huge numbers, duplicate names, reversed years, unknown references) and on the text or
 * bytes (truncation, invalid UTF-8, UTF-16/32, byte-order marks, infinities, tags, aliases, second documents,
 * deep nesting, long lines and keys, control characters, huge files), plus paths that are no file at all.
 */
final class Mutants {

    static final YAMLMapper YAML = new YAMLMapper();
    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory N = JsonNodeFactory.instance;

    /** One case: the bytes to write (null: {@code special} is the path), a file name, --sets and a description. */
    record Mutant(byte[] bytes, String name, String special, List<String> sets, String what) {
    }

    private final List<String> sources = new ArrayList<>();
    private final List<JsonNode> trees = new ArrayList<>();
    private final Random rnd;

    Mutants(long seed) throws IOException {
        rnd = new Random(seed);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        try (Stream<Path> s = Files.list(Path.of("scenarios/calibration"))) {
            s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        for (Path f : files) {
            String text = Files.readString(f);
            sources.add(text);
            trees.add(YAML.readTree(text));
        }
    }

    int shipped() {
        return sources.size();
    }

    Mutant next(int i) throws IOException {
        int k = i % sources.size();
        String text = sources.get(k);
        String tag = "scenario " + k + ": ";
        int kind = rnd.nextInt(24);
        return switch (kind) {
            case 0, 1, 2, 3, 4 -> tree(k, tag);
            case 5 -> {
                int cut = rnd.nextInt(text.length());
                yield yaml(text.substring(0, cut), tag + "truncated at " + cut);
            }
            case 6 -> {
                byte[] b = text.getBytes(StandardCharsets.UTF_8);
                int at = rnd.nextInt(b.length);
                byte[] out = new byte[b.length + 1];
                System.arraycopy(b, 0, out, 0, at);
                out[at] = (byte) (0x80 + rnd.nextInt(0x80));
                System.arraycopy(b, at, out, at + 1, b.length - at);
                yield new Mutant(out, "m.yaml", null, List.of(), tag + "invalid UTF-8 byte at " + at);
            }
            case 7 -> {
                String[] cs = {"UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32", "UTF-32LE", "UTF-32BE"};
                String c = cs[rnd.nextInt(cs.length)];
                yield new Mutant(text.getBytes(Charset.forName(c)), "m.yaml", null, List.of(), tag + c);
            }
            case 8 -> yaml("\uFEFF" + (rnd.nextBoolean() ? text : text.substring(0, rnd.nextInt(text.length()))),
                    tag + "byte-order mark");
            case 9 -> {
                String[] bad = {".nan", ".inf", "-.inf", ".NaN", "1e309", "-1e309", "0x7fffffffffffffff",
                        "99999999999999999999999", "1_000", "+.inf"};
                yield yaml(replaceNumber(text, bad[rnd.nextInt(bad.length)]), tag + "special number");
            }
            case 10 -> yaml(text + "\nbomb: &a [x, x, x, x, x, x, x, x, x]\nb2: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                    + "b3: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nb4: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n",
                    tag + "alias bomb");
            case 11 -> {
                String[] tags = {"!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
                        + "[\"http://127.0.0.1/\"]]]]", "!!python/object/apply:os.system [\"id\"]", "!<tag:x> 3",
                        "!!binary aGVsbG8=", "!!set {a, b}", "!!float 1", "!!str 5", "!custom {a: 1}"};
                yield yaml(replaceValue(text, tags[rnd.nextInt(tags.length)]), tag + "tag");
            }
            case 12 -> rnd.nextBoolean() ? yaml(text + "\n---\nname: second\n", tag + "second YAML document")
                    : new Mutant((JSON.writeValueAsString(trees.get(k)) + "\n{\"name\": \"x\"}\n")
                            .getBytes(StandardCharsets.UTF_8), "m.json", null, List.of(), tag + "second JSON value");
            case 13 -> {
                int depth = 20 + rnd.nextInt(rnd.nextBoolean() ? 40 : 20_000);
                yield yaml(text.replaceFirst("(?m)^name:", "nest: " + "[".repeat(depth) + "]".repeat(depth)
                        + "\nname:"), tag + "nested " + depth);
            }
            case 14 -> {
                int len = 10_000 + rnd.nextInt(1_000_000);
                yield yaml(rnd.nextBoolean() ? text + "\n# " + "x".repeat(len) + "\n"
                        : text.replaceFirst("(?m)^name: .*$", "name: " + "n".repeat(len)), tag + "line of " + len);
            }
            case 15 -> {
                int len = 50 + rnd.nextInt(rnd.nextBoolean() ? 200 : 200_000);
                String key = "k".repeat(len);
                yield rnd.nextBoolean() ? yaml(text + "\n" + key + ": 1\n", tag + "key of " + len)
                        : json(k, t -> ((ObjectNode) t).put(key, 1), tag + "JSON key of " + len);
            }
            case 16 -> special(tag);
            case 17 -> new Mutant(text.getBytes(StandardCharsets.UTF_8), "m.yaml", null, List.of(randomSet()),
                    tag + "--set");
            case 18 -> {
                char[] cc = {'\u0000', '\u0007', '\u001b', '\u007f', '\u2028', '\uFFFE', '\t'};
                int at = rnd.nextInt(text.length());
                yield yaml(text.substring(0, at) + cc[rnd.nextInt(cc.length)] + text.substring(at),
                        tag + "control character at " + at);
            }
            case 19 -> {
                String[] lines = text.split("\n", -1);
                int l = rnd.nextInt(lines.length);
                List<String> out = new ArrayList<>(List.of(lines));
                switch (rnd.nextInt(3)) {
                    case 0 -> out.remove(l);
                    case 1 -> out.add(l, lines[l]);
                    default -> out.set(l, " " + lines[l]);
                }
                yield yaml(String.join("\n", out), tag + "line " + (l + 1) + " edited");
            }
            case 20 -> json(k, t -> dupName(t), tag + "duplicate place name");
            case 21 -> json(k, t -> {
                int s = t.path("start_year").asInt();
                ((ObjectNode) t).put("start_year", t.path("end_year").asInt());
                ((ObjectNode) t).put("end_year", s);
            }, tag + "years reversed");
            case 22 -> json(k, t -> unknownReference(t), tag + "unknown reference");
            default -> huge(text, tag, i);
        };
    }

    private Mutant huge(String text, String tag, int i) {
        if (i % 2500 != 2499) {
            return yaml(text.repeat(2 + rnd.nextInt(20)), tag + "repeated keys, large");
        }
        byte[] big = new byte[50 << 20];
        java.util.Arrays.fill(big, (byte) 'x');
        return new Mutant(big, "m.yaml", null, List.of(), tag + "50 MB one-line file");
    }

    private Mutant special(String tag) {
        String[] paths = {"DIR", "FIFO", "/dev/zero", "/dev/null", "MISSING", "/dev/urandom", "/proc/self/status"};
        String p = paths[rnd.nextInt(paths.length)];
        return new Mutant(null, "m.yaml", p, List.of(), tag + "path " + p);
    }

    private String randomSet() {
        String[] paths = {"scale", "seed", "economy.price_elasticity", "places[0].name", "policies[0].from",
                "places[999].housing.units", "nope", "places[0].housing", "behaviour_file", "name", "a..b", "[0]",
                "counties[0].rural_households", "end_year", "observed.urbanization_rate.2024"};
        String[] values = {"1e400", "-1", ".nan", "[", "{a: 1}", "\"x\"", "..", "=cmd|' /C calc'!A0", "",
                "x".repeat(20_000), "!!javax.script.ScriptEngineManager []", "0", "2101", "/etc/passwd", "---"};
        return paths[rnd.nextInt(paths.length)] + "=" + values[rnd.nextInt(values.length)];
    }

    private Mutant tree(int k, String tag) throws IOException {
        JsonNode doc = trees.get(k).deepCopy();
        StringBuilder what = new StringBuilder(tag);
        int n = 1 + rnd.nextInt(3);
        for (int j = 0; j < n; j++) {
            what.append(mutate(doc)).append("; ");
        }
        return rnd.nextInt(10) == 0
                ? new Mutant(JSON.writeValueAsBytes(doc), "m.json", null, List.of(), what + "(JSON)")
                : new Mutant(YAML.writeValueAsBytes(doc), "m.yaml", null, List.of(), what.toString());
    }

    private Mutant json(int k, java.util.function.Consumer<JsonNode> edit, String what) throws IOException {
        JsonNode doc = trees.get(k).deepCopy();
        edit.accept(doc);
        return new Mutant(YAML.writeValueAsBytes(doc), "m.yaml", null, List.of(), what);
    }

    private static Mutant yaml(String text, String what) {
        return new Mutant(text.getBytes(StandardCharsets.UTF_8), "m.yaml", null, List.of(), what);
    }

    private String replaceNumber(String text, String with) {
        List<int[]> spans = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(": (-?\\d+(?:\\.\\d+)?)\\b").matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(1), m.end(1)});
        }
        if (spans.isEmpty()) {
            return text;
        }
        int[] s = spans.get(rnd.nextInt(spans.size()));
        return text.substring(0, s[0]) + with + text.substring(s[1]);
    }

    private String replaceValue(String text, String with) {
        List<int[]> spans = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s*[a-z_]+: ([^#\\n\\[{|>]+)").matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(1), m.end(1)});
        }
        int[] s = spans.get(rnd.nextInt(spans.size()));
        return text.substring(0, s[0]) + with + "\n" + text.substring(s[1]);
    }

    private static void dupName(JsonNode t) {
        JsonNode places = t.path("places");
        if (places.size() > 1) {
            ((ObjectNode) places.get(1)).put("name", places.get(0).path("name").asText());
        }
    }

    private void unknownReference(JsonNode t) {
        JsonNode levers = t.path("policies");
        if (levers.size() > 0) {
            ((ObjectNode) levers.get(rnd.nextInt(levers.size()))).putArray("places").add("Nowhere Town");
        } else if (t.path("places").size() > 0) {
            ((ObjectNode) t.path("places").get(0)).put("county", "No County");
        }
    }

    private String mutate(JsonNode doc) {
        List<Slot> all = TreeSlots.of(doc);
        Slot s = all.get(rnd.nextInt(all.size()));
        JsonNode v = s.get();
        String at = String.valueOf(s.key());
        switch (rnd.nextInt(8)) {
            case 0 -> {
                JsonNode[] others = {N.textNode("x"), N.numberNode(7), N.booleanNode(true), N.arrayNode(),
                        N.objectNode(), N.nullNode(), N.numberNode(2.5), N.textNode("=HYPERLINK(\"x\")"),
                        N.textNode("..")};
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
                if (s.parent().isObject() && !((String) s.key()).isEmpty()) {
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
                    s.set(rnd.nextBoolean() ? N.numberNode(v.doubleValue() * 1e12)
                            : N.numberNode(new java.math.BigInteger("9".repeat(1 + rnd.nextInt(40)))));
                }
                return "huge at " + at;
            }
            case 5 -> {
                if (v.isTextual()) {
                    s.set(N.textNode(rnd.nextBoolean() ? "" : v.asText().repeat(1 + rnd.nextInt(300))));
                }
                return "string changed at " + at;
            }
            case 6 -> {
                if (v.isNumber()) {
                    s.set(N.numberNode(v.doubleValue() * (rnd.nextDouble() * 4)));
                }
                return "scaled at " + at;
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

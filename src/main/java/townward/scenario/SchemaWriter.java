package townward.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import townward.scenario.Spec.Field;
import townward.scenario.Spec.Obj;
import townward.scenario.Spec.Range;

/**
 * Generates scenarios/townward.schema.json (JSON Schema draft 2020-12) from the catalogue, so editors and the
 * loader agree on keys, types, ranges and defaults. A test fails when the shipped file is out of date.
 */
final class SchemaWriter {

    private static final JsonNodeFactory N = JsonNodeFactory.instance;

    private SchemaWriter() {
    }

    static String schema() {
        ObjectNode root = N.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("title", "townward scenario");
        ObjectNode body = object(Catalogue.SCENARIO);
        root.setAll(body);
        // at least one urban place (the loader's check of the same rule)
        ObjectNode contains = ((ObjectNode) root.get("properties").get("places")).putObject("contains");
        contains.put("type", "object");
        contains.putArray("required").add("kind");
        enumOf(contains.putObject("properties").putObject("kind"), List.of("town", "county_seat", "city"));
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode object(Obj obj) {
        ObjectNode o = N.objectNode();
        o.put("type", "object");
        o.put("description", obj.description());
        ObjectNode props = o.putObject("properties");
        ArrayNode required = N.arrayNode();
        for (Field f : obj.fields().values()) {
            props.set(f.key(), field(f));
            if (f.required()) {
                required.add(f.key());
            }
        }
        if (!required.isEmpty()) {
            o.set("required", required);
        }
        o.put("additionalProperties", false);
        if (obj == Catalogue.PLACE) {
            villageRule(o);
        }
        return o;
    }

    /** seat and households: required for a village, forbidden for other kinds. */
    private static void villageRule(ObjectNode o) {
        ObjectNode rule = o.putArray("allOf").addObject();
        ObjectNode cond = rule.putObject("if");
        cond.putObject("properties").putObject("kind").put("const", "village");
        cond.putArray("required").add("kind");
        rule.putObject("then").putArray("required").add("seat").add("households");
        ArrayNode anyOf = rule.putObject("else").putObject("not").putArray("anyOf");
        anyOf.addObject().putArray("required").add("seat");
        anyOf.addObject().putArray("required").add("households");
    }

    private static ObjectNode field(Field f) {
        ObjectNode s;
        switch (f.type()) {
            case NUMBER, INTEGER -> {
                s = N.objectNode();
                s.put("type", f.type() == Spec.Type.NUMBER ? "number" : "integer");
                range(s, f.range());
            }
            case BOOLEAN -> {
                s = N.objectNode();
                s.put("type", "boolean");
            }
            case STRING -> {
                s = N.objectNode();
                s.put("type", "string");
                s.put("minLength", 1);
                s.put("maxLength", Limits.length(f.key()));
                if (f.key().equals("name")) {
                    s.set("not", N.objectNode().put("pattern", "^\\.+$"));
                }
                if (f.pattern() != null) {
                    s.put("pattern", f.pattern());
                }
            }
            case ENUM -> {
                s = N.objectNode();
                enumOf(s, f.values());
            }
            case OBJECT -> s = object(f.obj());
            case OBJECT_LIST -> {
                s = N.objectNode();
                s.put("type", "array");
                s.set("items", object(f.obj()));
                if (f.minItems() > 0) {
                    s.put("minItems", f.minItems());
                }
            }
            case STRING_LIST -> {
                s = N.objectNode();
                s.put("type", "array");
                ObjectNode items = s.putObject("items");
                items.put("type", "string");
                items.put("minLength", 1);
                items.put("maxLength", Limits.NAME);
                s.putArray("default");
            }
            case YEAR_MAP -> {
                s = N.objectNode();
                s.put("type", "object");
                s.putObject("propertyNames").put("pattern", FieldReader.YEAR_KEY.pattern());
                ObjectNode values = s.putObject("additionalProperties");
                values.put("type", "number");
                range(values, f.range());
                s.putObject("default");
            }
            case LEVER_LIST -> s = levers();
            default -> throw new IllegalStateException(f.type().toString());
        }
        String description = f.description();
        if (f.derived() != null) {
            description += " Default: " + f.derived() + ".";
        }
        s.put("description", description);
        if (f.dflt() instanceof Double d) {
            s.put("default", d);
        } else if (f.dflt() instanceof Integer i) {
            s.put("default", i);
        } else if (f.dflt() instanceof Boolean b) {
            s.put("default", b);
        } else if (f.dflt() instanceof String str) {
            s.put("default", str);
        }
        return s;
    }

    /** Each policy is selected by its "lever" key; the selected branch closes its key set. */
    private static ObjectNode levers() {
        ObjectNode s = N.objectNode();
        s.put("type", "array");
        ObjectNode items = s.putObject("items");
        items.put("type", "object");
        items.putArray("required").add("lever").add("from");
        List<String> names = new java.util.ArrayList<>(LeverCatalogue.leverNames());
        LeverCatalogue.LEVERS.keySet().forEach(k -> names.addAll(chinese(k)));
        enumOf(items.putObject("properties").putObject("lever"), names);
        ArrayNode all = items.putArray("allOf");
        for (Map.Entry<String, Obj> e : LeverCatalogue.LEVERS.entrySet()) {
            List<String> either = new java.util.ArrayList<>(List.of(e.getKey()));
            either.addAll(chinese(e.getKey()));   // the loader reads the Chinese name as the key
            ObjectNode branch = all.addObject();
            ObjectNode cond = branch.putObject("if");
            enumOf(cond.putObject("properties").putObject("lever"), either);
            cond.putArray("required").add("lever");
            ObjectNode then = object(e.getValue());
            enumOf((ObjectNode) then.get("properties").get("lever"), either);
            branch.set("then", then);
        }
        s.putArray("default");
        return s;
    }

    private static List<String> chinese(String lever) {
        return LeverCatalogue.CHINESE.entrySet().stream().filter(c -> c.getValue().equals(lever))
                .map(Map.Entry::getKey).sorted().toList();
    }

    private static void enumOf(ObjectNode s, List<String> values) {
        s.put("type", "string");
        ArrayNode a = s.putArray("enum");
        values.forEach(a::add);
    }

    private static void range(ObjectNode s, Range r) {
        bound(s, r.minExclusive() ? "exclusiveMinimum" : "minimum", r.min());
        bound(s, r.maxExclusive() ? "exclusiveMaximum" : "maximum", r.max());
    }

    private static void bound(ObjectNode s, String key, double v) {
        if (v == Math.rint(v) && Math.abs(v) <= 9007199254740991.0) {
            s.put(key, (long) v);
        } else {
            s.put(key, v);
        }
    }
}

package townward.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.Map;

/**
 * Parses YAML or JSON into a Jackson tree with Jackson's streaming parser, recording where every node and key
 * starts so that problems found later can point at a line and column.
 */
final class LocatedTree {

    private static final JsonFactory JSON = new JsonFactory();
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Errors errors;
    private final String file;
    private final String rootPath;
    private final boolean json;

    private LocatedTree(Errors errors, String file, String rootPath, boolean json) {
        this.errors = errors;
        this.file = file;
        this.rootPath = rootPath;
        this.json = json;
    }

    /** The document's root, or null after reporting why there is none. */
    static JsonNode parse(String text, String fileName, Errors errors) {
        boolean json = fileName.toLowerCase().endsWith(".json");
        JsonNode root = new LocatedTree(errors, errors.file(), "", json).read(text);
        if (root == null) {
            return null;
        }
        if (root.isMissingNode() || root.isNull()) {
            errors.at("", "the file is empty; expected a mapping of scenario keys (name, start_year, ...)");
            return null;
        }
        if (!root.isObject()) {
            errors.at("", "expected a mapping of scenario keys at the top level, found " + Describe.found(root));
            return null;
        }
        return root;
    }

    /** Parses a YAML scalar or flow value given on the command line; its nodes are located at "--set". */
    static JsonNode parseSetValue(String text, String path, Errors errors) {
        LocatedTree t = new LocatedTree(errors, "--set", path, false);
        JsonNode v = t.read(text);
        if (v == null) {
            return null;
        }
        return v.isMissingNode() ? NODES.textNode("") : v;
    }

    private JsonNode read(String text) {
        try (JsonParser p = (json ? JSON : YAML).createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return NODES.missingNode();
            }
            return value(p, rootPath);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            int line = l == null ? 0 : Math.max(0, l.getLineNr());
            int col = l == null ? 0 : Math.max(0, l.getColumnNr());
            errors.add(new Errors.Loc(file, line, col), rootPath,
                    "malformed " + (json ? "JSON" : "YAML") + ": " + Describe.parserMessage(e.getOriginalMessage()));
            return null;
        } catch (IOException | RuntimeException e) {
            // the YAML engine may throw unchecked exceptions on odd input; report, never crash
            errors.add(new Errors.Loc(file, 0, 0), rootPath,
                    "malformed " + (json ? "JSON" : "YAML") + ": " + Describe.parserMessage(e.getMessage()));
            return null;
        }
    }

    private void mark(Map<String, Errors.Loc> map, String path, JsonLocation l) {
        map.put(path, "--set".equals(file) ? new Errors.Loc(file, 0, 0)
                : new Errors.Loc(file, Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr())));
    }

    private JsonNode value(JsonParser p, String path) throws IOException {
        mark(errors.values, path, p.currentTokenLocation());
        switch (p.currentToken()) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    String childPath = Errors.child(path, key);
                    JsonLocation keyLoc = p.currentTokenLocation();
                    boolean duplicate = o.has(key);
                    if (!duplicate) {
                        mark(errors.keys, childPath, keyLoc);
                    }
                    p.nextToken();
                    Errors.Loc before = errors.values.get(childPath);
                    JsonNode v = value(p, childPath);
                    if (duplicate) {
                        errors.values.put(childPath, before);
                        errors.crossReference(new Errors.Loc(file, keyLoc.getLineNr(), keyLoc.getColumnNr()), childPath,
                                "duplicate key \"" + key + "\"; it is already given above");
                    } else {
                        o.set(key, v);
                    }
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(value(p, Errors.index(path, a.size())));
                }
                return a;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? NODES.numberNode(p.getBigIntegerValue()) : NODES.numberNode(p.getLongValue());
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                // embedded objects and other exotic tokens: keep the text so the reader reports a type error
                return NODES.textNode(String.valueOf(p.getText()));
        }
    }
}

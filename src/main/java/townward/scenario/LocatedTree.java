package townward.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
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
    /** The path of the node being read, so that a parser error names its field. */
    private String at;
    private int depth;
    private Errors.Loc last;

    /** A limit of {@link Limits} was passed: parsing stops at once. */
    private static final class Refused extends RuntimeException {
        final Errors.Loc loc;
        final String path;

        Refused(Errors.Loc loc, String path, String message) {
            super(message, null, false, false);
            this.loc = loc;
            this.path = path;
        }
    }

    private LocatedTree(Errors errors, String file, String rootPath, boolean json) {
        this.errors = errors;
        this.file = file;
        this.rootPath = rootPath;
        this.json = json;
        this.at = rootPath;
        this.last = new Errors.Loc(file, 0, 0);
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
            JsonNode root = value(p, rootPath);
            JsonLocation end = p.currentTokenLocation();
            at = rootPath;
            if (p.nextToken() != null) {
                JsonLocation l = p.currentTokenLocation();
                int line = json ? l.getLineNr() : separator(text, end.getLineNr(), l.getLineNr());
                errors.add(new Errors.Loc(file, Math.max(0, line), Math.max(0, l.getColumnNr())), rootPath,
                        "a second " + (json ? "JSON value" : "YAML document") + " starts here; a scenario file "
                                + "holds exactly one (split it into files)");
                return null;
            }
            return root;
        } catch (Refused r) {
            errors.add(r.loc, r.path, r.getMessage());
            return null;
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation() != null || !(e.getProcessor() instanceof JsonParser jp)
                    ? e.getLocation() : jp.currentLocation();
            // the parser's own limits come without a place: the last node read is the nearest one known
            Errors.Loc where = l == null || l.getLineNr() <= 0 ? last
                    : new Errors.Loc(file, l.getLineNr(), Math.max(0, l.getColumnNr()));
            errors.add(where, where(e),
                    "malformed " + (json ? "JSON" : "YAML") + ": " + Describe.parserMessage(e.getOriginalMessage()));
            return null;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // the YAML engine may throw unchecked exceptions on odd input; report, never crash
            errors.add(new Errors.Loc(file, 0, 0), at,
                    "malformed " + (json ? "JSON" : "YAML") + ": " + Describe.parserMessage(e.getMessage()));
            return null;
        }
    }

    /** The line of the "---" that starts the next YAML document, else {@code next}, the line of its first value. */
    private static int separator(String text, int from, int next) {
        String[] lines = text.split("\n", Math.max(2, next + 1));
        for (int i = Math.max(0, from - 1); i < Math.min(next, lines.length); i++) {
            if (lines[i].startsWith("---") || lines[i].startsWith("...")) {
                return i + 1;
            }
        }
        return next;
    }

    /** The field the parser was in when it failed (JSON reads a value with its key), else the last one read. */
    private String where(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser p) || p.getParsingContext() == null) {
            return at;
        }
        StringBuilder rel = new StringBuilder();
        for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                rel.insert(0, "." + c.getCurrentName());
            } else if (c.inArray()) {
                rel.insert(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        String r = rel.length() > 0 && rel.charAt(0) == '.' ? rel.substring(1) : rel.toString();
        return r.isEmpty() ? at : r.startsWith("[") || rootPath.isEmpty() ? rootPath + r : rootPath + "." + r;
    }

    private Errors.Loc loc(JsonLocation l) {
        return "--set".equals(file) ? new Errors.Loc(file, 0, 0)
                : new Errors.Loc(file, Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()));
    }

    private void nest(JsonParser p, String path) {
        if (++depth > Limits.DEPTH) {
            throw new Refused(loc(p.currentTokenLocation()), path, "mappings and lists nested more than "
                    + Limits.DEPTH + " deep; the format needs at most 6");
        }
    }

    private void mark(Map<String, Errors.Loc> map, String path, JsonLocation l) {
        last = loc(l);
        map.put(path, last);
    }

    private JsonNode value(JsonParser p, String path) throws IOException {
        mark(errors.values, path, p.currentTokenLocation());
        at = path;
        switch (p.currentToken()) {
            case START_OBJECT: {
                nest(p, path);
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    if (key.length() > Limits.KEY) {
                        throw new Refused(loc(p.currentTokenLocation()), path, "a key of "
                                + Limits.count(key.length()) + " characters (\"" + Limits.shown(key) + "\"); keys "
                                + "have at most " + Limits.KEY);
                    }
                    String childPath = Errors.child(path, key);
                    JsonLocation keyLoc = p.currentTokenLocation();
                    boolean duplicate = o.has(key);
                    if (!duplicate) {
                        mark(errors.keys, childPath, keyLoc);
                    }
                    at = childPath;
                    p.nextToken();
                    Errors.Loc before = errors.values.get(childPath);
                    JsonNode v = value(p, childPath);
                    at = path;
                    if (duplicate) {
                        errors.values.put(childPath, before);
                        errors.crossReference(new Errors.Loc(file, keyLoc.getLineNr(), keyLoc.getColumnNr()), childPath,
                                "duplicate key \"" + key + "\"; it is already given above");
                    } else {
                        o.set(key, v);
                    }
                }
                depth--;
                return o;
            }
            case START_ARRAY: {
                nest(p, path);
                ArrayNode a = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (a.size() == Limits.ITEMS) {
                        throw new Refused(loc(p.currentTokenLocation()), path, "a list of more than "
                                + Limits.count(Limits.ITEMS) + " entries; no list of the format needs so many");
                    }
                    a.add(value(p, Errors.index(path, a.size())));
                    at = path;
                }
                depth--;
                return a;
            }
            case VALUE_STRING:
                if (p.getTextLength() > Limits.TEXT) {
                    throw new Refused(loc(p.currentTokenLocation()), path, "a text of "
                            + Limits.count(p.getTextLength()) + " characters (\"" + Limits.shown(p.getText())
                            + "\"); texts have at most " + Limits.count(Limits.TEXT));
                }
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

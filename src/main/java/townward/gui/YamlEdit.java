package townward.gui;

import java.io.StringReader;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Edits of a YAML (or JSON) document's text at a path that leave every other character as it was: comments, key
 * order, quoting, flow or block style. The text is composed with SnakeYAML, the parser under Jackson's YAML (so it
 * reads the file as the loader does), for where each node starts and ends. A path is a list of keys (String) and
 * list indexes (Integer).
 */
final class YamlEdit {

    /** Why an edit cannot be made in the text. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** The start of a block list's item line: indentation, the dash, a space. */
    private static final Pattern ITEM_LINE = Pattern.compile("[ ]*-[ ]+");
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String text;
    private final boolean json;
    private final Node root;
    /** Char index of each code point index (SnakeYAML's marks count code points). */
    private final int[] chars;

    private YamlEdit(String text, boolean json) throws Refused {
        this.text = text.endsWith("\n") ? text : text + "\n";
        this.json = json;
        try {
            this.root = new Yaml(new LoaderOptions()).compose(new StringReader(this.text));
        } catch (RuntimeException e) {
            throw new Refused("the file is not read as one YAML document here (" + e.getMessage() + ")");
        }
        int n = this.text.codePointCount(0, this.text.length());
        chars = new int[n + 1];
        for (int cp = 0, c = 0; cp <= n; cp++) {
            chars[cp] = c;
            c = c < this.text.length() ? this.text.offsetByCodePoints(c, 1) : c;
        }
    }

    /**
     * Sets the value at {@code path} to {@code value} (YAML or JSON text): in place when the file gives it, else
     * added to the mapping that should hold it (with the mappings above it that are missing), right after the last
     * of the keys before the missing one that the mapping has, else at its end.
     *
     * @param before for each key of the path, the keys that precede it in the format's order
     */
    static String set(String text, boolean json, List<Object> path, String value, List<List<String>> before)
            throws Refused {
        return new YamlEdit(text, json).set(path, value, before);
    }

    /** Inserts a copy of item {@code index} of the block list at {@code list} right after it. */
    static String copyItem(String text, List<Object> list, int index) throws Refused {
        return new YamlEdit(text, false).copyItem(list, index);
    }

    /** {@code policies[3].share}, as {@code --set} writes a path. */
    static String show(List<Object> path) {
        StringBuilder b = new StringBuilder();
        for (Object seg : path) {
            b.append(seg instanceof Integer i ? "[" + i + "]" : (b.length() > 0 ? "." : "") + seg);
        }
        return b.toString();
    }

    private String set(List<Object> path, String value, List<List<String>> before) throws Refused {
        Node node = root;
        for (int k = 0; k < path.size(); k++) {
            Node child = child(node, path.subList(0, k + 1));
            if (child == null) {
                return insert((MappingNode) node, path.subList(0, k), path.subList(k, path.size()), value,
                        k < before.size() ? before.get(k) : List.of());
            }
            node = child;
        }
        if (node instanceof CollectionNode<?> c && !flow(c)) {
            throw new Refused(show(path) + " is " + kind(node) + " written in block style (line "
                    + (node.getStartMark().getLine() + 1) + "); only a single value or a [...]/{...} can be replaced");
        }
        int start = at(node.getStartMark());
        int end = at(node.getEndMark());
        while (end > start && text.charAt(end - 1) == '\n') {
            end--;   // a block text (description: |) ends at the next line: its line breaks stay
        }
        String replaced = (start == end ? " " : "") + value;   // an empty value (to:) gets a space after its colon
        return text.substring(0, start) + replaced + aligned(end, replaced.length() - (end - start));
    }

    /** The text from {@code end} on, a comment after the value kept in its column where the spaces allow. */
    private String aligned(int end, int longer) {
        int spaces = 0;
        while (end + spaces < text.length() && text.charAt(end + spaces) == ' ') {
            spaces++;
        }
        if (spaces == 0 || end + spaces >= text.length() || text.charAt(end + spaces) != '#') {
            return text.substring(end);
        }
        return " ".repeat(Math.max(1, spaces - longer)) + text.substring(end + spaces);
    }

    /** The node at the last segment of {@code path} under {@code node}; null when a mapping lacks the key. */
    private Node child(Node node, List<Object> path) throws Refused {
        Object seg = path.get(path.size() - 1);
        if (node instanceof MappingNode m && seg instanceof String key) {
            Node found = null;
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    found = t.getValueNode();
                }
            }
            return found;
        }
        if (node instanceof SequenceNode s && seg instanceof Integer i && i < s.getValue().size()) {
            return s.getValue().get(i);
        }
        throw new Refused(show(path) + ": the file has " + kind(node) + " there (line "
                + (node.getStartMark().getLine() + 1) + ")");
    }

    /** Adds {@code rest} (keys only) with {@code value} to the mapping at {@code at}, after a key of {@code before}. */
    private String insert(MappingNode m, List<Object> at, List<Object> rest, String value, List<String> before)
            throws Refused {
        if (rest.stream().anyMatch(seg -> !(seg instanceof String))) {
            throw new Refused(show(at) + " has no " + show(rest) + " and a list element cannot be added");
        }
        if (flow(m) || m.getValue().isEmpty()) {
            int close = at(m.getEndMark()) - 1;   // the '}'
            if (close < 0 || text.charAt(close) != '}') {
                throw new Refused(show(at) + " is not a mapping {...} the edit can add to");
            }
            String entry = flowEntry(rest, value);
            return text.substring(0, close) + (m.getValue().isEmpty() ? entry : ", " + entry) + text.substring(close);
        }
        int indent = m.getValue().get(0).getKeyNode().getStartMark().getColumn();
        StringBuilder lines = new StringBuilder();
        for (int k = 0; k < rest.size(); k++) {
            lines.append(" ".repeat(indent + 2 * k)).append(key((String) rest.get(k))).append(':')
                    .append(k == rest.size() - 1 ? " " + value : "").append('\n');
        }
        Node last = m;
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && before.contains(k.getValue())) {
                last = t.getValueNode();
            }
        }
        int after = lineEnd(lastEnd(last));
        return text.substring(0, after) + lines + text.substring(after);
    }

    private String copyItem(List<Object> list, int index) throws Refused {
        Node node = root;
        for (int k = 0; k < list.size(); k++) {
            node = child(node, list.subList(0, k + 1));
            if (node == null) {
                throw new Refused("the file has no " + show(list.subList(0, k + 1)));
            }
        }
        if (!(node instanceof SequenceNode s) || flow(s) || index >= s.getValue().size()) {
            throw new Refused(show(list) + " is not written as a block list (one \"- \" line per item), so "
                    + show(list) + "[" + index + "] cannot be copied line by line");
        }
        int start = at(s.getValue().get(index).getStartMark());
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        if (!ITEM_LINE.matcher(text.substring(lineStart, start)).matches()) {
            throw new Refused(show(list) + "[" + index + "] does not begin its own \"- \" line");
        }
        int end = lineEnd(lastEnd(s.getValue().get(index)));
        return text.substring(0, end) + text.substring(lineStart, end) + text.substring(end);
    }

    /** Where the last value of a node ends (a block collection's own end mark lies at the next token). */
    private int lastEnd(Node node) {
        if (node instanceof MappingNode m && !flow(m) && !m.getValue().isEmpty()) {
            return lastEnd(m.getValue().get(m.getValue().size() - 1).getValueNode());
        }
        if (node instanceof SequenceNode s && !flow(s) && !s.getValue().isEmpty()) {
            return lastEnd(s.getValue().get(s.getValue().size() - 1));
        }
        return at(node.getEndMark());
    }

    /** The start of the line after {@code pos}, so a comment after the value stays on its line. */
    private int lineEnd(int pos) {
        return pos > 0 && text.charAt(pos - 1) == '\n' ? pos : text.indexOf('\n', pos) + 1;
    }

    private String flowEntry(List<Object> rest, String value) {
        String v = value;
        for (int k = rest.size() - 1; k > 0; k--) {
            v = "{" + key((String) rest.get(k)) + ": " + v + "}";
        }
        return key((String) rest.get(0)) + ": " + v;
    }

    private String key(String k) {
        return !json && PLAIN_KEY.matcher(k).matches() ? k : ScenarioText.quoted(k);
    }

    private int at(Mark mark) {
        return chars[Math.min(mark.getIndex(), chars.length - 1)];
    }

    private static boolean flow(CollectionNode<?> node) {
        return node.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
    }

    private static String kind(Node node) {
        return node instanceof MappingNode ? "a mapping" : node instanceof SequenceNode ? "a list" : "a single value";
    }
}

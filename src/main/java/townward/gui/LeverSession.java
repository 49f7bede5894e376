package townward.gui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import townward.scenario.Lever;
import townward.scenario.Scenario;
import townward.scenario.ScenarioException;
import townward.scenario.ScenarioLoader;
import townward.scenario.Scope;

/**
 * The scenario of a GUI session and the lever changes a planner makes in it. The session scenario is always a
 * scenario file's text (the resolved YAML), and every change goes through {@link ScenarioLoader} exactly as a
 * {@code --set} does, so it is checked like the file and can be written out and run with {@code townward run}.
 * A change is made from a year Y:
 *
 * <ul>
 *   <li>parts of the lever that begin in Y or later get {@code --set policies[j].KEY=VALUE};</li>
 *   <li>the part in force in Y, if it began earlier, is ended at Y - 1 and continued by a copy right after it,
 *       from Y, with the new value (the copy keeps the lever's place in the list, so where two levers of a kind
 *       overlap, the same one still sets the parameters). The model takes the new levers when Y begins, as a run
 *       of the split scenario does.</li>
 * </ul>
 *
 * A change from the start year (or before) holds for the whole run: it is a {@code --set} on every part. Levers
 * are numbered as in the scenario file; a lever split by changes has several parts, one in force in each year.
 */
public final class LeverSession {

    /**
     * One change, in force from {@code year}.
     *
     * @param lever  the lever's index in the scenario file
     * @param split  true when a part of the lever was ended and continued (a change from a year inside it)
     */
    public record Change(int year, int lever, String leverKey, String key, String before, String after,
                         boolean split) {
        @Override
        public String toString() {
            return "from " + year + ": policies[" + lever + "] " + leverKey + "." + key + " " + before + " -> " + after
                    + (split ? " (lever split at " + year + ")" : "");
        }
    }

    private static final YAMLMapper YAML = new YAMLMapper();

    private final String source;
    private final int count;
    /** For each lever of the session scenario, the index of the scenario file's lever it is a part of. */
    private final List<Integer> origin = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    private Scenario scenario;
    private String text;

    /**
     * @param scenario the scenario as loaded (with any {@code --set} of the command line)
     * @param source   the scenario file it was loaded from, whose text {@link #yaml} edits
     */
    public LeverSession(Scenario scenario, String source) {
        this.source = source;
        this.count = scenario.policies().size();
        for (int i = 0; i < count; i++) {
            origin.add(i);
        }
        this.text = ScenarioLoader.toResolvedYaml(scenario);
        try {
            this.scenario = ScenarioLoader.parse(text, textName(), List.of());
        } catch (ScenarioException e) {
            throw new IllegalStateException("the resolved scenario does not load: " + e.errors(), e);
        }
    }

    /** The session scenario: the one a run started now uses, and the one levers are changed in. */
    public Scenario scenario() {
        return scenario;
    }

    /** The scenario file the session was loaded from. */
    public String source() {
        return source;
    }

    /** Number of levers in the scenario file. */
    public int levers() {
        return count;
    }

    /**
     * The part of lever {@code i} of the scenario file that is in force in {@code year}; when none is, the first
     * to begin after it, else the last.
     */
    public Lever lever(int i, int year) {
        List<Integer> parts = parts(i);
        for (int j : parts) {
            Scope s = part(j).scope();
            if (s.to() >= year) {
                return part(j);
            }
        }
        return part(parts.get(parts.size() - 1));
    }

    public List<Change> changes() {
        return List.copyOf(changes);
    }

    /**
     * Runs use {@code seed} (the Console's seed field, 32 bits). The scenario's own seed is kept when its lower
     * 32 bits are {@code seed}, as the Console shows only those; otherwise the session is {@code --set seed=N}.
     */
    public void useSeed(long seed) throws ScenarioException {
        if ((int) scenario.seed() != (int) seed) {
            set(text, List.of("seed=" + seed));
        }
    }

    /**
     * Changes a value of lever {@code i} from year {@code from} on.
     *
     * @param from the first simulated year the change is to act in; the start year or earlier: the whole run
     * @return the change made, or null when the value is already that from {@code from} on
     * @throws ScenarioException        when the loader rejects the value (the session is unchanged)
     * @throws IllegalArgumentException when the lever has ended before {@code from} or the key is not changeable
     */
    public Change change(int i, String key, String value, int from) throws ScenarioException {
        boolean wholeRun = from <= scenario.startYear();
        Lever shown = lever(i, from);
        LeverFields.Field field = LeverFields.of(shown).stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(shown.key() + " has no changeable key " + key));
        if (!wholeRun && shown.scope().to() < from) {
            throw new IllegalArgumentException("policies[" + i + "] " + shown.key() + " ended in "
                    + shown.scope().to() + "; a change from " + from + " would not act");
        }
        List<Integer> reset = new ArrayList<>();
        int split = -1;
        for (int j : parts(i)) {
            Scope s = part(j).scope();
            if (field.currentText(part(j)).equals(value) || s.to() < from && !wholeRun) {
                continue;
            }
            if (wholeRun || s.from() >= from) {
                reset.add(j);
            } else {
                split = j;
            }
        }
        if (split < 0 && reset.isEmpty()) {
            return null;
        }
        int first = split >= 0 ? split : reset.get(0);
        int year = wholeRun ? part(first).scope().from() : Math.max(from, part(first).scope().from());
        String before = field.currentText(shown);
        List<String> sets = new ArrayList<>();
        String yaml = text;
        if (split >= 0) {
            yaml = split(split, from);
            sets.add("policies[" + (split + 1) + "]." + key + "=" + value);
        }
        for (int j : reset) {
            sets.add("policies[" + (split >= 0 && j > split ? j + 1 : j) + "]." + key + "=" + value);
        }
        set(yaml, sets);
        if (split >= 0) {
            origin.add(split + 1, i);
        }
        Change change = new Change(year, i, shown.key(), key, before, field.currentText(lever(i, year)), split >= 0);
        changes.add(change);
        return change;
    }

    /** The session text's name for the loader: YAML, whatever the scenario file was (JSON, say). */
    private String textName() {
        return source + " (GUI session)";
    }

    private Lever part(int j) {
        return scenario.policies().get(j);
    }

    /** The session levers that are parts of lever {@code i} of the file, in order of their years. */
    private List<Integer> parts(int i) {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < origin.size(); j++) {
            if (origin.get(j) == i) {
                out.add(j);
            }
        }
        return out;
    }

    /**
     * The session text with part {@code j} ended at {@code from - 1} and a copy inserted after it from
     * {@code from} (its id, ids being unique, followed by the year).
     */
    private String split(int j, int from) {
        ObjectNode root;
        try {
            root = (ObjectNode) YAML.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("session scenario is not YAML", e);
        }
        ArrayNode policies = (ArrayNode) root.get("policies");
        ObjectNode part = (ObjectNode) policies.get(j);
        ObjectNode rest = part.deepCopy();
        part.put("to", from - 1);
        rest.put("from", from);
        if (rest.hasNonNull("id")) {
            rest.put("id", rest.get("id").asText() + "-" + from);
        }
        policies.insert(j + 1, rest);
        try {
            return YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads {@code yaml} with {@code sets} as the session scenario; unchanged when the loader refuses. */
    private void set(String yaml, List<String> sets) throws ScenarioException {
        Scenario s = ScenarioLoader.parse(yaml, textName(), sets);
        scenario = s;
        text = ScenarioLoader.toResolvedYaml(s);
    }

    /**
     * A scenario file written from the session.
     *
     * @param notKept why the scenario file's own text could not be kept (the text is then the resolved scenario),
     *                or null
     */
    public record Written(String text, String notKept) {
    }

    /**
     * The session scenario as a scenario file to be written to {@code file}: {@code townward run} on it reproduces
     * the session's run (same seed, same levers in the same years). It is the scenario file's own text, comments
     * and all, with the values the session changed edited in (see {@link ScenarioText}); when that cannot be done,
     * the resolved scenario. A header lists the changes.
     */
    public Written yaml(Path file) {
        boolean json = file.toString().toLowerCase(Locale.ROOT).endsWith(".json");   // JSON has no comments
        String reason;
        try {
            String original = Files.readString(Path.of(source), StandardCharsets.UTF_8);
            ScenarioText.Edited edited = ScenarioText.edit(original, file.toString(), scenario, origin);
            String head = json ? "" : header(source + " as the session ran it", edited.edits());
            return new Written(head + edited.text(), null);
        } catch (IOException | InvalidPathException e) {
            reason = "cannot read " + source + " (" + e.getMessage() + ")";
        } catch (YamlEdit.Refused e) {
            reason = e.getMessage();
        }
        return new Written(json ? resolvedJson() : header("the resolved scenario of " + source + " (every default"
                + " filled in; its own text could not be kept: " + reason + ")", List.of()) + text, reason);
    }

    private String resolvedJson() {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(YAML.readTree(text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("session scenario is not YAML", e);
        }
    }

    private String header(String what, List<String> edits) {
        StringBuilder b = new StringBuilder("# Written by townward gui: ").append(what).append(".\n");
        if (changes.isEmpty()) {
            b.append("# No lever was changed.\n");
        } else {
            b.append("# Lever changes made in the GUI:\n");
            for (Change c : changes) {
                b.append("#   ").append(c).append('\n');
            }
        }
        List<String> others = edits.stream().filter(e -> !e.startsWith("policies[")).toList();
        if (!others.isEmpty()) {
            b.append("# Other values edited (command-line overrides, the Console's seed):\n");
            others.forEach(e -> b.append("#   ").append(e).append('\n'));
        }
        return b.append("# Reproduce the run with: townward run THIS_FILE\n").toString();
    }
}

package townward.gui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;
import townward.scenario.Lever;
import townward.scenario.Scenario;
import townward.scenario.ScenarioException;
import townward.scenario.ScenarioLoader;

/**
 * The scenario of a GUI session and the lever changes a planner makes in it. The session scenario is always a
 * scenario file's text (the resolved YAML), and every change goes through {@link ScenarioLoader} exactly as a
 * {@code --set} does, so it is checked like the file and can be written out and run with {@code townward run}:
 *
 * <ul>
 *   <li>a change made before the run, or to a lever whose years have not begun, is {@code --set
 *       policies[i].KEY=VALUE} on the session scenario;</li>
 *   <li>a change made during the run, to a lever already in force, from year Y on, ends that lever at Y - 1 and
 *       adds a copy of it right after it, from Y, with the new value (the copy keeps the lever's place in the
 *       list, so where two levers of a kind overlap, the same one still sets the parameters).</li>
 * </ul>
 *
 * Levers are numbered as in the scenario file; a lever split by changes is shown by its latest part.
 */
public final class LeverSession {

    /**
     * One change, in force from {@code year} (the lever's first year when it had not begun).
     *
     * @param lever  the lever's index in the scenario file
     * @param split  true when the lever was ended and continued (a change during the run)
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
    /** Scenario file's lever index to the session index of its latest part. */
    private final int[] latest;
    private final List<Change> changes = new ArrayList<>();
    private Scenario scenario;
    private String text;

    /**
     * @param scenario the scenario as loaded (with any {@code --set} of the command line)
     * @param source   where it came from, for messages and the written file's header
     */
    public LeverSession(Scenario scenario, String source) {
        this.source = source;
        this.count = scenario.policies().size();
        this.latest = new int[count];
        for (int i = 0; i < count; i++) {
            latest[i] = i;
        }
        this.text = ScenarioLoader.toResolvedYaml(scenario);
        try {
            this.scenario = ScenarioLoader.parse(text, source, List.of());
        } catch (ScenarioException e) {
            throw new IllegalStateException("the resolved scenario does not load: " + e.errors(), e);
        }
    }

    /** The session scenario: the one a run started now uses, and the one levers are changed in. */
    public Scenario scenario() {
        return scenario;
    }

    /** Number of levers in the scenario file. */
    public int levers() {
        return count;
    }

    /** Lever {@code i} of the scenario file as now in force or planned (its latest part). */
    public Lever lever(int i) {
        return scenario.policies().get(latest[i]);
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
            set(List.of("seed=" + seed));
        }
    }

    /**
     * Changes a value of lever {@code i}.
     *
     * @param from the first simulated year the change is to act in, or {@code null} when no run is under way
     *             (the change then holds for the whole next run)
     * @return the change made, or null when the value is unchanged
     * @throws ScenarioException        when the loader rejects the value (the session is unchanged)
     * @throws IllegalArgumentException when the lever has ended before {@code from} or the key is not changeable
     */
    public Change change(int i, String key, String value, Integer from) throws ScenarioException {
        int j = latest[i];
        Lever part = scenario.policies().get(j);
        LeverFields.Field field = LeverFields.of(part).stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(part.key() + " has no changeable key " + key));
        String before = field.currentText(part);
        if (before.equals(value)) {
            return null;
        }
        String set = "=" + value;
        Change change;
        if (from == null || part.scope().from() >= from) {
            set(List.of("policies[" + j + "]." + key + set));
            change = new Change(from == null ? part.scope().from() : Math.max(from, part.scope().from()), i,
                    part.key(), key, before, field.currentText(lever(i)), false);
        } else if (part.scope().to() < from) {
            throw new IllegalArgumentException("policies[" + i + "] " + part.key() + " ended in " + part.scope().to()
                    + "; a change from " + from + " would not act");
        } else {
            split(j, from, key + set);
            for (int k = 0; k < count; k++) {
                if (latest[k] > j) {
                    latest[k]++;
                }
            }
            latest[i] = j + 1;
            change = new Change(from, i, part.key(), key, before, field.currentText(lever(i)), true);
        }
        changes.add(change);
        return change;
    }

    /** Ends part {@code j} at {@code from - 1} and inserts a copy from {@code from} with {@code keyValue}. */
    private void split(int j, int from, String keyValue) throws ScenarioException {
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
        policies.insert(j + 1, rest);
        String splitText;
        try {
            splitText = YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Scenario s = parse(splitText, List.of("policies[" + (j + 1) + "]." + keyValue));
        scenario = s;
        text = ScenarioLoader.toResolvedYaml(s);
    }

    private void set(List<String> sets) throws ScenarioException {
        Scenario s = parse(text, sets);
        scenario = s;
        text = ScenarioLoader.toResolvedYaml(s);
    }

    private Scenario parse(String yaml, List<String> sets) throws ScenarioException {
        return ScenarioLoader.parse(yaml, source, sets);
    }

    /**
     * The session scenario as a scenario file: {@code townward run} on it reproduces the session's run (same seed,
     * same levers in the same years). A header lists the changes.
     */
    public String yaml() {
        StringBuilder b = new StringBuilder();
        b.append("# Written by townward gui from ").append(source).append(".\n");
        if (changes.isEmpty()) {
            b.append("# No lever was changed.\n");
        } else {
            b.append("# Lever changes made in the GUI:\n");
            for (Change c : changes) {
                b.append("#   ").append(c).append('\n');
            }
        }
        b.append("# Reproduce the run with: townward run THIS_FILE\n");
        return b + text;
    }
}

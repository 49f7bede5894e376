package townward.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads a scenario file (YAML, or JSON when the name ends in .json), applies {@code --set} overrides, fills in
 * every default of docs/scenario-format.md and checks everything, reporting all problems at once.
 */
public final class ScenarioLoader {

    private ScenarioLoader() {
    }

    public static Scenario load(Path file, List<String> sets) throws ScenarioException {
        return load(file, sets, true);
    }

    /**
     * As {@link #load}, but ignores {@code behaviour_file}: the coefficients the scenario and the sets leave unset
     * keep the format defaults. Calibration fits from the defaults, not from the file it is about to replace.
     */
    public static Scenario loadWithoutBehaviourFile(Path file, List<String> sets) throws ScenarioException {
        return load(file, sets, false);
    }

    private static Scenario load(Path file, List<String> sets, boolean behaviourFile) throws ScenarioException {
        String name = file.toString();
        String text = InputFile.read(file, name);
        Errors e = check(text, name, sets, behaviourFile);
        if (!e.isEmpty()) {
            throw new ScenarioException(e.list());
        }
        return e.scenario;
    }

    /** Parses scenario text; JSON if the file name ends in .json, else YAML. */
    public static Scenario parse(String text, String fileName, List<String> sets) throws ScenarioException {
        Errors e = check(text, fileName, sets);
        if (!e.isEmpty()) {
            throw new ScenarioException(e.list());
        }
        return e.scenario;
    }

    /**
     * A scenario file as a job stores it: the text as given, except that a {@code behaviour_file} names
     * {@code behaviourCopy}, a copy of the file's text stored beside it (looked up from the copy's folder first).
     * Loading the stored pair with any {@code --set} gives what loading the original gives, from any folder and
     * whatever happens to the original behaviour file later. Defaults are not filled in: a default derived from a
     * field that a sweep varies must be derived again at each point.
     *
     * @param scenario   text of the scenario copy
     * @param behaviour  text of the behaviour file copy, or null when the scenario has none
     */
    public record Stored(String scenario, String behaviour) {
    }

    public static Stored stored(Path file, String behaviourCopy) throws ScenarioException {
        String name = file.toString();
        String text = InputFile.read(file, name);
        Errors e = new Errors(name);
        JsonNode root = LocatedTree.parse(text.startsWith("\uFEFF") ? text.substring(1) : text, name, e);
        JsonNode ref = root == null ? null : root.get(BehaviourFile.KEY);
        Path behaviour = ref != null && ref.isTextual() ? BehaviourFile.locate(ref.asText(), name) : null;
        if (!e.isEmpty() || behaviour == null) {
            return new Stored(text, null);   // as given: it loads (or fails) the same from anywhere
        }
        String behaviourText = InputFile.read(behaviour, behaviour.toString());
        ((ObjectNode) root).put(BehaviourFile.KEY, behaviourCopy);
        return new Stored(StoredText.write(root, name), behaviourText);
    }

    /**
     * Whether the file, with the sets applied, names a {@code behaviour_file} (the calibrated coefficients); false
     * when it does not parse (loading it reports why).
     */
    public static boolean namesBehaviourFile(Path file, List<String> sets) throws ScenarioException {
        String name = file.toString();
        String text = InputFile.read(file, name);
        Errors e = new Errors(name);
        JsonNode root = LocatedTree.parse(text.startsWith("\uFEFF") ? text.substring(1) : text, name, e);
        if (root == null) {
            return false;
        }
        Overrides.apply((ObjectNode) root, sets, e);
        return root.hasNonNull(BehaviourFile.KEY);
    }

    /** The scenario with every default filled in, as YAML that loads to an equal scenario. */
    public static String toResolvedYaml(Scenario s) {
        return ResolvedYaml.write(s);
    }

    /** Parses, overrides and binds; the result carries the scenario or the problems (for tests: their kind). */
    static Errors check(String text, String fileName, List<String> sets) {
        return check(text, fileName, sets, true);
    }

    private static Errors check(String text, String fileName, List<String> sets, boolean behaviourFile) {
        Errors e = new Errors(fileName);
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;  // editors may add a byte-order mark
        JsonNode root = LocatedTree.parse(body, fileName, e);
        if (root == null) {
            return e;
        }
        LeverCatalogue.useKeys(root);   // before the overrides, whose paths into a lever need its key
        Overrides.apply((ObjectNode) root, sets, e);
        LeverCatalogue.useKeys(root);
        if (behaviourFile) {
            BehaviourFile.merge((ObjectNode) root, fileName, e);
        } else {
            ((ObjectNode) root).remove(BehaviourFile.KEY);
        }
        e.scenario = ScenarioBinder.bind(root, e);
        return e;
    }
}

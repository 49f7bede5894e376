package townward.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * {@code behaviour_file}: the behaviour coefficients come from one shared file (the calibrated set,
 * {@code calibration/behaviour.yaml}), so every scenario refers to it instead of copying numbers. The file's
 * {@code behaviour} mapping fills the keys the scenario's own {@code behaviour} section (and {@code --set}) leave
 * unset; its other top-level key, {@code fit}, describes the fit and is not read. Problems in the file are
 * reported at its own lines.
 */
final class BehaviourFile {

    static final String KEY = "behaviour_file";

    private BehaviourFile() {
    }

    /** Merges the referenced file into {@code root.behaviour}; {@code scenarioFile} locates relative paths. */
    static void merge(ObjectNode root, String scenarioFile, Errors e) {
        JsonNode ref = root.get(KEY);
        if (ref == null) {
            return;
        }
        if (!ref.isTextual() || ref.asText().isBlank()) {
            e.at(KEY, "expected the path of a behaviour file (relative to the scenario file), found "
                    + Describe.found(ref));
            return;
        }
        Path file = locate(ref.asText(), scenarioFile);
        if (file == null) {
            e.at(KEY, "no behaviour file " + Limits.shown(ref.asText()) + " in the scenario's folder, any folder "
                    + "above it, or the working directory");
            return;
        }
        String name = file.toString();
        String text;
        try {
            text = InputFile.read(file, name);
        } catch (ScenarioException ex) {
            ex.errors().forEach(err -> e.add(new Errors.Loc(err.file(), err.line(), err.column()), KEY,
                    "behaviour file " + err.message()));
            return;
        }
        Errors own = new Errors(name);
        JsonNode doc = LocatedTree.parse(text, name, own);
        if (doc == null || !doc.path("behaviour").isObject()) {
            // not a behaviour file: say where, never what it holds (it may be any readable file)
            ValidationError first = own.list().isEmpty() ? null : own.list().get(0);
            Errors.Loc at = first == null ? new Errors.Loc(name, 1, 1)
                    : new Errors.Loc(name, first.line(), first.column());
            e.add(at, KEY, "not a behaviour file: expected YAML or JSON with a mapping \"behaviour:\" of "
                    + "coefficients (as calibration/behaviour.yaml)");
            return;
        }
        own.list().forEach(err -> e.add(new Errors.Loc(err.file(), err.line(), err.column()), err.path(),
                err.message()));
        for (Iterator<String> it = doc.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!key.equals("behaviour") && !key.equals("fit")) {
                Errors.Loc at = own.keys.getOrDefault(key, new Errors.Loc(name, 1, 1));
                e.add(at, key, "unknown key \"" + key + "\" in behaviour file (expected behaviour, fit)");
            }
        }
        JsonNode mine = root.get("behaviour");
        ObjectNode target = mine instanceof ObjectNode o ? o : mine == null ? root.putObject("behaviour") : null;
        if (target == null) {
            return;   // the scenario's own behaviour is not a mapping: the binder reports it
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("behaviour").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!target.has(f.getKey())) {
                target.set(f.getKey(), f.getValue());
                String path = "behaviour." + f.getKey();
                copy(own.values, e.values, path);
                copy(own.keys, e.keys, path);
            }
        }
    }

    /**
     * A relative path is looked up from the scenario file's folder, then from each folder above it, then from the
     * working directory, so a scenario copied anywhere inside the project (or run from its root) still finds
     * {@code calibration/behaviour.yaml}.
     */
    static Path locate(String ref, String scenarioFile) {
        Path given;
        try {
            given = Path.of(ref);
        } catch (java.nio.file.InvalidPathException e) {
            return null;   // no file can have that name (a NUL character, say)
        }
        if (given.isAbsolute()) {
            return Files.isRegularFile(given) ? given : null;
        }
        for (Path dir = Path.of(scenarioFile).toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve(given).normalize();
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        Path cwd = given.toAbsolutePath().normalize();
        return Files.isRegularFile(cwd) ? cwd : null;
    }

    private static void copy(Map<String, Errors.Loc> from, Map<String, Errors.Loc> to, String path) {
        Errors.Loc loc = from.get(path);
        if (loc != null) {
            to.put(path, loc);
        }
    }
}

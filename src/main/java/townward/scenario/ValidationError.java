package townward.scenario;

/**
 * One problem found in a scenario.
 *
 * @param file     the scenario file as the user named it (or "--set" for a command-line override)
 * @param line     1-based line, or 0 when unknown
 * @param column   1-based column, or 0 when unknown
 * @param path     field path such as {@code places[3].housing.units}; empty for the whole document
 * @param message  what was expected and what was found
 */
public record ValidationError(String file, int line, int column, String path, String message) {

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line + ":" + column : file;
        return where + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}

package townward.scenario;

import com.fasterxml.jackson.databind.JsonNode;

/** Plain-words descriptions of found values and parser messages, free of Java class names. */
final class Describe {

    private Describe() {
    }

    static String found(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isNull()) {
            return "nothing (null)";
        }
        if (n.isTextual()) {
            return "\"" + Limits.shown(n.asText()) + "\"";
        }
        if (n.isObject()) {
            return "a mapping";
        }
        if (n.isArray()) {
            return "a list";
        }
        if (n.isNumber()) {
            return n.isIntegralNumber() ? n.asText() : Spec.fmt(n.doubleValue());
        }
        return n.asText();
    }

    /** The parser's message without source excerpts, Java names or "at [Source...]" tails. */
    static String parserMessage(String raw) {
        if (raw == null || raw.isBlank()) {
            return "cannot be read";
        }
        StringBuilder out = new StringBuilder();
        String[] lines = raw.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            boolean excerpt = i + 1 < lines.length && lines[i + 1].strip().startsWith("^");
            if (excerpt || l.isEmpty() || l.startsWith("in 'reader'") || l.startsWith("in '") || l.startsWith("^")
                    || l.startsWith("at [Source")) {
                continue;
            }
            if (out.length() > 0 && out.length() + l.length() > 200) {
                break;
            }
            out.append(out.length() > 0 ? "; " : "").append(l);
        }
        String s = out.toString().replaceAll("\\s*at \\[Source.*$", "")
                // option and class names of the parser (`StreamReadConstraints...`, `JsonReadFeature...`)
                .replaceAll("\\s*\\([^()`]*`[^`]*`[^()]*\\)", "")
                .replaceAll("[,;:]?\\s*(?:from|enable)?\\s*`[^`]*`(?:\\s*to allow)?", "")
                // the parser's own limits, in the words of ours
                .replaceAll("Name length \\((\\d+)\\) exceeds the maximum allowed.*", "a key of $1 characters; keys have at "
                        + "most " + Limits.KEY)
                .replaceAll("String value length \\((\\d+)\\) exceeds the maximum allowed.*", "a text of $1 characters; "
                        + "texts have at most " + Limits.TEXT)
                .replaceAll("(?:Document )?[Nn]esting depth \\((\\d+)\\) exceeds the maximum allowed.*",
                        "mappings and lists nested more than " + Limits.DEPTH + " deep")
                .replaceAll("Non-standard token '([^']*)'.*", "'$1' is not a JSON number; write a finite number")
                .replaceAll("Malformed numeric value '([^']*)'.*",
                        "'$1' is not a number the format accepts (infinity and NaN are not); write a finite number")
                .replaceAll("\\b(?:[a-z]+\\.)+[A-Z][A-Za-z]+(?:Exception|Error)\\b:?\\s*", "")
                .replaceAll("\\(code \\d+\\)", "").replaceAll("\\s+", " ").strip();
        s = s.length() > 200 ? s.substring(0, 197) + "..." : s;
        return s.isEmpty() ? "cannot be read" : s;
    }
}

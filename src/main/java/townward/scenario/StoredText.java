package townward.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.Locale;

/** A parsed scenario tree written back as text of its own format (JSON for .json, else YAML), value for value. */
final class StoredText {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build());

    private StoredText() {
    }

    static String write(JsonNode root, String fileName) {
        try {
            return (fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed tree cannot be written back", e);
        }
    }
}

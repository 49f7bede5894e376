package townward.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.util.Set;

/** The shipped JSON schema's verdict on a document, for comparison with the loader's. */
final class SchemaCheck {

    private static final JsonSchema SCHEMA;

    static {
        try {
            JsonNode node = new ObjectMapper().readTree(Files.readString(SchemaFileTest.SCHEMA));
            SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private SchemaCheck() {
    }

    static Set<ValidationMessage> validate(JsonNode doc) {
        return SCHEMA.validate(doc);
    }

    /** Messages for the text; unparseable or empty text gives a single pseudo-message. */
    static Set<ValidationMessage> validate(String text, String fileName) {
        JsonNode doc;
        try {
            doc = (fileName.endsWith(".json") ? new ObjectMapper() : new YAMLMapper()).readTree(text);
        } catch (Exception e) {
            return Set.of(ValidationMessage.builder().message("unparseable").build());
        }
        if (doc == null || doc.isMissingNode()) {
            return Set.of(ValidationMessage.builder().message("empty").build());
        }
        return validate(doc);
    }
}

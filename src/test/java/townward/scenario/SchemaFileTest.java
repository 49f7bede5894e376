package townward.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The shipped schema is generated from the loader's catalogue; run with -Dtownward.writeSchema=true to update. */
class SchemaFileTest {

    static final Path SCHEMA = Path.of("scenarios/townward.schema.json");

    @Test
    void shippedSchemaIsUpToDate() throws Exception {
        String generated = SchemaWriter.schema();
        if (Boolean.getBoolean("townward.writeSchema")) {
            Files.writeString(SCHEMA, generated);
        }
        assertEquals(generated, Files.readString(SCHEMA), "scenarios/townward.schema.json is out of date; "
                + "run mvn test -Dtest=SchemaFileTest -Dtownward.writeSchema=true");
    }
}

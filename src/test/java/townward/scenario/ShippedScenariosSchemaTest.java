package townward.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped scenario passes both the loader and the JSON Schema, and its resolved form round-trips. */
class ShippedScenariosSchemaTest {

    static Stream<Path> shipped() throws Exception {
        try (Stream<Path> s = Files.walk(Path.of("scenarios"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void validatesWithLoaderAndSchema(Path file) throws Exception {
        Scenario s = ScenarioLoader.load(file, List.of());
        assertTrue(SchemaCheck.validate(Files.readString(file), file.toString()).isEmpty(),
                file + " fails the schema");
        assertEquals(s, ScenarioLoader.parse(ScenarioLoader.toResolvedYaml(s), "resolved.yaml", List.of()));
        String stem = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        assertEquals(stem, s.name(), "name matches the file, so results/<name>/ is easy to find");
    }
}

package townward.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON schema and the loader give the same verdict on shipped scenarios and on the hand-written bad ones. */
class SchemaAgreementTest {

    static List<Path> shipped() throws Exception {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("scenarios"), "*.{yaml,yml,json}")) {
            ds.forEach(p -> {
                if (!p.getFileName().toString().endsWith(".schema.json")) {
                    out.add(p);
                }
            });
        }
        out.sort(null);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void shippedScenariosPassBoth(Path p) throws Exception {
        ScenarioLoader.load(p, List.of());
        assertEquals(List.of(), List.copyOf(SchemaCheck.validate(Files.readString(p), p.toString())));
    }

    /** Cases with --set overrides are left out: the schema sees files, not command lines. */
    static List<BadCases.Case> fileCases() {
        return BadCases.all().stream().filter(c -> c.sets().isEmpty()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fileCases")
    void badCasesSameVerdict(BadCases.Case c) {
        Errors e = ScenarioLoader.check(c.text(), c.fileName(), List.of());
        assertFalse(e.isEmpty(), "loader accepts " + c.id());
        boolean schemaAccepts = SchemaCheck.validate(c.text(), c.fileName()).isEmpty();
        if (c.crossReference()) {
            assertTrue(schemaAccepts, "cross-reference case must pass the schema: " + SchemaCheck.validate(c.text(), c.fileName()));
            assertTrue(e.onlyCrossReference(), "loader reports more than cross-reference problems: " + e.list());
        } else {
            assertFalse(schemaAccepts, "schema accepts " + c.id() + " which the loader rejects: " + e.list());
            assertFalse(e.onlyCrossReference(), e.list().toString());
        }
    }
}

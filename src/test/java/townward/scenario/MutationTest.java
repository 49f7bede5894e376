package townward.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * 1,200 seeded mutations of the example: the loader must load each or report problems, never crash; and the
 * JSON schema must agree with the loader's verdict, except where only cross-reference rules (which a schema cannot
 * express) rejected the file: there the schema must accept.
 */
class MutationTest {

    @Test
    void loaderAndSchemaAgreeOnMutations() throws Exception {
        List<Mutations.Mutant> mutants = Mutations.generate(20240101L, 1200);
        int loaded = 0;
        int crossOnly = 0;
        for (Mutations.Mutant m : mutants) {
            Errors e;
            try {
                e = ScenarioLoader.check(m.text(), "mutant.yaml", List.of());
                if (e.isEmpty()) {
                    ScenarioLoader.parse(m.text(), "mutant.yaml", List.of());
                } else {
                    for (ValidationError v : e.list()) {
                        assertTrue(!v.message().contains("Exception") && !v.message().contains("java."), v.toString());
                    }
                }
            } catch (Throwable t) {
                throw new AssertionError("loader crashed on mutation: " + m.what() + "\n" + m.text(), t);
            }
            Set<ValidationMessage> schema = SchemaCheck.validate(m.text(), "mutant.yaml");
            if (e.isEmpty()) {
                loaded++;
                if (!schema.isEmpty()) {
                    fail("loader accepts, schema rejects " + schema + " on: " + m.what());
                }
            } else if (e.onlyCrossReference()) {
                crossOnly++;
                if (!schema.isEmpty()) {
                    fail("only cross-reference errors " + e.list() + " but schema rejects " + schema + " on: " + m.what());
                }
            } else if (schema.isEmpty()) {
                fail("loader rejects " + e.list() + ", schema accepts, on: " + m.what());
            }
        }
        System.out.printf("mutations: %d, loaded %d, rejected by cross-reference rules only %d%n",
                mutants.size(), loaded, crossOnly);
        assertTrue(loaded > 50 && loaded < mutants.size() - 300, "mutations too mild or too harsh: " + loaded);
    }
}

package townward.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import townward.scenario.ScenarioException;
import townward.scenario.ScenarioLoader;

/** Every Chinese lever name the briefing prints is accepted as the lever in a scenario (a planner copies it). */
class LeverNamesAgreementTest {

    @Test
    void theReportsChineseLeverNamesReadAsTheirKeys() throws Exception {
        String example = Files.readString(Path.of("scenarios/example.yaml"));
        for (Map.Entry<String, String[]> e : Texts.LEVERS.entrySet()) {
            // the first lever turned into this one: the same scenario, or the same errors, by name as by key
            assertEquals(outcome(example, e.getKey()), outcome(example, e.getValue()[0]), e.getValue()[0]);
        }
    }

    private static String outcome(String text, String lever) {
        try {
            return ScenarioLoader.parse(text, "example.yaml", List.of("policies[0].lever=" + lever)).toString();
        } catch (ScenarioException ex) {
            return ex.errors().toString();
        }
    }
}

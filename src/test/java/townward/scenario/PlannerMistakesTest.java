package townward.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mistakes a planner typing a scenario with a Chinese input method makes, each diagnosed with what was meant. */
class PlannerMistakesTest {

    static String messageAt(String from, String to, String path) {
        String text = BadCases.edit(from, to);
        ScenarioException ex = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(text, "example.yaml", List.of()));
        return ex.errors().stream().filter(e -> e.path().equals(path)).map(ValidationError::message)
                .findFirst().orElseThrow(() -> new AssertionError("no error at " + path + ": " + ex.errors()));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "population: 60000 | population: ８００００ | places[0].population | it has full-width characters (输入法全角): did you mean 80000?",
        "population: 60000 | population: 80，000 | places[0].population | it has full-width characters (输入法全角): did you mean 80000?",
        "population: 60000 | population: 80,000 | places[0].population | no thousands separators: did you mean 80000?",
        "population: 60000 | population: \"60000\" | places[0].population | write the number without quotes: 60000",
        "away_share: 0.40 | away_share: ６５％ | counties[0].household.away_share | it has full-width characters (输入法全角), and a percentage is written as a fraction: did you mean 0.65?",
        "away_share: 0.40 | away_share: 65% | counties[0].household.away_share | a percentage is written as a fraction: did you mean 0.65?",
        "away_share: 0.40 | away_share: 65 | counties[0].household.away_share | a percentage is written as a fraction: did you mean 0.65?",
        "{2024: 0.52} | {2024: 52} | observed.urbanization_rate.2024 | a percentage is written as a fraction: did you mean 0.52?",
    })
    void saysWhatWasMeant(String from, String to, String path, String hint) {
        String m = messageAt(from, to, path);
        assertTrue(m.endsWith("; " + hint), m);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"population: 60000 | population: -5", "away_share: 0.40 | away_share: 1.5",
        "scale: 1.0 | scale: 2"})   // 1.5 is no percentage
    void noHintWhereNoneApplies(String from, String to) {
        String text = BadCases.edit(from, to);
        ScenarioException ex = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(text, "example.yaml", List.of()));
        String all = ex.errors().stream().map(ValidationError::message).collect(Collectors.joining("\n"));
        assertTrue(!all.contains("did you mean"), all);
    }

    @Test
    void aGbkFileIsNamedAsSuchWithTheLineAsGbkReadsIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("qingshan.yaml");
        Files.write(file, "# 青山县\nname: qingshan\nregion: 青山县\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        ScenarioException ex = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file, List.of()));
        ValidationError e = ex.errors().get(0);
        assertEquals(1, e.line(), e.toString());
        assertEquals("not UTF-8 text but GBK (GB18030), the Chinese Windows default: this line reads \"# 青山县\" in "
                + "GBK; save the file as UTF-8 (Notepad or WPS: 另存为, 编码 UTF-8)", e.message());
    }

    @Test
    void aChineseScenarioNameIsExplainedWithAnAsciiAlias() {
        String text = BadCases.edit("name: example", "name: 青山县");
        ScenarioException ex = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(text, "dir/qingshan-2025.yaml", List.of()));
        String m = ex.errors().stream().filter(e -> e.path().equals("name")).findFirst().orElseThrow().message();
        assertTrue(m.endsWith("the name becomes the results folder (results/<name>/), so it is kept to those "
                + "characters; put the Chinese name in region: (region: 青山县) and a Latin one here, such as "
                + "name: qingshan-2025"), m);
    }

    @Test
    void leversMayBeGivenByTheirChineseNames() throws Exception {
        String text = BadCases.edit("lever: industrial_park", "lever: 产业园区");
        Scenario s = ScenarioLoader.parse(text, "example.yaml", List.of());
        assertEquals("industrial_park", s.policies().get(0).key());
        Scenario set = ScenarioLoader.parse(BadCases.EXAMPLE, "example.yaml", List.of("policies[0].lever=产业园区"));
        assertEquals("industrial_park", set.policies().get(0).key());
        assertTrue(ScenarioLoader.toResolvedYaml(s).contains("lever: \"industrial_park\""));
    }

    @Test
    void aLeverIdNamesItInSetPaths() throws Exception {
        String text = BadCases.edit("lever: industrial_park", "lever: industrial_park\n    id: park");
        Scenario s = ScenarioLoader.parse(text, "example.yaml", List.of("policies[park].posts_per_year=1234"));
        assertEquals(1234, ((Lever.IndustrialPark) s.policies().get(0)).postsPerYear());
        assertEquals("park", s.policies().get(0).scope().id());
        assertEquals(s, ScenarioLoader.parse(ScenarioLoader.toResolvedYaml(s), "resolved.yaml", List.of()));

        ScenarioException unknown = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(text, "example.yaml", List.of("policies[prak].posts_per_year=1")));
        assertEquals("--set policies[prak].posts_per_year: there is no policies[prak]: no item of policies has id or name "
                + "prak (ids: park)", unknown.errors().get(0).message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "id: 1park | policies[0].id | expected a letter, then letters, digits, '_' or '-', found \"1park\"",
        "id: park | policies[1].id | another lever has the id \"park\"; ids are unique"})
    void leverIdsAreCheckedAndUnique(String second, String path, String message) {
        String text = BadCases.edit("lever: industrial_park", "lever: industrial_park\n    "
                + (path.equals("policies[0].id") ? second : "id: park"), "lever: skills_training",
                "lever: skills_training\n    " + second);
        ScenarioException ex = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(text, "example.yaml", List.of()));
        assertTrue(ex.errors().stream().anyMatch(e -> e.path().equals(path) && e.message().equals(message)),
                ex.errors().toString());
    }
}

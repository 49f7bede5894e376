package townward.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped catalogue against data/ and MODEL.md 12.1. */
class PatternCatalogueTest {

    private static final Path DATA = Path.of("data");
    private static PatternCatalogue catalogue;

    @BeforeAll
    static void load() throws Exception {
        catalogue = PatternCatalogue.load(DataRows.in(DATA));   // fails if a named data/ row is missing
    }

    @Test
    void everyPatternOfModel121IsListedWithItsScenarioOf122() {
        Set<String> expected = new LinkedHashSet<>();
        IntStream.rangeClosed(1, 24).forEach(i -> expected.add("P" + i));
        assertEquals(expected, catalogue.ids());
        Set<String> scenarios = Set.of("china-2000", "china-2010", "china-2020", "jilin-2005", "jilin-2010",
                "yueyang-2000", "yueyang-2010", "hunan-2010");
        catalogue.rows().forEach(r -> assertTrue(scenarios.contains(r.scenario()), r.id() + ": " + r.scenario()));
    }

    /** Every scenario a row names is shipped in scenarios/calibration/ (china-2020 since MODEL.md 14.11). */
    @Test
    void everyNamedScenarioIsShipped() {
        catalogue.rows().stream().map(PatternRow::scenario).distinct()
                .forEach(n -> assertTrue(Files.isRegularFile(Path.of("scenarios/calibration", n + ".yaml")), n));
    }

    /** Observed values are read from data/ at run time; these are the numbers MODEL.md 12.1 states. */
    @Test
    void observationsEqualTheValuesModelStates() {
        Map<String, Double> stated = Map.ofEntries(
                Map.entry("P6 Yueyang rate 2022", 62.10), Map.entry("P6 Yueyang population 2022", 501.75),
                Map.entry("P7 Hunan rate 2020", 58.76), Map.entry("P7 Hunan population 2020", 6644.49),
                Map.entry("P8 china-2020 2023", 100 * 17658 / 29753.0), Map.entry("P9 china-2020 2023", 38.2),
                Map.entry("P10 Central hunan-2010 2023", 51.7), Map.entry("P10 Northeast 2023", 30.9),
                Map.entry("P11 local 2023", 46.6), Map.entry("P11 outside migrants' mean 2023", 38.9),
                Map.entry("P14 capitals 2015", 22.6), Map.entry("P14 prefecture 2015", 66.3),
                Map.entry("P19 2017", 1406.63), Map.entry("P20 primary 2017", 10.55),
                Map.entry("P20 junior 2017", 10.94), Map.entry("P21 renting 2013", 36.7),
                Map.entry("P21 small towns 2014", 49.1), Map.entry("P23 birth 2011", 6.53),
                Map.entry("P23 death 2011", 5.51), Map.entry("P24 2005", 4.2), Map.entry("P24 2010", 3.8),
                Map.entry("P24 2011", 3.7));
        stated.forEach((key, value) -> assertEquals(value, find(key).observed(), 0.005, key));
        assertEquals(-31, find("P18 primaries 2016").observed(), 0.5, "village primaries 2012 -> 2016");
    }

    @Test
    void populationGrowthStartsFromTheCensusInterpolation() {
        PatternRow jilin = find("P4 population 2010");
        assertEquals(2745.28, jilin.observed(), 0);
        double base = jilin.simulated().evaluate((metric, year) -> 1.0, 2010);   // residents unchanged
        assertEquals((2680.22 + 2745.28) / 2, base, 1e-9);
        assertEquals(2712.75, base, 0.005);
    }

    /** Observations that are not data/ cells say where they come from, and a note's number is in its row. */
    @Test
    void everyObservationNamesItsRow() throws Exception {
        Pattern note = Pattern.compile("the note of data/(\\S+) .*\\((\\w+ \\d+)\\)");
        for (PatternRow r : catalogue.rows()) {
            String s = r.source();
            if (s.startsWith("data/: ")) {
                assertTrue(s.contains("{"), r.id() + " " + r.pattern() + ": no data/ cell in " + s);
                continue;
            }
            Matcher m = note.matcher(s);
            if (m.find()) {
                assertTrue(Files.readString(DATA.resolve(m.group(1))).contains(m.group(2)),
                        r.id() + ": '" + m.group(2) + "' is not in data/" + m.group(1));
            } else {
                assertTrue(s.startsWith("MODEL.md 12.1"), r.id() + " " + r.pattern() + ": unexplained source " + s);
            }
        }
    }

    @Test
    void aMissingDataRowIsAnErrorNamingIt() {
        PatternException e = assertThrows(PatternException.class,
                () -> DataRows.in(DATA).value("urbanization.csv Jilin 2005 total_pop_wan"));
        assertEquals("data cell {urbanization.csv Jilin 2005 total_pop_wan}: '' is not a number", e.getMessage());
        e = assertThrows(PatternException.class, () -> DataRows.in(DATA).value("schools.csv no_such_row 2016"));
        assertTrue(e.getMessage().contains("no such row in data/schools.csv"), e.getMessage());
        assertThrows(PatternException.class, () -> DataRows.in(DATA).value("urbanization.csv China 2001"));
    }

    /** A row by id, words of its pattern or scenario, and year: "P23 birth 2011". */
    private static PatternRow find(String key) {
        String[] w = key.split(" ");
        int year = Integer.parseInt(w[w.length - 1]);
        List<String> words = List.of(w).subList(1, w.length - 1);
        List<PatternRow> hits = catalogue.rows().stream().filter(r -> r.id().equals(w[0]) && r.year() == year
                && words.stream().allMatch(x -> (r.pattern() + " " + r.scenario()).contains(x))).toList();
        assertEquals(1, hits.size(), key + ": " + hits);
        return hits.get(0);
    }
}

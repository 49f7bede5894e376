package townward.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import townward.scenario.Scenario;
import townward.scenario.ScenarioLoader;

/**
 * The calibration scenarios that start at the 2010 census (docs/MODEL.md 14.9) start from it: residents and family
 * household size of the census, and for Hunan the start posts of data/regional_inputs.csv urban_employed_persons
 * Hunan 2010 (MODEL.md 11.1). One start year at the file's own scale, so the tolerances cover a run's sampling noise
 * (measured: up to about 3 % of residents and 0.07 persons at jilin-2010's 3,400 simulated households).
 */
class Census2010StartTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // file, census residents (data/urbanization.csv), census household size, start posts (NaN: no row)
            "scenarios/calibration/jilin-2010.yaml, 27452800, 2.94, NaN",
            "scenarios/calibration/hunan-2010.yaml, 65683700, 3.32, 12294800"})
    void startsAtTheCensus(String file, double residents, double size, double posts) throws Exception {
        Scenario full = ScenarioLoader.load(Path.of(file), List.of());
        Scenario s = ScenarioLoader.load(Path.of(file), List.of("end_year=" + full.startYear()));
        Runs.Metrics m = new Runs.Metrics();
        Simulation.run(s, 2, m, r -> { });
        int y = s.startYear();
        assertEquals(s.observed().urbanizationRate().get(y), m.region(y, "urbanization_rate"), 1e-9);
        assertEquals(residents, m.region(y, "residents"), 0.05 * residents, "residents");
        assertEquals(size, m.region(y, "household_size_census"), 0.12, "household size");
        if (!Double.isNaN(posts)) {
            assertEquals(posts, m.region(y, "posts"), 0.05 * posts, "start posts");
        }
    }
}

package townward.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import townward.patterns.DataRows;
import townward.scenario.Scenario;
import townward.scenario.ScenarioLoader;

/**
 * china-2020 (docs/MODEL.md 14.11) starts from the 2020 census and the 2020 migrant-worker survey: the census rate
 * (exactly, by the start calibration), residents and family household size of the representative county, and the
 * survey's shares of outside migrants among all migrant workers and of cross-province migrants among outside ones
 * (MODEL.md 9, items 1, 2 and 5). Observations are read from data/. One start year at the file's own scale (about
 * 4,000 simulated households), so the tolerances cover a run's sampling noise (measured over 8 seeds: sd 0.03 persons,
 * 0.6 points of the outside share, 0.9 points of the cross-province share, 1.2 % of rural residents); the shares'
 * ±2 points are MODEL.md 9 item 5's.
 */
class Census2020StartTest {

    private static final Path FILE = Path.of("scenarios/calibration/china-2020.yaml");
    /** County-level units at the end of 2020 (民政统计, general knowledge), as the scenario divides by them. */
    private static final double COUNTY_UNITS = 2844;

    @Test
    void startsAtTheCensusAndTheSurvey() throws Exception {
        DataRows data = DataRows.in(Path.of("data"));
        Scenario full = ScenarioLoader.load(FILE, List.of());
        Scenario s = ScenarioLoader.load(FILE, List.of("end_year=" + full.startYear()));
        Runs.Metrics m = new Runs.Metrics();
        Simulation.run(s, 2, m, r -> { });
        int y = s.startYear();
        assertEquals(2020, y);

        double rate = data.value("urbanization.csv China 2020 urban_rate_pct") / 100;
        assertEquals(rate, s.observed().urbanizationRate().get(y), 1e-9, "the observed start rate is the census's");
        assertEquals(rate, m.region(y, "urbanization_rate"), 1e-9, "start rate");

        double residents = data.value("urbanization.csv China 2020 total_pop_wan") * 1e4 / COUNTY_UNITS;
        assertEquals(residents, m.region(y, "residents"), 0.03 * residents, "residents of the representative county");
        assertEquals(residents * (1 - rate), m.region(y, "rural_residents"), 0.04 * residents * (1 - rate),
                "rural residents");
        assertEquals(data.value("household_economy.csv household_size China 2020"),
                m.region(y, "household_size_census"), 0.10, "household size (census households)");

        double outsideShare = data.value("migrant_workers.csv outside_migrants China 2020")
                / data.value("migrant_workers.csv migrant_workers_total China 2020");
        double local = m.region(y, "local_migrant_workers");
        double outside = m.region(y, "outside_migrant_workers");
        assertEquals(outsideShare, outside / (local + outside), 0.02, "outside / all migrant workers");

        // no 2020 row: the 2021 rows less the rises their notes state (比上年增加78万人, 135万人), which add up to
        // outside_migrants China 2020 (7,052 + 9,907 = 16,959)
        double cross = data.value("migrant_workers.csv cross_province_outside_migrants China 2021") - 78;
        double inProvince = data.value("migrant_workers.csv in_province_outside_migrants China 2021") - 135;
        assertEquals(data.value("migrant_workers.csv outside_migrants China 2020"), cross + inProvince, 0.5,
                "the derived 2020 split adds up to the 2020 outside migrants");
        assertEquals(cross / (cross + inProvince), m.region(y, "cross_province_share_of_outside"), 0.02,
                "cross-province share of outside migrants");
    }
}

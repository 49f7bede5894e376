package townward.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import townward.model.TownwardModel;
import townward.scenario.ScenarioLoader;

/** The Console's time field shows the year the model is in, not MASON's step count. */
class YearScheduleTest {

    @Test
    void theTimestampIsTheYearJustSimulated() {
        YearSchedule s = new YearSchedule(2024);
        assertEquals("2024", s.getTimestamp(sim.engine.Schedule.BEFORE_SIMULATION, "At Start", "At End"));
        assertEquals("2025", s.getTimestamp(0, "At Start", "At End"));
        assertEquals("2031", s.getTimestamp(6, "At Start", "At End"));
        assertEquals("At End", s.getTimestamp(sim.engine.Schedule.AFTER_SIMULATION, "At Start", "At End"));
    }

    @Test
    void theGuisRunShowsTheRegionsYearAfterEachStep() throws Exception {
        TownwardWithUI ui = new TownwardWithUI(ScenarioLoader.load(Path.of("scenarios/example.yaml"),
                List.of("scale=0.1", "end_year=2027")), "scenarios/example.yaml", 1);
        ui.start();
        TownwardModel model = (TownwardModel) ui.state;
        assertTrue(model.schedule instanceof YearSchedule, "installed by the GUI");
        assertEquals("2024", model.schedule.getTimestamp("At Start", "At End"));
        for (int i = 0; i < 3; i++) {
            model.schedule.step(model);
            assertEquals(Integer.toString(model.region().year), model.schedule.getTimestamp("At Start", "At End"));
        }
        assertEquals("2027", model.schedule.getTimestamp("At Start", "At End"));
        ui.finish();
    }

    @Test
    void theModelTabShowsTheRateAsAPercentage() {
        assertEquals("63.7 %", ModelTab.percent(0.6374887918990456));
        assertEquals("–", ModelTab.percent(Double.NaN));
    }
}

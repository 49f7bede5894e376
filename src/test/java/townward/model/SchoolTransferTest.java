package townward.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townward.scenario.Scenario;
import townward.scenario.ScenarioLoader;

/**
 * school_transfer (MODEL.md 4, 5.5): village day pupils go by bus to town schools, so compulsory-education
 * urbanization rises by about the pupils moved while residence does not change; seats are never exceeded.
 */
class SchoolTransferTest {
    @TempDir
    Path dir;

    private Scenario withTransfer(int pupils) throws Exception {
        String text = Files.readString(Runs.EXAMPLE);
        String lever = """
                  - lever: school_transfer
                    from: 2025
                    to: 2025
                    places: [Dongshan, Xipo]
                    pupils_per_year: %d
                    seats_per_year: %d
                """.formatted(pupils, pupils);
        text = text.replace("\ntargets:", "\n" + lever + "\ntargets:");
        Path file = dir.resolve("transfer-" + pupils + ".yaml");
        Files.writeString(file, text);
        Files.copy(Path.of("calibration/behaviour.yaml"), dir.resolve("behaviour.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return ScenarioLoader.load(file, List.of("end_year=2026", "behaviour_file=behaviour.yaml"));
    }

    @Test
    void pupilsStudyInTownWhileTheirFamiliesStayHome() throws Exception {
        Runs.Metrics base = new Runs.Metrics();
        Simulation.run(withTransfer(0), 1, base);
        Runs.Metrics bus = new Runs.Metrics();
        Scenario s = withTransfer(400);
        Invariants.Stock stock = new Invariants.Stock();
        Simulation.run(s, 1, bus, r -> Invariants.check(r, bus, stock));
        double moved = bus.region(2025, "pupils_transferred");
        assertTrue(moved > 300 && moved <= 800, "pupils transferred in 2025: " + moved);
        assertEquals(0, base.region(2025, "bused_pupils"));
        double gain = bus.region(2025, "compulsory_education_urbanization")
                - base.region(2025, "compulsory_education_urbanization");
        assertTrue(gain > 0.02, "compulsory-education urbanization gained " + gain);
        double rate = bus.region(2025, "urbanization_rate") - base.region(2025, "urbanization_rate");
        assertTrue(Math.abs(rate) < 0.003, "residents' urbanization changed by " + rate);
        assertTrue(bus.region(2025, "cost_school_transfer") > 0, "the bus and the seats are paid for");
        assertTrue(bus.region(2026, "bused_pupils") > 0.6 * moved, "pupils keep their seat until they leave primary");
    }
}

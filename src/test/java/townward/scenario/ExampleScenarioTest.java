package townward.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleScenarioTest {

    static final Path EXAMPLE = Path.of("scenarios/example.yaml");

    @Test
    void exampleLoadsWithDefaults() throws Exception {
        Scenario s = ScenarioLoader.load(EXAMPLE, List.of());
        assertEquals("example", s.name());
        assertEquals(5, s.places().size());
        assertEquals(16, s.policies().size());
        Place seat = s.places().get(0);
        assertEquals(24000, seat.jobs().posts());
        assertEquals(0.6 * 4291, seat.jobs().informalWage(), 1e-9);   // labour.informal_wage_ratio
        assertEquals(1200, seat.schools().primary());
        assertEquals(3000, seat.livingCost());
        Place township = s.places().get(3);
        assertEquals(0, township.jobs().posts());
        assertEquals(0, township.housing().price());
        assertEquals(0.3, township.builtUpKm2(), 1e-12);
        Place village = s.places().get(4);
        assertEquals("Dongshan", village.seat());
        assertEquals(300, village.households());
        Lever.LandTransfer lt = (Lever.LandTransfer) s.policies().get(9);
        assertEquals(8000, lt.operatorDemandMu());
        Lever.GovernmentPurchase gp = (Lever.GovernmentPurchase) s.policies().get(6);
        assertTrue(Double.isNaN(gp.rent()));
        assertEquals(2035, s.policies().get(1).scope().to());
        assertEquals(40, s.counties().get(0).villages().count());
        assertEquals(3.37, s.counties().get(0).household().size());
        assertEquals(0.45, s.counties().get(0).household().childrenShare());
    }

    @Test
    void resolvedYamlRoundTrips() throws Exception {
        Scenario s = ScenarioLoader.load(EXAMPLE, List.of());
        String yaml = ScenarioLoader.toResolvedYaml(s);
        assertEquals(s, ScenarioLoader.parse(yaml, "resolved.yaml", List.of()));
        assertEquals(yaml, ScenarioLoader.toResolvedYaml(ScenarioLoader.parse(yaml, "resolved.yaml", List.of())));
    }

    @Test
    void jsonCopyLoadsEqual() throws Exception {
        String json = new ObjectMapper().writeValueAsString(new YAMLMapper().readTree(Files.readString(EXAMPLE)));
        assertEquals(ScenarioLoader.load(EXAMPLE, List.of()), ScenarioLoader.parse(json, "example.json", List.of()));
    }

    @Test
    void setsOverrideBeforeValidation() throws Exception {
        Scenario s = ScenarioLoader.load(EXAMPLE, List.of("places[2].housing.units=500", "behaviour.b_income=2",
                "policies[0].to=2030", "seed=7", "end_year=2030", "observed.urbanization_rate={2026: 0.6}",
                "policies[1].places=[Xipo, Dongshan]", "places[3].jobs.posts=10"));
        assertEquals(500, s.places().get(2).housing().units());
        assertEquals(2, s.behaviour().bIncome());
        assertEquals(7, s.seed());
        assertEquals(2030, s.endYear());
        assertEquals(List.of("Xipo", "Dongshan"), s.policies().get(1).scope().places());
        assertEquals(0.6, s.observed().urbanizationRate().get(2026));
        assertEquals(10, s.places().get(3).jobs().posts());
    }
}

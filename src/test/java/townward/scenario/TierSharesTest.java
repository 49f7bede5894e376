package townward.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** destinations[i].tier_shares, urban_share and places[i].tier (MODEL.md 14.12): defaults, partial blocks, round trip. */
class TierSharesTest {

    private static Scenario load(String destinations) throws ScenarioException {
        String text = BadCases.EXAMPLE.replaceFirst("(?m)^outside:\\n(  .*\\n)+", destinations);
        return ScenarioLoader.parse(text, "tiers.yaml", List.of());
    }

    @Test
    void anAbsentBlockIsTheNationalMixAndAGivenOneLeavesOutKeysAtZero() throws Exception {
        Scenario s = load("destinations:\n  - {name: a, start_share: 0.5}\n"
                + "  - {name: b, start_share: 0.5, urban_share: 0.8, tier_shares: {capital: 1}}\n");
        Destination a = s.destinations().get(0);
        Destination b = s.destinations().get(1);
        assertEquals(Destination.Tiers.NATIONAL_2015, a.tiers());
        assertEquals(1.0, a.urbanShare());
        assertEquals(new Destination.Tiers(0, 1, 0), b.tiers());
        assertEquals(0.0, b.tiers().share(CityTier.COUNTY_LEVEL), 1e-12);
        assertEquals(1 - 0.086 - 0.226 - 0.351, a.tiers().share(CityTier.COUNTY_LEVEL), 1e-12);
        assertEquals(0.8, b.urbanShare());
    }

    @Test
    void aCityIsAPrefectureCityUnlessItSaysOtherwise() throws Exception {
        Scenario s = load("destinations:\n  - {name: a}\n");
        s.places().forEach(p -> assertEquals(p.kind() == PlaceKind.CITY ? CityTier.PREFECTURE : CityTier.COUNTY_LEVEL,
                p.tier(), p.name()));
        String capital = BadCases.MINIMAL.replace("places: [{name: T, kind: town, county: A}]",
                "places: [{name: T, kind: town, county: A}, {name: C, kind: city, county: A, tier: capital}]");
        assertEquals(CityTier.CAPITAL, ScenarioLoader.parse(capital, "c.yaml", List.of()).places().get(1).tier());
    }

    @Test
    void theResolvedFileReadsBackToTheSameSystems() throws Exception {
        Scenario s = load("destinations:\n  - {name: a, urban_share: 0.7, tier_shares: {municipality: 0.2, prefecture: 0.5}}\n");
        Scenario again = ScenarioLoader.parse(ResolvedYaml.write(s), "resolved.yaml", List.of());
        assertEquals(s.destinations(), again.destinations());
        assertEquals(s.places(), again.places());
    }
}

package townward.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-written bad scenarios, each a small edit of the example (or a tiny standalone file), with the field path and
 * message the loader must report. {@code crossReference} marks rules JSON Schema cannot express.
 */
final class BadCases {

    record Case(String id, String fileName, String text, List<String> sets, String path, String message,
                boolean crossReference, boolean located) {
        @Override
        public String toString() {
            return id;
        }
    }

    static final String EXAMPLE;

    static {
        try {
            EXAMPLE = Files.readString(ExampleScenarioTest.EXAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final List<Case> CASES = new ArrayList<>();

    /** The example with one exact text replacement (which must occur once). */
    static String edit(String... pairs) {
        String t = EXAMPLE;
        for (int i = 0; i < pairs.length; i += 2) {
            int at = t.indexOf(pairs[i]);
            if (at < 0 || t.indexOf(pairs[i], at + 1) >= 0) {
                throw new IllegalArgumentException("not exactly once in the example: " + pairs[i]);
            }
            t = t.replace(pairs[i], pairs[i + 1]);
        }
        return t;
    }

    /** Two destination systems with these names, start shares 0.7 and 0.3. */
    private static String systems(String a, String b) {
        return "destinations:\n  - {name: " + a + ", distance_km: 800, start_share: 0.7}\n  - {name: " + b
                + ", distance_km: 1000, start_share: 0.3}\n";
    }

    /** The example with its outside block replaced by these destinations. */
    private static String withoutOutside(String destinations) {
        return EXAMPLE.replaceFirst("(?m)^outside:\\n(  .*\\n)+", destinations);
    }

    private static void bad(String id, String text, String path, String message) {
        CASES.add(new Case(id, "bad-" + id + ".yaml", text, List.of(), path, message, false, true));
    }

    private static void cross(String id, String text, String path, String message) {
        CASES.add(new Case(id, "bad-" + id + ".yaml", text, List.of(), path, message, true, true));
    }

    private static void set(String id, String set, String path, String message) {
        CASES.add(new Case(id, "example.yaml", EXAMPLE, List.of(set), path, message, false, false));
    }

    static final String MINIMAL = """
            name: tiny
            start_year: 2024
            end_year: 2030
            counties: [{name: A, rural_households: 0}]
            places: [{name: T, kind: town, county: A}]
            """;

    static {
        bad("malformed-yaml", edit("    places: [Dongshan]\n    from: 2025\n    to: 2030",
                "    places: [Dongshan\n    from: 2025\n    to: 2030"), "policies[0].places[0]", "malformed YAML");
        CASES.add(new Case("malformed-json", "bad.json", "{\"name\": \"x\",\n \"seed\": }", List.of(), "seed",
                "malformed JSON", false, true));
        CASES.add(new Case("empty-file", "empty.yaml", "  \n# nothing\n", List.of(), "", "the file is empty", false, false));
        cross("destinations-and-outside", edit("\ncounties:\n", "\n" + systems("a", "b") + "\ncounties:\n"),
                "outside", "give destinations or outside, not both");
        cross("destination-name-twice", withoutOutside(systems("coast_east", "coast_east")), "destinations[1].name",
                "expected a name no other destination has, found \"coast_east\" twice");
        cross("start-share-partial", withoutOutside(systems("a", "b").replace(", start_share: 0.3", "")),
                "destinations", "expected start_share for every destination or for none, found it for 1 of 2");
        cross("tier-shares-above-1", withoutOutside("destinations:\n  - {name: a, tier_shares: {capital: 0.7, prefecture: 0.5}}\n"),
                "destinations[0].tier_shares", "expected municipality + capital + prefecture at most 1 (the rest work "
                + "below prefecture level), found 1.2");
        bad("tier-share-range", withoutOutside("destinations:\n  - {name: a, tier_shares: {capital: 1.5}}\n"),
                "destinations[0].tier_shares.capital", "expected a number in [0, 1], found 1.5");
        bad("urban-share-range", withoutOutside("destinations:\n  - {name: a, urban_share: -0.2}\n"),
                "destinations[0].urban_share", "expected a number in [0, 1], found -0.2");
        cross("tier-above-county-on-town", edit("kind: town\n    county: Qinghe\n    demonstration",
                "kind: town\n    tier: capital\n    county: Qinghe\n    demonstration"), "places[1].tier",
                "expected county_level for a town (only a city can be a municipality, capital or prefecture city), "
                + "found \"capital\"");
        bad("tier-enum", edit("kind: town\n    county: Qinghe\n    demonstration",
                "kind: town\n    tier: capitol\n    county: Qinghe\n    demonstration"), "places[1].tier",
                "expected one of municipality, capital, prefecture, county_level, found \"capitol\"");
        bad("b-distance-replaced", edit("\ncounties:\n", "\nbehaviour:\n  b_distance: 1.0\n\ncounties:\n"), "behaviour.b_distance",
                "key \"b_distance\" was replaced in format version 3 by b_log_distance");
        bad("top-level-list", "- name: x\n- seed: 2\n", "", "expected a mapping of scenario keys at the top level, found a list");
        bad("seed-type", edit("seed: 20240101", "seed: abc"), "seed", "expected an integer >= 0, found \"abc\"");
        bad("scale-range", edit("scale: 1.0 ", "scale: 1.5 "), "scale", "expected a number in (0, 1], found 1.5");
        bad("missing-name", edit("name: example   ", "# name gone    "), "name", "missing required key \"name\"");
        bad("negative-units", edit("units: 800", "units: -5"), "places[0].housing.units", "expected a number >= 0, found -5");
        bad("share-above-1", edit("away_share: 0.40", "away_share: 1.4"), "counties[0].household.away_share",
                "expected a number in [0, 1], found 1.4");
        bad("start-year-range", edit("start_year: 2024", "start_year: 1900"), "start_year",
                "expected an integer in [1949, 2100], found 1900");
        cross("years-reversed", edit("end_year: 2035", "end_year: 2020"), "end_year",
                "expected a year >= start_year (2024), found 2020");
        cross("over-100-years", edit("start_year: 2024", "start_year: 1990", "end_year: 2035", "end_year: 2100",
                "{2024: 0.52}", "{1990: 0.52}"), "end_year", "expected at most 100 years after start_year (1990)");
        cross("lever-unknown-place", edit("places: [Dongshan]\n    from: 2025\n    to: 2030",
                "places: [Dongshn]\n    from: 2025\n    to: 2030"), "policies[0].places[0]",
                "unknown place \"Dongshn\"; did you mean \"Dongshan\"?");
        cross("lever-unknown-county", edit("counties: [Qinghe]\n    places: [Dongshan, Qinghe County Seat]",
                "counties: [Qinghai]\n    places: [Dongshan, Qinghe County Seat]"), "policies[2].counties[0]",
                "unknown county \"Qinghai\"; did you mean \"Qinghe\"?");
        cross("duplicate-place", edit("  - name: Xipo ", "  - name: Dongshan "), "places[2].name",
                "duplicate place name \"Dongshan\"; places[1] already has it");
        cross("duplicate-county", edit("\ncounties:\n", "\ncounties:\n  - name: Qinghe\n    rural_households: 0\n"),
                "counties[1].name", "duplicate county name \"Qinghe\"; counties[0] already has it");
        cross("lever-to-before-from", edit("from: 2026\n    to: 2028", "from: 2026\n    to: 2024"), "policies[2].to",
                "expected a year >= from (2026), found 2024");
        bad("misspelt-key", edit("rural_households: 20000", "rual_households: 20000"), "counties[0].rual_households",
                "unknown key \"rual_households\"; did you mean \"rural_households\"?");
        bad("unknown-key-no-suggestion", edit("scale: 1.0 ", "zzzzzz: 1.0 "), "zzzzzz",
                "unknown key \"zzzzzz\"; valid keys here: name, region,");
        bad("unknown-lever", edit("lever: pension\n", "lever: pensions\n"), "policies[13].lever",
                "unknown lever \"pensions\"; did you mean \"pension\"?");
        bad("key-of-other-lever", edit("wage_premium: 0.05 ", "share: 0.05 "), "policies[0].share",
                "unknown key \"share\"");
        bad("lever-missing-required", edit("posts_per_year: 600 ", "# none          "), "policies[0].posts_per_year",
                "missing required key \"posts_per_year\"");
        bad("kind-enum", edit("kind: town\n    county: Qinghe\n    demonstration", "kind: tonw\n    county: Qinghe\n    demonstration"),
                "places[1].kind", "expected one of village, township, town, county_seat, city, found \"tonw\"");
        cross("place-unknown-county", edit("    county: Qinghe\n    lon: 112.88", "    county: Qinghee\n    lon: 112.88"),
                "places[2].county", "unknown county \"Qinghee\"; did you mean \"Qinghe\"?");
        cross("seat-unknown", edit("seat: Dongshan", "seat: Dongshen"), "places[4].seat", "unknown place \"Dongshen\"");
        cross("seat-other-county", edit("\ncounties:\n", "\ncounties:\n  - name: Other\n    rural_households: 0\n",
                "\nplaces:\n", "\nplaces:\n  - name: Otown\n    kind: town\n    county: Other\n",
                "seat: Dongshan", "seat: Otown"), "places[5].seat", "expected a seat in county \"Qinghe\"");
        bad("village-missing-seat", edit("    seat: Dongshan\n", ""), "places[4].seat",
                "missing required key \"seat\" (required for a village)");
        bad("seat-on-town", edit("  - name: Xipo                      # an ordinary town\n",
                "  - name: Xipo\n    seat: Dongshan\n"), "places[2].seat", "only a village has it");
        cross("relocate-to-township", edit("relocate_to: Dongshan", "relocate_to: Nanling"),
                "policies[14].relocate_to", "expected a town, county_seat or city, found township \"Nanling\"");
        cross("reclassify-non-village", edit("villages: [Liujia Village]", "villages: [Xipo]"),
                "policies[14].villages[0]", "expected a listed village, found town \"Xipo\"");
        cross("target-unknown-place", edit("- place: Dongshan", "- place: Dongshen"), "targets.places[0].place",
                "unknown place \"Dongshen\"");
        bad("target-year-key", edit("{2030: 25000}", "{3030: 25000}"), "targets.places[0].built_up_residents.3030",
                "expected a year 1949..2100 as key, found \"3030\"");
        bad("target-share", edit("{2030: 0.60, 2035", "{2030: 1.60, 2035"), "targets.urbanization_rate.2030",
                "expected a number in [0, 1], found 1.6");
        bad("absurd-households", edit("rural_households: 20000", "rural_households: 2e12"),
                "counties[0].rural_households", "expected a number <= 1000000000, found 2000000000000");
        bad("absurd-wage", edit("outside:\n  wage: 5634", "outside:\n  wage: 5634e9"), "outside.wage",
                "expected a number <= 10000000");
        bad("lambda-range", EXAMPLE + "behaviour:\n  lambda: 0.2\n", "behaviour.lambda",
                "expected a number in [0.3, 1], found 0.2");
        bad("boolean-type", edit("demonstration: true", "demonstration: maybe"), "places[1].demonstration",
                "expected true or false, found \"maybe\"");
        bad("names-not-list", edit("places: [Dongshan, Xipo]", "places: Dongshan"), "policies[3].places",
                "expected a list of names, found \"Dongshan\"");
        bad("empty-string", edit("county: Qinghe\n    seat", "county: ''\n    seat"), "places[4].county",
                "expected a non-empty string, found \"\"");
        bad("bad-name-pattern", edit("name: example   ", "name: ex ample "), "name",
                "expected letters, digits, '.', '_' or '-' only");
        bad("economy-not-mapping", edit("economy:\n", "economy: 5\nxeconomy:\n"), "economy",
                "expected a mapping, found 5");
        bad("no-counties", MINIMAL.replace("[{name: A, rural_households: 0}]", "[]"), "counties",
                "expected a list of at least 1 item(s), found 0");
        bad("no-urban-place", MINIMAL.replace("kind: town", "kind: township"), "places",
                "expected at least one place of kind town, county_seat or city");
        cross("county-without-seat", MINIMAL.replace("rural_households: 0}]", "rural_households: 0}, {name: B, rural_households: 10}]"),
                "counties[1]", "has 10 rural households but no township, town or county_seat");
        cross("duplicate-yaml-key", edit("seed: 20240101", "seed: 20240101\nseed: 3"), "seed", "duplicate key \"seed\"");
        set("set-index-out-of-range", "places[9].housing.units=500", "places[9].housing.units",
                "--set places[9].housing.units: there is no places[9] (places has 5 item(s))");
        set("set-unknown-key", "behaviour.b_incom=2", "behaviour.b_incom",
                "unknown key \"b_incom\"; did you mean \"b_income\"?");
        set("set-bad-value", "seed=abc", "seed", "expected an integer >= 0, found \"abc\"");
        set("set-malformed-value", "policies[0].places=[A,", "policies[0].places", "--set policies[0].places=[A,: malformed YAML");
        set("set-no-equals", "seed", "", "expected path=value");
        set("set-lever-to-before-from", "policies[0].to=2020", "policies[0].to", "expected a year >= from (2025), found 2020");
    }

    static List<Case> all() {
        return CASES;
    }
}

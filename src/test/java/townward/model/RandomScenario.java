package townward.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A randomly parameterized, valid scenario from a seed: 1-3 counties, 1-4 urban places each with random
 * capacities (sometimes a township and a listed village), a random subset of the levers with random years and
 * targets, random behaviour coefficients within their valid ranges. Small: a few hundred households per county.
 */
final class RandomScenario {

    private RandomScenario() {
    }

    static String yaml(long seed) {
        Random rnd = new Random(seed);
        StringBuilder y = new StringBuilder();
        int start = 2020 + rnd.nextInt(6);
        int end = start + 3 + rnd.nextInt(4);
        y.append("name: random-").append(seed).append('\n');
        y.append("start_year: ").append(start).append('\n');
        y.append("end_year: ").append(end).append('\n');
        y.append("seed: ").append(1 + rnd.nextInt(1_000_000)).append('\n');
        y.append("scale: ").append(f(0.3 + 0.7 * rnd.nextDouble())).append('\n');
        y.append("observed:\n  urbanization_rate: {").append(start).append(": ")
                .append(f(0.35 + 0.3 * rnd.nextDouble())).append("}\n");
        if (seed % 2 == 0) {   // two systems, one mirrored (its own draws, so the other scenarios stay as they were)
            Random sys = new Random(seed ^ 0x5eedL);
            y.append("destinations:\n");
            y.append("  - {name: rest_of_province, in_province: true, distance_km: ").append(f(50 + 300 * sys.nextDouble()))
                    .append(", mirror_inflow: true, posts: ").append(f(1e5 + 1e7 * sys.nextDouble())).append("}\n");
            y.append("  - {name: other_provinces, distance_km: ").append(f(500 + 1500 * sys.nextDouble()))
                    .append(", mirror_inflow: ").append(sys.nextBoolean()).append("}\n");
        }
        y.append("economy:\n");
        y.append("  wage_growth: ").append(f(0.08 * rnd.nextDouble())).append('\n');
        y.append("  land_market_depth: ").append(f(rnd.nextDouble() * 0.5)).append('\n');
        y.append("  price_elasticity: ").append(f(rnd.nextDouble())).append('\n');
        y.append("behaviour:\n");
        y.append("  consider_rate: ").append(f(0.1 + 0.8 * rnd.nextDouble())).append('\n');
        y.append("  lambda: ").append(f(0.3 + 0.7 * rnd.nextDouble())).append('\n');
        y.append("  b_income: ").append(f(0.5 + 2.5 * rnd.nextDouble())).append('\n');
        y.append("  b_school: ").append(f(2 * rnd.nextDouble())).append('\n');
        y.append("  b_network: ").append(f(4 * rnd.nextDouble())).append('\n');
        y.append("  b_size: ").append(f(0.5 + rnd.nextDouble())).append('\n');
        y.append("  b_hukou: ").append(f(rnd.nextDouble())).append('\n');
        y.append("  b_log_distance: ").append(f(2 * rnd.nextDouble())).append('\n');
        y.append("  b_move: ").append(f(4 * rnd.nextDouble())).append('\n');
        y.append("  b_split: ").append(f(rnd.nextDouble())).append('\n');
        y.append("  b_age: ").append(f(0.6 * rnd.nextDouble())).append('\n');
        y.append("  c_urban: ").append(f(-8 - 5 * rnd.nextDouble())).append('\n');
        y.append("  c_outside: ").append(f(-7 - 5 * rnd.nextDouble())).append('\n');
        y.append("  hukou_years: ").append(rnd.nextInt(4)).append('\n');
        y.append("  hukou_conversion_rate: ").append(f(rnd.nextDouble() * 0.5)).append('\n');
        y.append("  forfeit_factor: ").append(f(rnd.nextDouble())).append('\n');
        y.append("  months_away: ").append(f(3 + 9 * rnd.nextDouble())).append('\n');
        y.append("  commute_km: ").append(f(5 + 25 * rnd.nextDouble())).append('\n');

        int counties = 1 + rnd.nextInt(3);
        List<String> countyNames = new ArrayList<>();
        List<List<String>> urbanByCounty = new ArrayList<>();
        List<String> townships = new ArrayList<>();
        List<String> villages = new ArrayList<>();
        StringBuilder places = new StringBuilder("places:\n");
        y.append("counties:\n");
        for (int c = 0; c < counties; c++) {
            String county = "C" + c;
            countyNames.add(county);
            int households = 200 + rnd.nextInt(800);
            y.append("  - name: ").append(county).append('\n');
            y.append("    rural_households: ").append(households).append('\n');
            y.append("    villages: {count: ").append(1 + rnd.nextInt(8)).append(", radius_km: ")
                    .append(f(3 + 20 * rnd.nextDouble())).append("}\n");
            y.append("    household:\n");
            y.append("      size: ").append(f(2 + 2.5 * rnd.nextDouble())).append('\n');
            y.append("      children_share: ").append(f(rnd.nextDouble())).append('\n');
            y.append("      elderly_share: ").append(f(rnd.nextDouble())).append('\n');
            y.append("      land_mu: ").append(f(8 * rnd.nextDouble())).append('\n');
            y.append("      land_transferred: ").append(f(0.6 * rnd.nextDouble())).append('\n');
            y.append("      savings: ").append(f(10000 + 150000 * rnd.nextDouble())).append('\n');
            y.append("      away_share: ").append(f(0.6 * rnd.nextDouble())).append('\n');
            y.append("      away_outside_share: ").append(f(rnd.nextDouble())).append('\n');
            y.append("      dividend: ").append(rnd.nextBoolean() ? 0 : rnd.nextInt(1000)).append('\n');
            double lon = 110 + c * 0.6;
            double lat = 30;
            int urban = 1 + rnd.nextInt(4);
            List<String> names = new ArrayList<>();
            for (int k = 0; k < urban; k++) {
                String kind = k == 0 ? "county_seat" : rnd.nextInt(5) == 0 ? "city" : "town";
                String name = county + "-" + kind + k;
                names.add(name);
                int pop = 2000 + rnd.nextInt(40000);
                places.append("  - name: ").append(name).append('\n');
                places.append("    kind: ").append(kind).append('\n');
                places.append("    county: ").append(county).append('\n');
                places.append("    lon: ").append(f(lon + 0.15 * (rnd.nextDouble() - 0.5))).append('\n');
                places.append("    lat: ").append(f(lat + 0.15 * (rnd.nextDouble() - 0.5))).append('\n');
                places.append("    population: ").append(pop).append('\n');
                places.append("    built_up_growth_km2: ").append(f(0.2 * rnd.nextDouble())).append('\n');
                places.append("    hukou_open: ").append(rnd.nextBoolean()).append('\n');
                places.append("    jobs: {posts: ").append((int) (pop * (0.1 + 0.5 * rnd.nextDouble())))
                        .append(", wage: ").append(2500 + rnd.nextInt(3000))
                        .append(", growth: ").append(f(0.04 * rnd.nextDouble() - 0.01)).append("}\n");
                places.append("    housing: {units: ").append(rnd.nextInt(400))
                        .append(", price: ").append(2000 + rnd.nextInt(6000))
                        .append(", rent: ").append(3000 + rnd.nextInt(9000))
                        .append(", rental_units: ").append(rnd.nextInt(300))
                        .append(", completions: ").append(rnd.nextInt(150))
                        .append(", affordable_units: ").append(rnd.nextInt(100)).append("}\n");
                places.append("    schools: {primary: ").append(rnd.nextInt(800))
                        .append(", junior: ").append(rnd.nextInt(400))
                        .append(", senior: ").append(rnd.nextInt(600))
                        .append(", open_enrolment: ").append(rnd.nextBoolean()).append("}\n");
            }
            urbanByCounty.add(names);
            if (rnd.nextBoolean()) {
                String t = county + "-township";
                townships.add(t);
                places.append("  - name: ").append(t).append("\n    kind: township\n    county: ").append(county)
                        .append("\n    lon: ").append(f(lon + 0.1)).append("\n    lat: ").append(f(lat - 0.05))
                        .append("\n    population: ").append(500 + rnd.nextInt(3000)).append('\n');
            }
            if (rnd.nextBoolean()) {
                String v = county + "-village";
                villages.add(v + "@" + names.get(0));
                places.append("  - name: ").append(v).append("\n    kind: village\n    county: ").append(county)
                        .append("\n    seat: ").append(names.get(0))
                        .append("\n    households: ").append(50 + rnd.nextInt(300))
                        .append("\n    lon: ").append(f(lon + 0.02)).append("\n    lat: ").append(f(lat + 0.02))
                        .append('\n');
            }
        }
        y.append(places);

        List<String> allUrban = urbanByCounty.stream().flatMap(List::stream).toList();
        StringBuilder pol = new StringBuilder();
        String[] levers = {"industrial_park", "skills_training", "school_consolidation", "housing_subsidy",
            "housing_voucher", "homestead_swap", "government_purchase", "provident_fund", "hukou_opening",
            "land_transfer", "rights_retention", "voluntary_exit", "collective_shares", "pension",
            "reclassification", "return_entrepreneurship"};
        for (String lever : levers) {
            if (rnd.nextDouble() < 0.4) {
                continue;
            }
            int from = start + rnd.nextInt(end - start + 2);
            int to = from + rnd.nextInt(end - from + 3);
            pol.append("  - lever: ").append(lever).append("\n    from: ").append(from).append("\n    to: ")
                    .append(to).append('\n');
            boolean placeLever = !List.of("skills_training", "land_transfer", "rights_retention", "voluntary_exit",
                    "collective_shares", "pension", "reclassification", "return_entrepreneurship").contains(lever);
            if (placeLever && rnd.nextBoolean()) {
                pol.append("    places: [").append(pick(allUrban, rnd)).append("]\n");
            } else if (!lever.equals("reclassification") && rnd.nextBoolean()) {
                pol.append("    counties: [").append(countyNames.get(rnd.nextInt(counties))).append("]\n");
            }
            switch (lever) {
                case "industrial_park" -> pol.append("    posts_per_year: ").append(rnd.nextInt(800))
                        .append("\n    wage_premium: ").append(f(0.2 * rnd.nextDouble())).append('\n');
                case "skills_training" -> pol.append("    share_per_year: ").append(f(0.2 * rnd.nextDouble()))
                        .append('\n');
                case "school_consolidation" -> pol.append("    close_share_per_year: ").append(f(rnd.nextDouble()))
                        .append("\n    seats_per_year: ").append(rnd.nextInt(300))
                        .append("\n    senior_to_county_seat: ").append(rnd.nextBoolean()).append('\n');
                case "housing_subsidy" -> pol.append("    share: ").append(f(0.3 * rnd.nextDouble()))
                        .append("\n    eligible: ").append(pick(List.of("all", "rural_hukou", "first_home"), rnd))
                        .append('\n');
                case "housing_voucher" -> pol.append("    value: ").append(rnd.nextInt(100000))
                        .append("\n    recipients: ").append(pick(List.of("all_rural", "homestead_exit"), rnd))
                        .append('\n');
                case "homestead_swap" -> pol.append("    flats_per_year: ").append(rnd.nextInt(200)).append('\n');
                case "government_purchase" -> pol.append("    units_per_year: ").append(rnd.nextInt(200))
                        .append("\n    use: ").append(rnd.nextBoolean() ? "rent" : "sale").append('\n');
                case "provident_fund" -> pol.append("    loan_to_value: ").append(f(0.5 + 0.5 * rnd.nextDouble()))
                        .append('\n');
                case "hukou_opening" -> pol.append("    services: ").append(rnd.nextBoolean()).append('\n');
                case "land_transfer" -> pol.append("    rent_per_mu: ").append(300 + rnd.nextInt(700))
                        .append("\n    operator_demand_mu: ").append(rnd.nextInt(5000)).append('\n');
                case "voluntary_exit" -> pol.append("    per_mu: ").append(rnd.nextInt(50000)).append('\n');
                case "collective_shares" -> pol.append("    dividend: ").append(rnd.nextInt(2000)).append('\n');
                case "pension" -> pol.append("    resident_monthly: ").append(100 + rnd.nextInt(300)).append('\n');
                case "return_entrepreneurship" -> pol.append("    quota: ").append(rnd.nextInt(300))
                        .append("\n    loan: ").append(rnd.nextInt(200000)).append('\n');
                case "reclassification" -> {
                    int c = rnd.nextInt(counties);
                    pol.append("    places: [").append(urbanByCounty.get(c).get(0)).append("]\n");
                    pol.append("    nearest_villages: ").append(rnd.nextInt(3)).append('\n');
                    if (!townships.isEmpty() && rnd.nextBoolean()) {
                        pol.append("    townships: [").append(pick(townships, rnd)).append("]\n");
                    }
                    if (!villages.isEmpty() && rnd.nextBoolean()) {
                        String[] v = pick(villages, rnd).split("@");
                        pol.append("    villages: [").append(v[0]).append("]\n");
                        if (rnd.nextBoolean()) {
                            pol.append("    relocate_to: ").append(v[1]).append("\n    consent_share: ")
                                    .append(f(rnd.nextDouble())).append('\n');
                        }
                    }
                }
                default -> { }
            }
        }
        if (pol.length() > 0) {
            y.append("policies:\n").append(pol);
        }
        return y.toString();
    }

    private static String pick(List<String> list, Random rnd) {
        return list.get(rnd.nextInt(list.size()));
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}

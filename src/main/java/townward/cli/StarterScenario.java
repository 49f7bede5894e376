package townward.cli;

import java.util.Locale;

/**
 * The commented starter scenario of {@code townward init}: one county with a county seat and K towns (the first a
 * demonstration town with an industrial park), every number marked as the planner's to replace. Its urban
 * populations agree with the observed start rate (the start calibration's factor is near 1), so the first run
 * does not rescale what the planner wrote.
 */
final class StarterScenario {

    /** Rural households of the starter county: about 66,000 rural residents. */
    private static final int HOUSEHOLDS = 20000;

    /** Urban residents of the seat and towns together that give the observed 50 % with those households. */
    private static final int URBAN = 54000;

    private StarterScenario() {
    }

    /**
     * @param name    scenario name (the results folder)
     * @param county  county name
     * @param towns   number of towns, at least 1
     * @param behaviourFile  the path of the calibrated behaviour file as the scenario will find it
     */
    static String text(String name, String county, int towns, String behaviourFile) {
        int town = Math.min(6000, URBAN * 4 / 10 / towns / 100 * 100);
        int seat = URBAN - towns * town;
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, """
                # townward scenario, written by `townward init %1$s`. Replace every number marked
                # "REPLACE" with the county's own (statistical yearbook, 县统计公报, the programme document) and say
                # where it comes from in its comment. Field reference: docs/scenario-format.md.
                # yaml-language-server: $schema=townward.schema.json
                name: %1$s                    # results go to results/%1$s/ (letters, digits, . _ - only)
                region: %2$s                  # the region's name as the briefing prints it (Chinese welcome)
                description: |
                  %2$s: a starter scenario with a county seat and %3$d town(s); the first town is a
                  demonstration town (示范城镇) with an industrial park. Describe the programme here.
                start_year: 2024              # the observed start (built, not simulated)
                end_year: 2035                # last simulated year, inclusive
                seed: 1                       # master random seed: the same seed gives the same results
                scale: 1.0                    # simulated households per real household; 0.25 runs 4 times faster
                behaviour_file: %6$s   # the calibrated behaviour coefficients (do not remove)

                observed:
                  urbanization_rate: {2024: 0.50}   # REPLACE: 常住人口城镇化率 of the start year; calibrates the start

                economy:
                  wage_growth: 0.044          # data/migrant_workers.csv monthly_income_local China 2017-2024
                  land_rent_per_mu: 600       # REPLACE: local land-transfer rent, yuan per mu and year

                outside:
                  wage_growth: 0.058          # data/migrant_workers.csv monthly_income_outside China 2017-2024

                counties:
                  - name: %2$s
                    rural_households: %4$d    # REPLACE: rural households (农村户数)
                    villages: {count: 40, radius_km: 14}   # REPLACE: village clusters and the county's radius
                    household:
                      size: 3.3               # REPLACE: persons per rural household
                      land_mu: 3.7            # REPLACE: contracted land per household, mu
                      away_share: 0.40        # REPLACE: share of households with workers away (留守)

                places:
                  - name: %2$s County Seat    # 县城
                    kind: county_seat
                    county: %2$s
                    lon: 113.00               # REPLACE: longitude and latitude
                    lat: 29.00
                    population: %5$d         # REPLACE: urban residents, not counting rural families' members
                    jobs: {posts: 18000, wage: 4300}   # REPLACE: formal posts and monthly wage, yuan
                    housing: {units: 800, price: 4500, rent: 9600, rental_units: 400}   # REPLACE: stock for sale, yuan/m², yearly rent, flats to let
                    schools: {primary: 1200, junior: 600}   # REPLACE: spare seats for rural pupils
                """, name, county, towns, HOUSEHOLDS, seat, behaviourFile));
        for (int i = 1; i <= towns; i++) {
            b.append(String.format(Locale.ROOT, """
                      - name: Town %1$d                # REPLACE: the town's name
                        kind: town
                        county: %2$s
                    %3$s    lon: %4$.2f
                        lat: %5$.2f
                        population: %6$d           # REPLACE: urban residents
                        jobs: {posts: %7$d, wage: 3900}
                        housing: {units: 200, price: 3200, rent: 6000, rental_units: 100}
                        schools: {primary: 400, junior: 200}
                    """, i, county, i == 1 ? "    demonstration: true       # the demonstration town (示范城镇)\n" : "",
                    113.0 + 0.12 * Math.cos(i), 29.0 + 0.1 * Math.sin(i), town, town / 3));
        }
        b.append("""

                policies:
                  - lever: industrial_park    # 产业园区 in the demonstration town
                    id: park                  # names it in --set and --vary: policies[park].posts_per_year
                    places: [Town 1]
                    from: 2025
                    to: 2030
                    posts_per_year: 500       # REPLACE: posts the park adds each year

                targets:
                  urbanization_rate: {2030: 0.56, 2035: 0.60}   # REPLACE: the programme's targets
                """);
        return b.toString();
    }
}

package townward.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townward.economy.Breakdown;
import townward.economy.FiveGolds;
import townward.economy.SurveyIncome;
import townward.household.Arrangement;
import townward.household.Households;
import townward.household.Residence;
import townward.scenario.ScenarioLoader;

/**
 * return_entrepreneurship (返乡创业; MODEL.md 4, 5.9, 6.3): business slots for families back from a destination
 * system raise returns through the home earnings of the return hazard, never exceed the quota, go only where and
 * when the lever applies, cost the grants and interest subsidies of the businesses started, and add the business's
 * income at home.
 */
class ReturnEntrepreneurshipTest {
    static final double SCALE = 0.5;
    static final int SEEDS = 3;
    /**
     * The return intensity the lever was measured at (the fit of 2026-12-04 before youth chose alone): these tests
     * check the lever's mechanics, which need families coming back, not the fitted hazard of the day.
     */
    static final String RETURNS = "behaviour.c_return=-3.7";
    /** The lever as the measured comparison added it to the example (see {@link #raisesReturnsFromTheSystems}). */
    static final String LEVER = """
              - lever: return_entrepreneurship
                counties: [Qinghe]
                from: 2025
                to: 2030
                quota: 40
            """;

    @TempDir
    Path dir;

    /** The example with these levers added and, optionally, a second county the levers name or not. */
    private Path example(String levers, boolean secondCounty) throws Exception {
        String text = Files.readString(Runs.EXAMPLE).replace("\ntargets:", "\n" + levers + "\ntargets:");
        if (secondCounty) {
            text = text.replace("\nplaces:\n", """

                      - name: Baishui
                        rural_households: 10000
                        household: {size: 3.37, land_mu: 3.73, away_share: 0.40, away_outside_share: 0.60}

                    places:
                      - name: Baishui County Seat
                        kind: county_seat
                        county: Baishui
                        lon: 113.40
                        lat: 29.20
                        population: 30000
                        jobs: {posts: 12000, wage: 4291}
                    """);
        }
        text = text.replace("calibration/behaviour.yaml", Path.of("calibration/behaviour.yaml").toAbsolutePath().toString());
        return Files.writeString(dir.resolve("returns-" + Math.abs((levers + secondCounty).hashCode()) + ".yaml"), text);
    }

    private static Runs.Metrics run(Path file, String... sets) throws Exception {
        List<String> all = new ArrayList<>(List.of(sets));
        all.add(RETURNS);
        return Runs.run(ScenarioLoader.load(file, all));
    }

    private static List<Runs.Metrics> seeds(Path file) {
        return Runs.seeds(file, SEEDS, 1000, List.of("scale=" + SCALE, RETURNS));
    }

    private static double mean(List<Runs.Metrics> runs, String metric) {
        return Runs.meanCumulative(runs, metric);
    }

    @Test
    void raisesReturnsFromTheSystems() throws Exception {
        // Measured (./townward compare example.yaml example+LEVER.yaml --runs 20 --set scale=0.5, paired sums of the
        // yearly returners): 300 more persons return from the systems over 2025-2035, 90 % interval [288, 313], on
        // 2,173 without it (+14 %); 368 are attributable to the lever in 2025-2030 [360, 376] (the rise of the
        // hazard), and some of them would have come back later anyway (2031-2035: 47 fewer returners [40, 54]);
        // 240 businesses (40 a year, the quota binds), 1.2 million yuan of grants; in 2035 299 fewer persons beyond
        // the region [284, 315], 136 more urban and 170 more rural residents (rate -0.04 points).
        List<Runs.Metrics> off = seeds(example("", false));
        List<Runs.Metrics> on = seeds(example(LEVER, false));
        double more = mean(on, "returners") - mean(off, "returners");
        assertTrue(more > 150, "returners with the lever " + mean(on, "returners") + ", without " + mean(off, "returners"));
        assertEquals(0, mean(off, "returners_attributable"));
        double attributable = mean(on, "returners_attributable");
        assertTrue(attributable > 200 && attributable < 2 * more, "returners attributable " + attributable);
        assertEquals(240, mean(on, "return_businesses"), 1e-9, "40 a year for six years");
    }

    @Test
    void neverMoreBusinessesThanTheQuota() throws Exception {
        // 45 a year at scale 0.5 is 22.5 slots, rounded stochastically: at most 23, i.e. 46 in real units
        Runs.Metrics tight = run(example(LEVER.replace("quota: 40", "quota: 45"), false), "scale=" + SCALE,
                "end_year=2030");
        double started = 0;
        for (int year = 2025; year <= 2030; year++) {
            double n = tight.region(year, "return_businesses");
            assertTrue(n <= Math.ceil(45 * SCALE) / SCALE, year + ": " + n + " businesses for a quota of 45");
            started += n;
        }
        assertEquals(6 * 45, started, 6 / SCALE, "the quota binds: about 45 a year");
        // a quota larger than the families coming back: each of them gets one, never more than came back
        Runs.Metrics loose = run(example(LEVER.replace("quota: 40", "quota: 5000"), false), "scale=" + SCALE,
                "end_year=2030");
        for (int year = 2025; year <= 2030; year++) {
            double n = loose.region(year, "return_businesses");
            assertTrue(n > 0 && n < loose.region(year, "returners"), year + ": " + n + " businesses, "
                    + loose.region(year, "returners") + " persons back");
        }
    }

    @Test
    void noBusinessWhereOrWhenTheLeverDoesNotApply() throws Exception {
        String lever = LEVER.replace("from: 2025", "from: 2027").replace("to: 2030", "to: 2029");
        int[] otherCounty = new int[2];   // businesses in Baishui; its families back and eligible but for the county
        Runs.Metrics m = Runs.run(ScenarioLoader.load(example(lever, true), List.of("scale=" + SCALE, "end_year=2032", RETURNS)),
                1, r -> {
                    int baishui = r.countyNames.indexOf("Baishui");
                    Households hh = r.households;
                    for (int h = 0; h < hh.size(); h++) {
                        if (hh.alive(h) && r.countyOf(h) == baishui) {
                            otherCounty[0] += hh.returnBusiness(h) > 0 ? 1 : 0;
                            boolean home = hh.adults(h) > Residence.adultsAway(hh, h, hh.arrangement(h));
                            otherCounty[1] += r.year >= 2027 && r.year <= 2029 && home
                                    && hh.is(h, Households.RETURNED_THIS_YEAR) ? 1 : 0;
                        }
                    }
                });
        assertEquals(0, otherCounty[0], "businesses in the county the lever does not name");
        assertTrue(otherCounty[1] > 10, "families back in Baishui while the lever ran: " + otherCounty[1]);
        for (int year : new int[] {2025, 2026, 2030, 2031, 2032}) {
            assertEquals(0, m.region(year, "return_businesses"), "businesses started in " + year);
            assertEquals(0, m.region(year, "returners_attributable"), "returners attributable in " + year);
        }
        for (int year = 2027; year <= 2029; year++) {
            assertTrue(m.region(year, "return_businesses") > 0, "businesses started in " + year);
        }
    }

    @Test
    void costIsTheGrantsAndInterestSubsidiesOfTheBusinessesStarted() throws Exception {
        String lever = LEVER + """
                    grant: 8000
                    loan: 100000
                    interest_subsidy: 0.02
                    loan_years: 3
                """;
        Runs.Metrics m = run(example(lever, false), "scale=" + SCALE, "end_year=2031");
        for (int year = 2025; year <= 2031; year++) {
            double businesses = m.region(year, "return_businesses");
            assertEquals(businesses * (8000 + 100000 * 0.02 * 3), m.region(year, "cost_return_entrepreneurship"),
                    1e-6, "cost in " + year);
        }
        assertTrue(m.region(2025, "cost_return_entrepreneurship") > 0);
    }

    @Test
    void aBusinessIsIncomeAtHomeAndAReturningFamilyExpectsOne() throws Exception {
        List<String> checks = new ArrayList<>();
        int[] seen = new int[2];
        Runs.run(ScenarioLoader.load(example(LEVER, false), List.of("scale=" + SCALE, "end_year=2027", RETURNS)), 1, r -> {
            if (r.year < 2025) {
                return;
            }
            Households hh = r.households;
            FiveGolds golds = new FiveGolds(r);
            Breakdown b = new Breakdown();
            for (int h = 0; h < hh.size(); h++) {
                if (!hh.alive(h)) {
                    continue;
                }
                if (hh.returnBusiness(h) > 0) {
                    seen[0]++;
                    if (hh.adults(h) <= Residence.adultsAway(hh, h, hh.arrangement(h))) {
                        checks.add(r.year + ": family " + h + " keeps a business with nobody of working age at home");
                    }
                    // operating income of the household survey (MODEL.md 6.3): farming and business
                    double business = hh.returnBusiness(h) * r.wageIndex;
                    if (SurveyIncome.members(r, h) > 0 && hh.survey(h, Households.SURVEY_OPERATING) < business - 1) {
                        checks.add(r.year + ": family " + h + " operating income " + hh.survey(h,
                                Households.SURVEY_OPERATING) + " below its business " + business);
                    }
                } else if (r.isSystem(hh.away(h)) && hh.arrangement(h) == Arrangement.WORKERS_AWAY
                        && hh.older(h) == 0) {
                    // coming home it expects the slot's chance times the income; staying away with nobody of
                    // working age at home (no older generation there, MODEL.md 2.5), nothing
                    boolean returning = hh.is(h, Households.RETURNING);
                    hh.set(h, Households.RETURNING);
                    golds.evaluate(h, Arrangement.TOGETHER_HOME, -1, b, false);
                    double home = b.business;
                    golds.evaluate(h, hh.arrangement(h), hh.away(h), b, false);
                    double away = b.business;
                    hh.clear(h, Households.RETURNING);
                    golds.evaluate(h, Arrangement.TOGETHER_HOME, -1, b, false);
                    double notReturning = b.business;
                    if (returning) {
                        hh.set(h, Households.RETURNING);
                    }
                    double offered = r.returnBusinesses.offered(r, h);
                    seen[1]++;
                    if (offered <= 0 || Math.abs(home - notReturning - offered) > 1e-6 || away != 0) {
                        checks.add(r.year + ": family " + h + " expects " + (home - notReturning) + " at home, "
                                + away + " away; offered " + offered);
                    }
                }
            }
        });
        assertTrue(seen[0] > 20 && seen[1] > 20, "families checked: " + seen[0] + " with a business, " + seen[1]
                + " at the system");
        assertTrue(checks.isEmpty(), String.join("\n", checks.subList(0, Math.min(10, checks.size()))));
    }

    @Test
    void oneAndThreeThreadsGiveIdenticalMetrics() throws Exception {
        // scale 1: about 20,000 families, several chunks of the parallel decisions
        var s = ScenarioLoader.load(example(LEVER, false), List.of("end_year=2027", RETURNS));
        String one = DeterminismTest.csv(s, 1);
        assertTrue(one.contains("return_businesses,40"), "businesses were started");
        assertEquals(one, DeterminismTest.csv(s, 3));
    }
}

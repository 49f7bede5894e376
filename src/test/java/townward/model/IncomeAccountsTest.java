package townward.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import townward.household.Households;
import townward.household.Residence;

/** Participation, months, the county pools of local work and the survey-comparable income (MODEL.md 6.1, 6.3). */
class IncomeAccountsTest {

    @Test
    void workersAreTheAdultsWhoParticipateAndLessParticipationEarnsLess() {
        double[] adults = new double[1];
        double[] workers = new double[1];
        Runs.Metrics base = Runs.run(Runs.example("scale=0.25", "end_year=2026"), 2, r -> {
            Households hh = r.households;
            for (int h = 0; h < hh.size(); h++) {
                if (hh.alive(h)) {
                    assertTrue(hh.workers(h) <= hh.adults(h), "workers are adults");
                    assertTrue(Residence.workersAway(hh, h, hh.arrangement(h)) <= Residence.adultsAway(hh, h, hh.arrangement(h)));
                    assertTrue(hh.commuters(h) <= Residence.workersHome(hh, h, hh.arrangement(h)), "commuters work");
                    adults[0] += hh.adults(h);
                    workers[0] += hh.workers(h);
                }
            }
        });
        double share = workers[0] / adults[0];
        assertTrue(share > 0.7 && share < 0.95, "participation of adults 16-59 by the census table: " + share);
        Runs.Metrics half = Runs.run(Runs.example("scale=0.25", "end_year=2026", "labour.participation_scale=0.5"));
        double ratio = half.region(2026, "rural_income_wage_pc") / base.region(2026, "rural_income_wage_pc");
        assertTrue(ratio > 0.35 && ratio < 0.75, "half the participation, about half the wage income at home: " + ratio);
    }

    @Test
    void surveyIncomeAddsUpAndBusinessIsOperatingIncome() {
        Runs.Metrics base = Runs.run(Runs.example("scale=0.25", "end_year=2026"));
        double sum = 0;
        double shares = 0;
        for (String part : new String[] {"wage", "operating", "property", "transfer"}) {
            sum += base.region(2026, "rural_income_" + part + "_pc");
            shares += base.region(2026, "rural_income_" + part + "_share");
        }
        assertEquals(base.region(2026, "rural_income_pc"), sum, 1e-6 * sum, "the four parts make the total");
        assertEquals(1, shares, 1e-9);
        assertTrue(base.region(2026, "rural_net_income_pc") < base.region(2026, "rural_income_pc"),
                "the old definition also counts the lone workers away among the members");
        Runs.Metrics none = Runs.run(Runs.example("scale=0.25", "end_year=2026", "labour.business_share=0"));
        double drop = base.region(2026, "rural_income_operating_pc") - none.region(2026, "rural_income_operating_pc");
        // a tenth of families earn 12 months of local wages (3,000 yuan/month in 2024 money, x1.044^2) among about
        // three members at home: roughly 1,300 yuan a head
        assertTrue(drop > 500 && drop < 2500, "a business at home in one family of ten: " + drop);
    }

    @Test
    void scarceLocalWorkSendsMoreWorkersToCommute() {
        Runs.Metrics base = Runs.run(Runs.example("scale=0.25", "end_year=2028"));
        Runs.Metrics scarce = Runs.run(Runs.example("scale=0.25", "end_year=2028", "labour.local_jobs_per_resident=0.05"));
        assertTrue(scarce.region(2028, "local_migrant_workers") < base.region(2028, "local_migrant_workers"),
                "fewer local openings, fewer local workers");
        assertTrue(scarce.region(2028, "commuting_share") > base.region(2028, "commuting_share"),
                "where local work is scarce, the town within reach draws more commuters");
    }

    @Test
    void outsideWagesFollowTheirOwnSeries() {
        double[] index = new double[2];
        Runs.run(Runs.example("scale=0.1", "end_year=2030"), 1, r -> {
            index[0] = r.wageIndex;
            index[1] = r.systems.wageIndex(0);
        });
        assertEquals(Math.pow(1.044, 6), index[0], 1e-9, "local and town wages: 4.4 %/yr");
        assertEquals(Math.pow(1.058, 6), index[1], 1e-9, "outside wages: 5.8 %/yr");
    }

    @Test
    void otherFarmIncomeIsEarnedByEveryFamilyThatFarmsAndFollowsTheFarmIndex() {
        int[] farming = new int[1];
        double[] index = new double[2];
        Runs.run(Runs.example("scale=0.1", "end_year=2027", "economy.other_farm_income=6000",
                "economy.farm_income_growth=0.01"), 1, r -> {
            Households hh = r.households;
            var e = r.scenario.economy();
            for (int h = 0; h < hh.size(); h++) {
                int arr = hh.arrangement(h);
                if (!hh.alive(h) || hh.adults(h) - Residence.adultsAway(hh, h, arr) == 0
                        || hh.landUntransferred(h) == 0) {
                    continue;
                }
                farming[0]++;
                double crops = hh.landUntransferred(h) * e.farmIncomePerMu();
                assertEquals((crops + 6000) * r.farmIndex, hh.gold(h, Households.LAND_FARMED),
                        1e-6 * hh.gold(h, Households.LAND_FARMED), "crops and the farm's other income");
            }
            index[0] = r.farmIndex;
            index[1] = r.wageIndex;
        });
        assertTrue(farming[0] > 100, "families farming: " + farming[0]);
        assertEquals(Math.pow(1.01, 3), index[0], 1e-9, "farm incomes grow at their own rate, not the wages' 4.4 %");
        assertTrue(index[1] > index[0]);
    }

    @Test
    void dibaoLiftsRuralFamiliesToTheLineAndRaisesTransfers() {
        double line = 12000;
        int[] lifted = new int[1];
        Runs.Metrics with = Runs.run(Runs.example("scale=0.1", "end_year=2026", "labour.business_share=0",
                "economy.dibao_line=" + line, "economy.dibao_take_up=1"), 1, r -> {
            Households hh = r.households;
            for (int h = 0; h < hh.size(); h++) {
                if (!hh.alive(h) || hh.persons(h) == 0 || hh.returnBusiness(h) > 0) {
                    continue;
                }
                double golds = 0;
                for (int k = 0; k < Households.GOLDS; k++) {
                    golds += hh.gold(h, k);
                }
                double floor = line * r.wageIndex * hh.persons(h);
                if (!hh.urbanHukou(h)) {
                    assertTrue(golds >= floor * (1 - 1e-6), "a rural family below the line is paid the gap (golds are floats)");
                    lifted[0] += Math.abs(golds - floor) < 1e-5 * floor ? 1 : 0;
                }
            }
        });
        assertTrue(lifted[0] > 0, "some families are exactly at the line: " + lifted[0]);
        Runs.Metrics without = Runs.run(Runs.example("scale=0.1", "end_year=2026", "labour.business_share=0"));
        assertTrue(with.region(2026, "rural_income_transfer_pc") > without.region(2026, "rural_income_transfer_pc"),
                "低保 is a transfer");
        double share = with.region(2026, "dibao_recipient_share");
        assertTrue(share > without.region(2026, "dibao_recipient_share") && share <= 1,
                "a higher line and full take-up: more recipients among rural residents, " + share);
    }
}

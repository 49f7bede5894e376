package townward.economy;

import townward.household.Households;
import townward.household.Residence;
import townward.model.Region;

/**
 * A family's income as the rural household survey defines it (MODEL.md 6.3), for its members counted at a rural
 * village: wage (earnings of members at home), operating (farming and business), property (land rent, dividends,
 * house rent, interest) and transfer (pensions, the land subsidy, remittances of members counted away, less
 * contributions). What members away earn is theirs, not the village's: it reaches the village only as remittances,
 * those of the family's lone workers and of its members living apart (MODEL.md 5.8).
 */
public final class SurveyIncome {

    private SurveyIncome() {
    }

    /**
     * Stores the four parts of family h's survey income from its realized breakdown (0 when nobody is rural), with
     * what its members living apart send home.
     */
    static void store(Region r, int h, Breakdown b, double apartRemittances) {
        Households hh = r.households;
        int rural = members(r, h);
        if (rural == 0) {
            for (int k = 0; k < Households.SURVEY; k++) {
                hh.setSurvey(h, k, 0);
            }
            return;
        }
        var e = r.scenario.economy();
        double awayCosts = b.housingCost + b.livingCost;
        double remittances = r.scenario.labour().remitShare() * Math.max(0, b.wagesAway - awayCosts);
        hh.setSurvey(h, Households.SURVEY_WAGE, b.wages - b.wagesAway);
        hh.setSurvey(h, Households.SURVEY_OPERATING, b.landFarmed + b.business);
        hh.setSurvey(h, Households.SURVEY_PROPERTY, b.landTransferred + b.dividends + b.rent
                + e.depositRate() * hh.savings(h));
        hh.setSurvey(h, Households.SURVEY_TRANSFER, b.security + b.landSubsidy + remittances + apartRemittances
                - e.contributionsPerPerson() * r.wageIndex * rural);
    }

    /** Members counted at the family's village by the six-month rule, when that village is rural. */
    public static int members(Region r, int h) {
        Households hh = r.households;
        if (r.villages.get(hh.village(h)).urban) {
            return 0;
        }
        return Residence.countedHome(hh, h, r.scenario.behaviour().monthsAway());
    }
}

package townward.scenario;

import java.util.Map;

/**
 * Region-wide economic parameters. Money in nominal yuan of the start year.
 *
 * @param wageGrowth            yearly growth of all wages and rents
 * @param farmIncomePerMu       net income of land farmed by the household, yuan/mu/yr
 * @param entrustedIncomePerMu  net income of land entrusted to farm services (托管), yuan/mu/yr
 * @param landRentPerMu         cash rent of transferred land, yuan/mu/yr
 * @param landRentFreeShare     share of transfers that pay no cash rent
 * @param landMarketDepth       yearly probability that land offered for transfer finds a tenant
 * @param localWage             monthly wage of local non-farm work in or near the village
 * @param pensionMonthly        resident basic pension, yuan/month per person 60+
 * @param employeePensionShare  employee pension as a share of the post wage, for retirees who held a post
 * @param mortgageRate          yearly mortgage interest rate
 * @param mortgageYears         mortgage term
 * @param downPayment           down payment as a share of the price
 * @param subsistence           income floor, yuan/person/yr
 * @param workerRentShare       a lone worker's housing cost (dormitory, shared room) as a share of a household's market rent
 * @param commuteCostPerKm      yearly commuting cost per km of distance, yuan
 * @param boardingCost          yearly boarding cost per pupil boarding away from home, yuan
 * @param villageRentPerM2      yearly rent a vacated village house earns per m² of homestead, when rented
 * @param villageRentDemand     yearly probability that a vacated village house finds a tenant
 * @param quotaValuePerMu       value of a construction-land quota (增减挂钩) per mu of reclaimed homestead, yuan
 * @param priceElasticity       yearly price response to excess demand (share of price per unit of demand/stock ratio)
 * @param cpiGrowth             yearly consumer-price inflation, which deflates the real outputs (start year = 1)
 * @param wageGrowthFrom        the region's wage growth from each given year on (a chained data series); before
 *                              the first year, wageGrowth
 * @param landSubsidyPerMu      yearly subsidy per contracted mu, paid to the holder whoever farms
 * @param depositRate           yearly interest on savings (survey-comparable property income only)
 * @param contributionsPerPerson yearly social-insurance contributions per rural resident (survey-comparable only)
 * @param otherFarmIncome       yearly net income of a farming household beyond its crops (livestock, orchards,
 *                              vegetables, fish), yuan
 * @param farmIncomeGrowth      yearly growth of farm incomes per mu and per farm and of the land subsidy
 * @param dibaoLine             rural minimum living guarantee line (低保标准), yuan/person/yr
 * @param dibaoTakeUp           share of the families below the line who draw 低保
 * @param pensionTopupShare     what the resident pension pays above its minimum (local top-ups, individual accounts), a share
 */
public record Economy(
        double wageGrowth,
        double farmIncomePerMu,
        double entrustedIncomePerMu,
        double landRentPerMu,
        double landRentFreeShare,
        double landMarketDepth,
        double localWage,
        double pensionMonthly,
        double employeePensionShare,
        double mortgageRate,
        int mortgageYears,
        double downPayment,
        double subsistence,
        double workerRentShare,
        double commuteCostPerKm,
        double boardingCost,
        double villageRentPerM2,
        double villageRentDemand,
        double quotaValuePerMu,
        double priceElasticity,
        double cpiGrowth,
        Map<Integer, Double> wageGrowthFrom,
        double landSubsidyPerMu,
        double depositRate,
        double contributionsPerPerson,
        double otherFarmIncome,
        double farmIncomeGrowth,
        double dibaoLine,
        double dibaoTakeUp,
        double pensionTopupShare) {

    public Economy {
        wageGrowthFrom = Map.copyOf(wageGrowthFrom);
    }

    /** Growth of the region's wages from year - 1 to year. */
    public double wageGrowthIn(int year) {
        return WageSeries.growthIn(wageGrowth, wageGrowthFrom, year);
    }
}

package townward.scenario;

/**
 * Who works, how many months, and the markets for work (MODEL.md 6.1, 6.3): posts are scarce at urban places,
 * informal work is congested, and local work near the village has its own county pool.
 *
 * @param informalWageRatio    monthly informal earnings as a share of the place's post wage
 * @param informalPerPost      informal openings created by each filled post (services around formal jobs)
 * @param informalPerResident  informal openings per resident of the place (demand of the population itself)
 * @param separationRate       yearly probability that a household member holding a post loses or leaves it
 * @param expectationWeight    weight of this year's hire and informal chances in the smoothed chances that
 *                             households expect (the rest is last year's expectation)
 * @param participationScale   multiplies the participation rates by age and sex
 * @param monthsPost           months a year worked in a post
 * @param monthsInformal       months a year worked informally
 * @param monthsLocal          months a year of local non-farm work at most (farm months permitting)
 * @param farmMonthsPerMu      months of farm work each farmed mu takes a year (shared by the workers at home)
 * @param localJobsPerResident local non-farm openings of a county per rural resident at the start (本地 work)
 * @param localJobGrowth       yearly growth of a county's local openings
 * @param businessShare        share of families with someone at home who run a non-farm business there
 * @param businessIncomeRatio  a business's yearly income as a multiple of a year of local wages
 * @param remitShare           share of what members away earn beyond their housing and living costs that they send
 *                             home (the survey's transfers from non-resident members)
 */
public record Labour(
        double informalWageRatio,
        double informalPerPost,
        double informalPerResident,
        double separationRate,
        double expectationWeight,
        double participationScale,
        double monthsPost,
        double monthsInformal,
        double monthsLocal,
        double farmMonthsPerMu,
        double localJobsPerResident,
        double localJobGrowth,
        double businessShare,
        double businessIncomeRatio,
        double remitShare) {
}

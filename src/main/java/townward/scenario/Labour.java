package townward.scenario;

/**
 * The urban labour market of MODEL.md 6.1: who gets a post, and how much informal work there is for the rest.
 *
 * @param informalWageRatio   monthly informal earnings as a share of the place's post wage
 * @param informalPerPost     informal openings created by each filled post (services around formal jobs)
 * @param informalPerResident informal openings per resident of the place (demand of the population itself)
 * @param separationRate      yearly probability that a household member holding a post loses or leaves it
 * @param expectationWeight   weight of this year's hire and informal chances in the smoothed chances that
 *                            households expect (the rest is last year's expectation)
 */
public record Labour(
        double informalWageRatio,
        double informalPerPost,
        double informalPerResident,
        double separationRate,
        double expectationWeight) {
}

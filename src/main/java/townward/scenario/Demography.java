package townward.scenario;

/**
 * Demographic rates of MODEL.md section 10 (per person and year unless said otherwise).
 *
 * @param tfrRural           total fertility of women living at rural places (and abroad of the region's villages)
 * @param tfrUrban           total fertility of women living at urban places: household members and urban cohorts
 * @param mortalityFactor    death rates as a multiple of the 2000 census's by age ({@code place.CensusMortality})
 * @param mortalityDecline   yearly fall of death rates at every age after 2000
 * @param marriageScale      multiplies the first-marriage hazards by age and sex ({@code people.Marriage})
 * @param separateAtMarriage probability that a couple marrying into a family that has its working couple sets up a
 *                           household of its own at once
 * @param separateRate       yearly probability that a second married couple of a family sets up its own household
 * @param seniorEnrolment    share of 15-17 year-olds in senior school (boarding at the county seat when rural)
 * @param college            college entry, studies and graduates (MODEL.md 10.3)
 */
public record Demography(
        double tfrRural,
        double tfrUrban,
        double mortalityFactor,
        double mortalityDecline,
        double marriageScale,
        double separateAtMarriage,
        double separateRate,
        double seniorEnrolment,
        College college) {

    /** With the assumed college defaults. */
    public Demography(double tfrRural, double tfrUrban, double mortalityFactor, double mortalityDecline,
                      double marriageScale, double separateAtMarriage, double separateRate, double seniorEnrolment) {
        this(tfrRural, tfrUrban, mortalityFactor, mortalityDecline, marriageScale, separateAtMarriage, separateRate,
                seniorEnrolment, College.ASSUMED);
    }

    /**
     * College (MODEL.md 10.3, 5.8).
     *
     * @param entry              share of senior pupils finishing at 18 who enter college, by year (straight line
     *                           between given years, flat beyond them)
     * @param years              years of study
     * @param localShare         share of entrants who study at the region's college seats while seats are free
     * @param hukouTransfer      share of entrants moving their hukou to the college (collective, urban), in force
     *                           from each given year on
     * @param graduateWageFactor a graduate's earnings as a multiple of a youth's
     * @param graduateHukouRate  share of graduates settling alone at an urban place who take urban hukou there
     */
    public record College(java.util.Map<Integer, Double> entry, int years, double localShare,
                          java.util.Map<Integer, Double> hukouTransfer, double graduateWageFactor,
                          double graduateHukouRate) {
        /** MODEL.md 10.3: 0.5 of completers in 2010 and 0.75 in 2020, x 0.8 for rural origin (assumed). */
        public static final java.util.Map<Integer, Double> ENTRY = java.util.Map.of(2010, 0.4, 2020, 0.6);
        /** MODEL.md 10.3: 0.5 before 2010, 0.3 after (assumed). */
        public static final java.util.Map<Integer, Double> HUKOU_TRANSFER = java.util.Map.of(1949, 0.5, 2010, 0.3);
        public static final College ASSUMED = new College(ENTRY, 4, 0.5, HUKOU_TRANSFER, 1.4, 0.6);

        public College {
            // sorted by year, so the resolved scenario (and its hash) is the same in every run
            entry = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(entry.isEmpty() ? ENTRY : entry));
            hukouTransfer = java.util.Collections.unmodifiableMap(
                    new java.util.TreeMap<>(hukouTransfer.isEmpty() ? HUKOU_TRANSFER : hukouTransfer));
        }

        /** The entry rate of {@code year}: linear between the given years, the nearest given value beyond them. */
        public double entryIn(int year) {
            java.util.TreeMap<Integer, Double> m = new java.util.TreeMap<>(entry);
            var lo = m.floorEntry(year);
            var hi = m.ceilingEntry(year);
            if (lo == null || hi == null || lo.getKey().equals(hi.getKey())) {
                return (lo != null ? lo : hi).getValue();
            }
            double t = (double) (year - lo.getKey()) / (hi.getKey() - lo.getKey());
            return lo.getValue() + t * (hi.getValue() - lo.getValue());
        }

        /** The hukou-transfer share in force in {@code year} (that of the latest given year not after it). */
        public double hukouTransferIn(int year) {
            return WageSeries.growthIn(0, hukouTransfer, year);
        }
    }
}

package townward.model;

/**
 * The phases of one simulated year, in the order of MODEL.md section 3. The ordinal is the MASON schedule
 * ordering, so the yearly order reads top-down here and in {@link TownwardModel#start()}.
 */
public enum Phase {
    POLICY_SCHEDULE,
    RECLASSIFICATION,
    DEMOGRAPHY,
    TOWN_ECONOMY,
    SCHOOL_CONSOLIDATION,
    DECISIONS,
    MATCHING,
    YOUTH_CHOICES,
    IN_MIGRATION,
    LABOUR_MARKET,
    ACCOUNTING,
    RECORDING;

    /** Household streams for initialisation use this phase key with year = start year - 1. */
    public static final Phase INITIALISATION = POLICY_SCHEDULE;
}

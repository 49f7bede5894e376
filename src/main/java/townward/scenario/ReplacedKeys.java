package townward.scenario;

import java.util.Map;

/** Keys of earlier format versions and what replaced them, so an old file gets a pointer rather than a guess. */
final class ReplacedKeys {
    private static final Map<String, String> REPLACED = Map.of(
            "birth_rate", "tfr_rural and tfr_urban (births by the mother's age, MODEL.md 10.1)",
            "urban_birth_rate", "tfr_urban (births by the mother's age, MODEL.md 10.1)",
            "marriage_rate", "marriage_scale, separate_at_marriage and separate_rate (marriage by age, MODEL.md 10.2)",
            "b_distance", "b_log_distance (utility falls with ln(km), not km; MODEL.md 5.3)",
            "urban_out_migration", "behaviour.cohort_out_peak, b_cohort_wage, b_cohort_unemp and cohort_return_rate"
                    + " (urban cohorts leave by age, with the wage gap and unemployment; MODEL.md 10.4)");

    private ReplacedKeys() {
    }

    /** The replacement of an old key, or null. */
    static String replacement(String key) {
        return REPLACED.get(key);
    }
}

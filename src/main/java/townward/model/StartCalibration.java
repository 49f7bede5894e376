package townward.model;

import townward.place.Settlement;
import townward.place.Village;

/**
 * MODEL.md section 9: the start-year rate must equal the observed one. Households and their members away are
 * drawn from the county distributions; the urban cohorts (whose sizes planners know least well) are rescaled by
 * one factor so that urban residents / residents equals the observed start-year rate. Their posts change with
 * them: the incumbents' posts scale by the same factor, so the start has the vacancies the scenario gives, not a
 * pull of posts left empty by residents the calibration removed.
 */
final class StartCalibration {

    private StartCalibration() {
    }

    /** Returns the factor applied to the cohorts of urban places (1 when no rate is observed for the start year). */
    static double apply(Region r) {
        Double observed = r.scenario.observed().urbanizationRate().get(r.scenario.startYear());
        if (observed == null) {
            return 1;
        }
        Census census = Census.take(r);
        double urbanHouseholds = 0;
        double ruralHouseholds = 0;
        for (Village v : r.villages) {
            if (v.urban) {
                urbanHouseholds += census.atVillage[v.index];
            } else {
                ruralHouseholds += census.atVillage[v.index];
            }
        }
        double urbanCohorts = 0;
        double ruralCohorts = 0;
        for (Settlement s : r.settlements) {   // members away at a place or boarding at its school, and cohorts
            if (s.urban) {   // in-migrants mirror the members at the systems: fixed, as the households
                urbanHouseholds += census.atSettlement[s.index] + r.inMigrants.at(s.index);
                urbanCohorts += s.cohorts.total();
            } else {
                ruralHouseholds += census.atSettlement[s.index] + r.inMigrants.at(s.index);
                ruralCohorts += s.cohorts.total();
            }
        }
        double factor = (observed * (urbanHouseholds + ruralHouseholds + ruralCohorts) - urbanHouseholds)
                / ((1 - observed) * urbanCohorts);
        if (!(factor > 0) || Double.isInfinite(factor)) {
            double fromHouseholds = urbanHouseholds / Math.max(1, urbanHouseholds + ruralHouseholds + ruralCohorts);
            throw new IllegalArgumentException(String.format(
                    "observed.urbanization_rate.%d = %.4f cannot be matched by rescaling the population of the urban "
                    + "places: %s", r.scenario.startYear(), observed, urbanCohorts <= 0
                            ? "no urban place has a population"
                            : String.format("rural households' members living in urban places alone give %.4f",
                                    fromHouseholds)));
        }
        for (Settlement s : r.settlements) {
            if (s.urban) {
                // the jobs of the residents added or removed go with them, so vacancies stay at their given level
                double cohortShare = s.cohorts.workingAge() / Math.max(1e-9, s.incumbentWorkingAge());
                double change = Math.round(s.incumbentPosts * cohortShare * (factor - 1));
                s.posts = Math.max(s.postsHeld, s.posts + change);
                double incumbents = Math.max(0, s.incumbentPosts + change);
                s.cohorts.scale(factor);
                s.setIncumbentPosts(incumbents);
            }
        }
        return factor;
    }
}

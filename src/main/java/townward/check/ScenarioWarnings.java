package townward.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import townward.scenario.Scenario;
import townward.scenario.Targets;

/**
 * What a valid scenario may still get wrong without knowing: coefficients that were never calibrated, targets in
 * years the run does not reach. Warnings, not errors: the scenario runs, but the planner must be told.
 */
public final class ScenarioWarnings {

    private ScenarioWarnings() {
    }

    /**
     * @param s                  the loaded scenario
     * @param namesBehaviourFile whether the file (with its sets) names a {@code behaviour_file}
     */
    public static List<String> of(Scenario s, boolean namesBehaviourFile) {
        List<String> out = new ArrayList<>();
        if (!namesBehaviourFile) {
            out.add("no behaviour_file: the behaviour coefficients are the format's defaults, not calibrated to "
                    + "observed urbanization; add \"behaviour_file: calibration/behaviour.yaml\" (the shared "
                    + "calibrated set) unless you calibrated every coefficient yourself");
        }
        Targets t = s.targets();
        if (t != null) {
            t.region().forEach((key, years) -> outside(s, "targets." + key, years, out));
            for (Targets.PlaceTarget p : t.places()) {
                p.targets().forEach((key, years) -> outside(s, "targets.places[" + p.place() + "]." + key, years, out));
            }
        }
        return out;
    }

    private static void outside(Scenario s, String path, SortedMap<Integer, Double> years, List<String> out) {
        for (Map.Entry<Integer, Double> e : years.entrySet()) {
            int y = e.getKey();
            if (y > s.endYear()) {
                out.add(path + "." + y + ": the target year is after end_year " + s.endYear()
                        + ", so the run cannot check it; raise end_year (or --years) to " + y + " or later");
            } else if (y <= s.startYear()) {
                out.add(path + "." + y + ": the target year is " + (y == s.startYear() ? "start_year " + y
                        + ", the observed start (nothing is simulated yet)" : "before start_year " + s.startYear())
                        + ", so it says nothing about the programme; date it after " + s.startYear());
            }
        }
    }
}

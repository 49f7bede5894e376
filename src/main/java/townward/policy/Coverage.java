package townward.policy;

import java.util.List;
import townward.place.Settlement;
import townward.scenario.Scope;

/**
 * Which settlements and counties a lever's scope covers. Place-level effects (posts, flats, seats, prices) go to
 * the listed places, else to the places of the listed counties, else everywhere; county-level effects (training,
 * closures, land, rights, pensions) go to the listed counties, else the counties of the listed places, else all.
 */
public final class Coverage {

    private Coverage() {
    }

    public static boolean[] settlements(Scope scope, List<Settlement> all, List<String> countyNames) {
        boolean[] on = new boolean[all.size()];
        for (Settlement s : all) {
            on[s.index] = !scope.places().isEmpty() ? scope.places().contains(s.name())
                    : scope.counties().isEmpty() || scope.counties().contains(countyNames.get(s.county));
        }
        return on;
    }

    public static boolean[] counties(Scope scope, List<Settlement> all, List<String> countyNames) {
        boolean[] on = new boolean[countyNames.size()];
        for (int c = 0; c < on.length; c++) {
            on[c] = scope.everywhere() || scope.counties().contains(countyNames.get(c));
        }
        if (scope.counties().isEmpty() && !scope.places().isEmpty()) {
            for (Settlement s : all) {
                if (scope.places().contains(s.name())) {
                    on[s.county] = true;
                }
            }
        }
        return on;
    }
}

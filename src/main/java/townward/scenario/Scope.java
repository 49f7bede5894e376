package townward.scenario;

import java.util.List;

/**
 * When and where a lever acts: years {@code from} to {@code to} inclusive ({@code to} = end year when not given),
 * at the listed places, or at the places of the listed counties, or everywhere when both lists are empty; with the
 * lever's {@code id} (null when the scenario gives none), which names it in override paths and reports.
 */
public record Scope(int from, int to, List<String> counties, List<String> places, String id) {

    public Scope {
        counties = List.copyOf(counties);
        places = List.copyOf(places);
    }

    public boolean activeIn(int year) {
        return year >= from && year <= to;
    }

    public boolean everywhere() {
        return counties.isEmpty() && places.isEmpty();
    }

    /** Whether a place (by name and county) is targeted. */
    public boolean covers(String place, String county) {
        return everywhere() || places.contains(place) || counties.contains(county);
    }
}

package townward.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that JSON Schema cannot express: unique names, references to known counties and places of the right kind,
 * village seats and year order. Every problem is recorded as a cross-reference problem.
 */
final class CrossChecks {

    private final Errors errors;
    /** County name to its index; place name to the place (first occurrence wins). */
    private final Map<String, Integer> counties = new LinkedHashMap<>();
    private final Map<String, Place> places = new LinkedHashMap<>();

    private CrossChecks(Errors errors) {
        this.errors = errors;
    }

    /** Checks names, county membership and seats; the result then resolves references of levers and targets. */
    static CrossChecks of(Errors errors, List<County> cs, List<Place> ps) {
        CrossChecks x = new CrossChecks(errors);
        Map<String, Integer> placeIndex = new HashMap<>();
        for (int i = 0; i < cs.size(); i++) {
            County c = cs.get(i);
            if (c == null || c.name() == null) {
                continue;
            }
            Integer first = x.counties.putIfAbsent(c.name(), i);
            if (first != null) {
                errors.crossReference("counties[" + i + "].name",
                        "duplicate county name \"" + Limits.shown(c.name()) + "\"; counties[" + first + "] already has it");
            }
        }
        for (int i = 0; i < ps.size(); i++) {
            Place p = ps.get(i);
            if (p == null || p.name() == null) {
                continue;
            }
            Integer first = placeIndex.putIfAbsent(p.name(), i);
            if (first != null) {
                errors.crossReference("places[" + i + "].name",
                        "duplicate place name \"" + Limits.shown(p.name()) + "\"; places[" + first + "] already has it");
            } else {
                x.places.put(p.name(), p);
            }
        }
        for (int i = 0; i < ps.size(); i++) {
            Place p = ps.get(i);
            if (p != null && p.county() != null) {
                x.county("places[" + i + "].county", p.county());
            }
            if (p != null && p.kind() == PlaceKind.VILLAGE && p.seat() != null) {
                x.seat(i, p);
            }
        }
        for (int i = 0; i < cs.size(); i++) {
            County c = cs.get(i);
            if (c != null && c.ruralHouseholds() > 0 && c.name() != null && x.places.values().stream().noneMatch(
                    p -> c.name().equals(p.county()) && p.kind() != null && p.kind().canBeSeat()
                            && p.kind() != PlaceKind.CITY)) {
                errors.crossReference("counties[" + i + "]", "county \"" + Limits.shown(c.name()) + "\" has "
                        + Spec.fmt(c.ruralHouseholds()) + " rural households but no township, town or county_seat"
                        + " among places to attach its generated villages to");
            }
        }
        return x;
    }

    private void seat(int i, Place village) {
        String at = "places[" + i + "].seat";
        Place seat = place(at, village.seat());
        if (seat == null) {
            return;
        }
        if (seat.kind() == PlaceKind.VILLAGE) {
            errors.crossReference(at, "expected a township, town, county_seat or city as seat, found village \""
                    + Limits.shown(seat.name()) + "\"");
        } else if (village.county() != null && !village.county().equals(seat.county())) {
            errors.crossReference(at, "expected a seat in county \"" + Limits.shown(village.county()) + "\", found \""
                    + Limits.shown(seat.name()) + "\" of county \"" + Limits.shown(seat.county()) + "\"");
        }
    }

    /** Checks a county reference. */
    boolean county(String at, String name) {
        if (counties.containsKey(name)) {
            return true;
        }
        errors.crossReference(at, "unknown county \"" + Limits.shown(name) + "\"" + Suggestions.hint(name, counties.keySet(), "counties"));
        return false;
    }

    /** Resolves a place reference, or reports it and returns null. */
    Place place(String at, String name) {
        Place p = places.get(name);
        if (p == null) {
            errors.crossReference(at, "unknown place \"" + Limits.shown(name) + "\"" + Suggestions.hint(name, places.keySet(), "places"));
        }
        return p;
    }

    /** Checks a place reference that must name a place of one of the given kinds. */
    void placeOfKind(String at, String name, String expected, PlaceKind... kinds) {
        Place p = place(at, name);
        if (p == null || p.kind() == null) {
            return;
        }
        for (PlaceKind k : kinds) {
            if (p.kind() == k) {
                return;
            }
        }
        List<String> fitting = new ArrayList<>();
        for (Place q : places.values()) {
            for (PlaceKind k : kinds) {
                if (q.kind() == k) {
                    fitting.add(q.name());
                }
            }
        }
        errors.crossReference(at, "expected " + expected + ", found " + p.kind().key() + " \"" + Limits.shown(name) + "\""
                + (fitting.isEmpty() ? "" : "; candidates: " + String.join(", ", fitting)));
    }

    /** Year order of the run. */
    static void years(Errors errors, int start, int end) {
        if (end < start) {
            errors.crossReference("end_year", "expected a year >= start_year (" + start + "), found " + end);
        } else if (end - start > 100) {
            errors.crossReference("end_year", "expected at most 100 years after start_year (" + start + "), found "
                    + end);
        }
    }
}

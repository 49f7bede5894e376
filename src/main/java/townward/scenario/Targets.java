package townward.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The programme's stated targets, compared with the projection in the run summary. Each target key names a metric
 * of the results (MODEL.md section 7); all targets are floors.
 *
 * @param region  region-wide targets: target key (a key of {@link #REGION_METRICS}) → year → value
 * @param places  per-place targets
 */
public record Targets(Map<String, SortedMap<Integer, Double>> region, List<PlaceTarget> places) {

    /** Region-wide target key → the region metric it is compared with, in the scenario file's order. */
    public static final Map<String, String> REGION_METRICS = ordered(
            "urbanization_rate", "urbanization_rate",
            "urban_residents_added_per_year", "urban_residents_added",
            "urban_residents_gained", "urban_residents_gained",
            "posts_added_per_year", "posts_filled_added",
            "urban_new_jobs", "urban_hires",
            "movers_to_urban", "movers_to_urban_cumulative");

    /** Place target key → the place metric it is compared with. */
    public static final Map<String, String> PLACE_METRICS = ordered(
            "population", "population",
            "built_up_residents", "built_up_residents",
            "urbanization_rate", "area_urbanization_rate");

    public Targets {
        region = frozen(region, REGION_METRICS);
        places = List.copyOf(places);
    }

    /** Targets from plain year maps (sorted and frozen here). */
    public static Targets of(Map<String, ? extends Map<Integer, Double>> region, List<PlaceTarget> places) {
        return new Targets(frozen(region, REGION_METRICS), places);
    }

    /** The targets of one key by year (empty when the scenario sets none). */
    public SortedMap<Integer, Double> region(String key) {
        return region.getOrDefault(key, Collections.emptySortedMap());
    }

    /**
     * @param place    place name
     * @param targets  target key (a key of {@link #PLACE_METRICS}) → year → value
     */
    public record PlaceTarget(String place, Map<String, SortedMap<Integer, Double>> targets) {
        public PlaceTarget {
            targets = frozen(targets, PLACE_METRICS);
        }

        public static PlaceTarget of(String place, Map<String, ? extends Map<Integer, Double>> targets) {
            return new PlaceTarget(place, frozen(targets, PLACE_METRICS));
        }

        public SortedMap<Integer, Double> get(String key) {
            return targets.getOrDefault(key, Collections.emptySortedMap());
        }
    }

    private static Map<String, SortedMap<Integer, Double>> frozen(Map<String, ? extends Map<Integer, Double>> in,
                                                                 Map<String, String> keys) {
        Map<String, SortedMap<Integer, Double>> out = new LinkedHashMap<>();
        for (String k : keys.keySet()) {   // catalogue order, whatever the input order
            Map<Integer, Double> years = in.get(k);
            if (years != null && !years.isEmpty()) {
                out.put(k, Collections.unmodifiableSortedMap(new TreeMap<>(years)));
            }
        }
        in.keySet().stream().filter(k -> !keys.containsKey(k)).findFirst().ifPresent(k -> {
            throw new IllegalArgumentException("unknown target key " + k);
        });
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }
}

package townward.scenario;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The programme's stated targets, compared with the projection in the run summary.
 *
 * @param urbanizationRate            region-wide resident urbanization rate by year
 * @param urbanResidentsAddedPerYear  urban residents added in the year, by year
 * @param places                      per-place targets
 */
public record Targets(Map<Integer, Double> urbanizationRate, Map<Integer, Double> urbanResidentsAddedPerYear,
                      List<PlaceTarget> places) {

    public Targets {
        urbanizationRate = Collections.unmodifiableSortedMap(new TreeMap<>(urbanizationRate));
        urbanResidentsAddedPerYear = Collections.unmodifiableSortedMap(new TreeMap<>(urbanResidentsAddedPerYear));
        places = List.copyOf(places);
    }

    /**
     * @param place             place name
     * @param population        residents of the place by year
     * @param builtUpResidents  residents of the place and its reclassified villages by year
     */
    public record PlaceTarget(String place, Map<Integer, Double> population, Map<Integer, Double> builtUpResidents) {
        public PlaceTarget {
            population = Collections.unmodifiableSortedMap(new TreeMap<>(population));
            builtUpResidents = Collections.unmodifiableSortedMap(new TreeMap<>(builtUpResidents));
        }
    }
}

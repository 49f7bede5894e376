package townward.scenario;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A planner's scenario, fully resolved: every default filled in, every name checked.
 * Built only by {@link ScenarioLoader}; immutable.
 *
 * @param name        short identifier, used for the results folder
 * @param region      display name of the region
 * @param description a planner's summary of the programme (free text, may be empty)
 * @param startYear   first simulated year (state is initialised for this year)
 * @param endYear     last simulated year, inclusive
 * @param seed        master random seed
 * @param scale       simulated households per real household (MODEL.md section 8)
 * @param observed    observed history (urbanization_rate by year); the start year's value, when given, calibrates
 *                    the initial urban population (MODEL.md section 9)
 * @param economy     region-wide prices, wages and rates
 * @param labour      the urban labour market: informal work, separations, expectations
 * @param demography  birth, death, ageing and household-formation rates
 * @param destinations the destination systems beyond the region's places (MODEL.md 2.2), at least one
 * @param behaviour   decision coefficients (MODEL.md section 5)
 * @param counties    administrative units with their rural household distributions
 * @param places      villages listed by name, townships, towns, county seats and cities
 * @param policies    levers with their years and targets (MODEL.md section 4)
 * @param targets     the programme's stated targets
 */
public record Scenario(
        String name,
        String region,
        String description,
        int startYear,
        int endYear,
        long seed,
        double scale,
        Observed observed,
        Economy economy,
        Labour labour,
        Demography demography,
        List<Destination> destinations,
        Behaviour behaviour,
        List<County> counties,
        List<Place> places,
        List<Lever> policies,
        Targets targets) {

    public Scenario {
        counties = List.copyOf(counties);
        places = List.copyOf(places);
        policies = List.copyOf(policies);
        destinations = List.copyOf(destinations);
    }

    /** Observed history by year. */
    public record Observed(Map<Integer, Double> urbanizationRate) {
        public Observed {
            urbanizationRate = Collections.unmodifiableSortedMap(new TreeMap<>(urbanizationRate));
        }
    }

    /** The same scenario with another master seed (a batch replication). */
    public Scenario withSeed(long newSeed) {
        return new Scenario(name, region, description, startYear, endYear, newSeed, scale, observed, economy,
                labour, demography, destinations, behaviour, counties, places, policies, targets);
    }

    public int years() {
        return endYear - startYear + 1;
    }
}

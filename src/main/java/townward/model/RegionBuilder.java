package townward.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import townward.household.Households;
import townward.household.Residence;
import townward.people.Persons;
import townward.household.Stage;
import townward.place.Geo;
import townward.place.Settlement;
import townward.place.Village;
import townward.scenario.County;
import townward.scenario.Place;
import townward.scenario.CityTier;
import townward.scenario.PlaceKind;
import townward.scenario.Scenario;
import townward.school.SchoolConsolidation;

/**
 * Builds the start-year region from a scenario (MODEL.md section 9): settlements with their scaled capacities,
 * village clusters (listed, and generated around their seats), a synthetic population of households drawn from
 * each county's distributions, members already away placed at their destinations, and the urban cohorts rescaled
 * so that the start-year rate equals the observed one when the scenario gives it.
 */
final class RegionBuilder {
    /** Assumed share of incumbents of working age in the labour force, used to share posts at the start. */
    private static final double PARTICIPATION = 0.8;
    private final Scenario sc;
    private final SplittableRandom rng;
    private final Streams streams;
    private final double scale;

    RegionBuilder(Scenario sc) {
        this.sc = sc;
        this.streams = new Streams(sc.seed());
        this.rng = streams.phase(sc.startYear() - 1, Phase.INITIALISATION);
        this.scale = sc.scale();
    }

    Region build(Parallel parallel) {
        List<String> countyNames = new ArrayList<>();
        for (County c : sc.counties()) {
            countyNames.add(c.name());
        }
        List<Settlement> settlements = settlements(countyNames);
        int[] seats = countySeats(settlements, countyNames.size());
        List<Village> villages = villages(settlements, countyNames);
        linkDestinations(villages, settlements, seats);
        int households = estimateHouseholds();
        Households hh = new Households(households);
        Persons persons = new Persons((int) Math.min(Integer.MAX_VALUE - 16, 3.5 * households));
        Region r = new Region(sc, hh, persons, settlements, villages, countyNames, seats, parallel);
        populate(r);
        closeSchools(r);
        sharePosts(r);
        return r;
    }

    private int estimateHouseholds() {
        double n = 0;
        for (County c : sc.counties()) {
            n += c.ruralHouseholds();
        }
        for (Place p : sc.places()) {
            n += p.households();
        }
        return (int) Math.min(Integer.MAX_VALUE - 16, n * scale * 1.15 + 64);
    }

    private List<Settlement> settlements(List<String> countyNames) {
        List<Settlement> out = new ArrayList<>();
        for (Place p : sc.places()) {
            if (p.kind() == PlaceKind.VILLAGE) {
                continue;
            }
            int county = countyNames.indexOf(p.county());
            double[] at = coordinates(p, county, out.size());
            Settlement s = new Settlement(out.size(), p, county, at[0], at[1], p.population() * scale,
                    sc.startYear());
            s.posts = Streams.roundStochastic(p.jobs().posts() * scale, rng);
            double vacant = Math.min(s.posts, Streams.roundStochastic(p.jobs().vacant() * scale, rng));
            s.incumbentPosts = s.posts - vacant;
            s.marketUnits = Streams.roundStochastic(p.housing().units() * scale, rng);
            s.rentalUnits = Streams.roundStochastic(p.housing().rentalUnits() * scale, rng);
            s.affordableRentUnits = Streams.roundStochastic(p.housing().affordableUnits() * scale, rng);
            s.purchasedRent = p.housing().affordableRent();
            s.freeSeats[Stage.PRIMARY] = Streams.roundStochastic(p.schools().primary() * scale, rng);
            s.freeSeats[Stage.JUNIOR] = Streams.roundStochastic(p.schools().junior() * scale, rng);
            s.freeSeats[Stage.SENIOR] = Streams.roundStochastic(p.schools().senior() * scale, rng);
            out.add(s);
        }
        return out;
    }

    /** Given coordinates, or near the county's first located place, or on a grid of counties when none is. */
    private double[] coordinates(Place p, int county, int index) {
        if (!Double.isNaN(p.lon()) && !Double.isNaN(p.lat())) {
            return new double[] {p.lon(), p.lat()};
        }
        for (Place q : sc.places()) {
            if (q.county().equals(p.county()) && !Double.isNaN(q.lon()) && !Double.isNaN(q.lat())) {
                double angle = index * 2.399963;   // golden angle: neighbours spread evenly
                return new double[] {q.lon() + Geo.dLon(8 * Math.cos(angle), q.lat()), q.lat() + Geo.dLat(8 * Math.sin(angle))};
            }
        }
        double lon = 110 + (county % 10) * 0.5;
        double lat = 30 + (county / 10) * 0.5;
        double angle = index * 2.399963;
        return new double[] {lon + Geo.dLon(8 * Math.cos(angle), lat), lat + Geo.dLat(8 * Math.sin(angle))};
    }

    /** The county seat of each county; a city, or its most populous place, where it has none. */
    private static int[] countySeats(List<Settlement> settlements, int counties) {
        int[] seat = new int[counties];
        for (int c = 0; c < counties; c++) {
            int best = -1;
            for (Settlement s : settlements) {
                if (s.county != c) {
                    continue;
                }
                if (best < 0 || rank(s) > rank(settlements.get(best))
                        || rank(s) == rank(settlements.get(best)) && s.spec.population() > settlements.get(best).spec.population()) {
                    best = s.index;
                }
            }
            seat[c] = best >= 0 ? best : largestUrban(settlements);
        }
        return seat;
    }

    private static int rank(Settlement s) {
        return switch (s.kind()) {
            case COUNTY_SEAT -> 3;
            case CITY -> 2;
            case TOWN -> 1;
            default -> 0;
        };
    }

    private static int largestUrban(List<Settlement> settlements) {
        int best = 0;
        for (Settlement s : settlements) {
            if (s.spec.population() > settlements.get(best).spec.population()) {
                best = s.index;
            }
        }
        return best;
    }

    private List<Village> villages(List<Settlement> settlements, List<String> countyNames) {
        List<Village> out = new ArrayList<>();
        for (Place p : sc.places()) {
            if (p.kind() != PlaceKind.VILLAGE) {
                continue;
            }
            Settlement seat = settlements.stream().filter(s -> s.name().equals(p.seat())).findFirst().orElseThrow();
            double lon = Double.isNaN(p.lon()) ? seat.lon : p.lon();
            double lat = Double.isNaN(p.lat()) ? seat.lat : p.lat();
            out.add(new Village(out.size(), p.name(), seat.county, seat.index, lon, lat, true));
        }
        for (int c = 0; c < sc.counties().size(); c++) {
            County county = sc.counties().get(c);
            List<Settlement> seats = new ArrayList<>();
            for (Settlement s : settlements) {
                if (s.county == c && s.kind() != PlaceKind.CITY) {
                    seats.add(s);
                }
            }
            if (seats.isEmpty()) {
                for (Settlement s : settlements) {
                    if (s.county == c) {
                        seats.add(s);
                    }
                }
            }
            int count = county.ruralHouseholds() > 0 ? county.villages().count() : 0;
            for (int k = 0; k < count && !seats.isEmpty(); k++) {
                Settlement seat = seats.get(k % seats.size());
                double angle = rng.nextDouble() * 2 * Math.PI;
                double km = county.villages().radiusKm() * Math.sqrt(rng.nextDouble());
                out.add(new Village(out.size(), county.name() + "/" + seat.name() + "/" + (k + 1), c, seat.index,
                        seat.lon + Geo.dLon(km * Math.cos(angle), seat.lat), seat.lat + Geo.dLat(km * Math.sin(angle)),
                        false));
            }
        }
        return out;
    }

    /**
     * Each village's candidate places (MODEL.md 5.2): those within max_distance_km, and at any distance its county
     * seat, the cities of its county (the prefecture city where counties are prefectures) and the region's capital:
     * the city whose tier says capital (or municipality), else the largest city.
     */
    private void linkDestinations(List<Village> villages, List<Settlement> settlements, int[] seats) {
        double max = sc.behaviour().maxDistanceKm();
        double commute = sc.behaviour().commuteKm();
        int capital = -1;
        for (Settlement s : settlements) {
            if (s.kind() == PlaceKind.CITY && (capital < 0 || capitalRank(s) > capitalRank(settlements.get(capital))
                    || capitalRank(s) == capitalRank(settlements.get(capital))
                    && s.spec.population() > settlements.get(capital).spec.population())) {
                capital = s.index;
            }
        }
        for (Village v : villages) {
            List<Integer> idx = new ArrayList<>();
            List<Double> km = new ArrayList<>();
            double nearest = Double.POSITIVE_INFINITY;
            for (Settlement s : settlements) {
                double d = Geo.km(v.lon, v.lat, s.lon, s.lat);
                boolean always = s.index == seats[v.county] || s.index == capital
                        || s.kind() == PlaceKind.CITY && s.county == v.county;
                if (d <= max || always) {
                    idx.add(s.index);
                    km.add(d);
                }
                if (d <= commute && d < nearest && s.kind().urbanByDefault()) {
                    nearest = d;
                    v.commuteTo = s.index;
                    v.commuteKm = d;
                }
            }
            v.candidates = idx.stream().mapToInt(Integer::intValue).toArray();
            v.candidateKm = km.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    /** A city's claim to be the region's capital: a municipality or a provincial capital above a prefecture city. */
    private static int capitalRank(Settlement s) {
        return s.spec.tier() == CityTier.MUNICIPALITY || s.spec.tier() == CityTier.CAPITAL ? 1 : 0;
    }

    /** Generates every village's households from its county's distributions. */
    private void populate(Region r) {
        int[] perVillage = new int[r.villages.size()];
        for (Village v : r.villages) {
            double real;
            if (v.listed) {
                real = sc.places().stream().filter(p -> p.name().equals(v.name)).findFirst().orElseThrow().households();
            } else {
                County c = sc.counties().get(v.county);
                real = c.ruralHouseholds() / c.villages().count();
            }
            perVillage[v.index] = Streams.roundStochastic(real * scale, rng);
        }
        HouseholdFactory factory = new HouseholdFactory(r);
        double[] fullness = new double[r.countyNames.size()];
        for (int c = 0; c < fullness.length; c++) {
            for (Village v : r.villages) {
                if (v.county == c) {
                    fullness[c] = factory.fit(c, v);
                    break;
                }
            }
        }
        for (Village v : r.villages) {
            for (int k = 0; k < perVillage[v.index]; k++) {
                int h = r.households.add(v.index);
                factory.generate(h, v, fullness[v.county],
                        streams.household(sc.startYear() - 1, Phase.INITIALISATION, h));
            }
        }
        r.persons.rebuild(r.households.size());
    }

    /** Village primaries already closed at the start (MODEL.md 9, item 1), as the consolidation lever closes them. */
    private void closeSchools(Region r) {
        int[] size = SchoolConsolidation.villageSizes(r);
        for (int c = 0; c < sc.counties().size(); c++) {
            double share = sc.counties().get(c).villages().closedSchoolShare();
            if (share > 0) {
                SchoolConsolidation.closeSmallest(r, c, share, size, rng);
            }
        }
    }

    /**
     * Workers already away hold part of the filled posts: each holds one with the probability the filled posts
     * give among incumbents in the labour force and the household workers there.
     */
    private void sharePosts(Region r) {
        Households hh = r.households;
        double[] workers = new double[r.settlements.size()];
        Persons p = r.persons;
        for (int h = 0; h < hh.size(); h++) {
            int d = hh.away(h);
            if (d >= 0 && !r.isSystem(d)) {
                workers[d] += Residence.adultsAway(hh, h, hh.arrangement(h));
            }
            for (int i = p.first(h); i < p.end(h) && hh.apart(h) > 0; i++) {
                if (p.apart(i) && !r.isSystem(p.alone(i))) {
                    workers[p.alone(i)]++;
                }
            }
        }
        for (Settlement s : r.settlements) {
            double filled = s.incumbentPosts;
            double q = Math.min(1, filled / Math.max(1, PARTICIPATION * s.cohorts.workingAge() + workers[s.index]));
            s.setIncumbentPosts(filled);
            workers[s.index] = q;
        }
        for (int h = 0; h < hh.size(); h++) {
            int d = hh.away(h);
            if (d >= 0 && !r.isSystem(d)) {
                Settlement s = r.settlements.get(d);
                int posts = 0;
                for (int a = 0; a < Residence.workersAway(hh, h, hh.arrangement(h)); a++) {
                    posts += rng.nextDouble() < workers[d] && s.incumbentPosts >= 1 ? 1 : 0;
                }
                posts = (int) Math.min(posts, Math.floor(s.incumbentPosts));
                hh.setPosts(h, posts);
                s.postsHeld += posts;
                s.setIncumbentPosts(s.incumbentPosts - posts);
            }
            for (int i = p.first(h); i < p.end(h) && hh.apart(h) > 0; i++) {
                int at = p.alone(i);
                if (p.apart(i) && !r.isSystem(at)) {   // members living apart (MODEL.md 5.8) hold posts alike
                    Settlement s = r.settlements.get(at);
                    boolean post = rng.nextDouble() < workers[at] && s.incumbentPosts >= 1;
                    p.setPost(i, post);
                    s.postsHeld += post ? 1 : 0;
                    s.setIncumbentPosts(s.incumbentPosts - (post ? 1 : 0));
                }
            }
        }
    }

}

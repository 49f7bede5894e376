package townward.scenario;

import static townward.scenario.PlaceKind.COUNTY_SEAT;
import static townward.scenario.PlaceKind.TOWN;
import static townward.scenario.PlaceKind.TOWNSHIP;
import static townward.scenario.PlaceKind.VILLAGE;

/** Reads one place with its kind-dependent defaults (docs/scenario-format.md, places[i]). */
final class PlaceBinder {

    private PlaceBinder() {
    }

    static Place place(FieldReader r, double informalWageRatio) {
        String name = r.str("name");
        String kindKey = r.str("kind");
        PlaceKind kind = kindKey == null ? null : PlaceKind.fromKey(kindKey);
        String county = r.str("county");
        boolean village = kind == VILLAGE;
        // villages and townships are rural seats: no urban capacity unless the planner gives it
        boolean rural = village || kind == TOWNSHIP;

        String seat = r.str("seat", null);
        double households = r.num("households", 0);
        if (kind != null) {
            for (String key : new String[] {"seat", "households"}) {
                if (village && !r.has(key)) {
                    r.errors().at(r.path(key), "missing required key \"" + key + "\" (required for a village)");
                } else if (!village && r.has(key)) {
                    r.errors().atKey(r.path(key), "unexpected key \"" + key + "\": only a village has it, this place is a "
                            + kind.key());
                }
            }
        }
        if (!village) {
            seat = null;
            households = 0;
        }
        double population = r.num("population");
        boolean openByKind = kind == TOWN || kind == COUNTY_SEAT;
        double livingCost = kind == TOWN ? 2000 : kind == COUNTY_SEAT ? 3000 : kind == PlaceKind.CITY ? 4000 : 0;

        FieldReader j = r.obj("jobs");
        double posts = j.num("posts", rural ? 0 : 0.4 * population);
        double wage = j.num("wage", rural ? 0 : 4291);
        Place.Jobs jobs = new Place.Jobs(posts, j.num("vacant", 0.05 * posts), j.num("growth", rural ? 0 : 0.01),
                wage, j.num("informal_wage", informalWageRatio * wage));

        FieldReader h = r.obj("housing");
        double price = h.num("price", rural ? 0 : 5000);
        double flatM2 = h.num("flat_m2", rural ? 0 : 90);
        double rent = h.num("rent", rural ? 0 : 10000);
        double rentalUnits = h.num("rental_units", rural ? 0 : 0.01 * population);
        Place.Housing housing = new Place.Housing(h.num("units", 0), price, flatM2, rent, rentalUnits,
                h.num("completions", 0), h.num("rental_share"), h.num("affordable_units", 0),
                h.num("affordable_rent", 0.5 * rent),
                h.num("affordable_price", 0.6 * price));

        FieldReader s = r.obj("schools");
        Place.Schools schools = new Place.Schools(
                s.num("primary", rural ? 0 : 0.02 * population),
                s.num("junior", rural ? 0 : 0.01 * population),
                s.num("senior", kind == COUNTY_SEAT ? 0.02 * population : 0),
                s.num("college"),
                s.bool("open_enrolment", openByKind));

        return new Place(name, kind, county, seat, households, r.bool("demonstration"),
                r.num("lon", Double.NaN), r.num("lat", Double.NaN), population, r.num("urban_hukou_share"),
                r.num("built_up_km2", population / 10000), r.num("built_up_growth_km2"),
                r.bool("hukou_open", openByKind), r.num("living_cost", livingCost), jobs, housing, schools,
                tier(r, kind));
    }

    /** The place's class of city: as given, or by its kind; only a city may be above county level. */
    private static CityTier tier(FieldReader r, PlaceKind kind) {
        CityTier byKind = kind == null ? CityTier.COUNTY_LEVEL : CityTier.of(kind);
        CityTier tier = CityTier.fromKey(r.str("tier", byKind.key()));
        if (kind != null && kind != PlaceKind.CITY && tier != CityTier.COUNTY_LEVEL) {
            r.errors().crossReference(r.path("tier"), "expected county_level for a " + kind.key() + " (only a city can be a "
                    + "municipality, capital or prefecture city), found \"" + tier.key() + "\"");
            return CityTier.COUNTY_LEVEL;
        }
        return tier;
    }
}

package townward.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a parsed (and overridden) tree into a {@link Scenario}, collecting every problem on the way. */
final class ScenarioBinder {

    private ScenarioBinder() {
    }

    /** The scenario, or null when any problem was recorded. */
    static Scenario bind(JsonNode root, Errors e) {
        FieldReader r = new FieldReader(e, Catalogue.SCENARIO, root, "");
        String name = r.str("name");
        String region = r.str("region", name);
        String description = r.str("description", "");
        int start = r.integer("start_year");
        int end = r.integer("end_year");
        if (start >= 1949 && end >= 1949) {  // both read well (a bad year reads as 0)
            CrossChecks.years(e, start, end);
        }
        long seed = r.longValue("seed", 1);
        double scale = r.num("scale");
        Scenario.Observed observed = new Scenario.Observed(r.obj("observed").years("urbanization_rate"));
        Economy economy = economy(r.obj("economy"));
        Labour labour = labour(r.obj("labour"));
        Demography demography = demography(r.obj("demography"));
        List<Destination> destinations = Destinations.bind(r, root, economy.wageGrowth(), e);
        r.str(BehaviourFile.KEY, null);   // merged into behaviour by the loader
        Behaviour behaviour = behaviour(r.obj("behaviour"));

        List<County> counties = new ArrayList<>();
        for (FieldReader c : r.objects("counties")) {
            counties.add(c == null ? null : county(c));
        }
        List<Place> places = new ArrayList<>();
        for (FieldReader p : r.objects("places")) {
            places.add(p == null ? null : PlaceBinder.place(p, labour.informalWageRatio()));
        }
        JsonNode rawPlaces = root.get("places");
        if (rawPlaces != null && rawPlaces.isArray()
                && java.util.stream.StreamSupport.stream(rawPlaces.spliterator(), false).noneMatch(ScenarioBinder::urbanKind)) {
            e.at("places", "expected at least one place of kind town, county_seat or city");
        }
        CrossChecks names = CrossChecks.of(e, counties, places);
        List<Lever> policies = LeverBinder.bind(r, names, end, economy.landRentPerMu(),
                labour.businessIncomeRatio() * 12 * economy.localWage());
        Targets targets = targets(r.obj("targets"), names);
        if (policies.size() > Limits.LEVERS) {
            // the levers' yearly additions stack at a place: this bound keeps their sum within 32-bit counters
            e.crossReference("policies", "expected at most " + Limits.LEVERS + " levers, found " + policies.size());
        }
        double simulated = scale * (counties.stream().filter(c -> c != null).mapToDouble(County::ruralHouseholds).sum()
                + places.stream().filter(p -> p != null).mapToDouble(Place::households).sum());
        if (simulated > Limits.SIMULATED_HOUSEHOLDS) {
            e.crossReference("scale", "expected at most " + Limits.count(Limits.SIMULATED_HOUSEHOLDS)
                    + " simulated households (rural households x scale), found " + Limits.count((long) simulated)
                    + "; use a smaller scale");
        }
        if (!e.isEmpty()) {
            return null;
        }
        return new Scenario(name, region, description, start, end, seed, scale, observed, economy, labour, demography, destinations, behaviour,
                counties, places, policies, targets);
    }

    /** Mirrors the schema's "contains" rule on the raw node, so a place with other errors still counts. */
    private static boolean urbanKind(JsonNode p) {
        JsonNode k = p.get("kind");
        PlaceKind kind = k != null && k.isTextual() ? PlaceKind.fromKey(k.asText()) : null;
        return kind != null && kind.urbanByDefault();
    }

    private static Economy economy(FieldReader r) {
        return new Economy(r.num("wage_growth"), r.num("farm_income_per_mu"), r.num("entrusted_income_per_mu"),
                r.num("land_rent_per_mu"), r.num("land_rent_free_share"), r.num("land_market_depth"),
                r.num("local_wage"), r.num("pension_monthly"), r.num("employee_pension_share"),
                r.num("mortgage_rate"), r.integer("mortgage_years"), r.num("down_payment"), r.num("subsistence"),
                r.num("worker_rent_share"), r.num("commute_cost_per_km"), r.num("boarding_cost"),
                r.num("village_rent_per_m2"), r.num("village_rent_demand"), r.num("quota_value_per_mu"),
                r.num("price_elasticity"), r.num("cpi_growth"), r.years("wage_growth_from"),
                r.num("land_subsidy_per_mu"), r.num("deposit_rate"), r.num("contributions_per_person"),
                r.num("other_farm_income"), r.num("farm_income_growth"), r.num("dibao_line"),
                r.num("dibao_take_up"), r.num("pension_topup_share"));
    }

    private static Labour labour(FieldReader r) {
        return new Labour(r.num("informal_wage_ratio"), r.num("informal_per_post"), r.num("informal_per_resident"),
                r.num("separation_rate"), r.num("expectation_weight"), r.num("participation_scale"),
                r.num("months_post"), r.num("months_informal"), r.num("months_local"), r.num("farm_months_per_mu"),
                r.num("local_jobs_per_resident"), r.num("local_job_growth"), r.num("business_share"),
                r.num("business_income_ratio"), r.num("remit_share"));
    }

    private static Demography demography(FieldReader r) {
        return new Demography(r.num("tfr_rural"), r.num("tfr_urban"), r.num("mortality_factor"),
                r.num("mortality_decline"), r.num("marriage_scale"), r.num("separate_at_marriage"),
                r.num("separate_rate"), r.num("senior_enrolment"),
                new Demography.College(r.years("college_entry"), r.integer("college_years"),
                        r.num("college_local_share"), r.years("student_hukou_transfer"),
                        r.num("graduate_wage_factor"), r.num("graduate_hukou_rate")));
    }

    private static Behaviour behaviour(FieldReader r) {
        double consider = r.num("consider_rate");
        return new Behaviour(consider, r.num("event_consider_rate", consider), r.num("lambda"), r.num("b_income"), r.num("b_school"),
                r.num("b_network"), r.num("b_size"), r.num("b_hukou"), r.num("b_log_distance"), r.num("b_exam_penalty"), r.num("b_move"),
                r.num("b_split"), r.num("c_split_away"), r.num("b_age"), r.num("c_urban"), r.num("c_outside"), r.num("school_town_value"),
                r.num("boarding_penalty"), r.num("no_enrolment_penalty"), r.num("commute_km"), r.num("b_commute_km"),
                r.num("max_distance_km"), r.integer("hukou_years"), r.num("hukou_conversion_rate"),
                r.num("forfeit_factor"), r.num("months_away"), r.num("mobility_sd"),
                new Behaviour.Return(r.num("c_return"), r.num("b_return_age"), r.num("b_return_school"),
                        r.num("b_return_local"), r.num("b_return_years"), r.num("b_return_care"),
                        r.num("b_return_unemployed")),
                new Behaviour.Cohorts(r.num("cohort_out_peak"), r.num("b_cohort_wage"), r.num("b_cohort_unemp"),
                        r.num("cohort_return_rate")),
                new Behaviour.Youth(r.num("youth_consider_rate"), r.num("c_youth_male"), r.num("c_youth_female"),
                        r.num("b_youth_age")));
    }

    private static County county(FieldReader r) {
        String name = r.str("name");
        double households = r.num("rural_households");
        FieldReader v = r.obj("villages");
        int count = v.integer("count", Double.isFinite(households) ? (int) Math.ceil(households / 500) : 0);
        County.VillageGeneration villages = new County.VillageGeneration(count, v.num("radius_km"),
                v.num("closed_school_share"));
        FieldReader h = r.obj("household");
        County.HouseholdProfile profile = new County.HouseholdProfile(h.num("size"), h.num("children_share"),
                h.num("elderly_share"), h.num("head_age"), h.num("land_mu"), h.num("land_transferred"),
                h.num("homestead_m2"), h.num("savings"), h.num("savings_sigma"), h.num("away_share"),
                h.num("away_outside_share"), h.num("together_away_share"), h.num("split_away_share"),
                h.num("accompany_share"), h.num("youth_away_share"), h.num("dividend"));
        return new County(name, households, villages, profile);
    }

    private static Targets targets(FieldReader r, CrossChecks names) {
        Map<String, Map<Integer, Double>> region = new LinkedHashMap<>();
        Targets.REGION_METRICS.keySet().forEach(k -> region.put(k, r.years(k)));
        List<Targets.PlaceTarget> places = new ArrayList<>();
        for (FieldReader p : r.objects("places")) {
            if (p == null) {
                continue;
            }
            String place = p.str("place");
            if (place != null) {
                names.place(p.path("place"), place);
            }
            Map<String, Map<Integer, Double>> own = new LinkedHashMap<>();
            Targets.PLACE_METRICS.keySet().forEach(k -> own.put(k, p.years(k)));
            places.add(Targets.PlaceTarget.of(place, own));
        }
        return Targets.of(region, places);
    }
}

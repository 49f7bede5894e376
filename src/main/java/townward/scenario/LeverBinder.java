package townward.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads the policies list: one {@link Lever} record per entry, keyed by its {@code lever} value. */
final class LeverBinder {

    private LeverBinder() {
    }

    /**
     * @param landRentPerMu     the default rent of {@code land_transfer}
     * @param businessIncome    the default income of a {@code return_entrepreneurship} business: the household
     *                          business of MODEL.md 6.3
     */
    static List<Lever> bind(FieldReader top, CrossChecks names, int endYear, double landRentPerMu,
                            double businessIncome) {
        Errors e = top.errors();
        List<Lever> out = new ArrayList<>();
        List<JsonNode> items = top.list("policies");
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String at = Errors.index(top.path("policies"), i);
            JsonNode item = items.get(i);
            if (!item.isObject()) {
                e.at(at, "expected a mapping with a \"lever\" key, found " + Describe.found(item));
                continue;
            }
            JsonNode lv = item.get("lever");
            List<String> levers = LeverCatalogue.leverNames();
            if (lv == null) {
                e.at(Errors.child(at, "lever"), "missing required key \"lever\"; valid levers: "
                        + String.join(", ", levers));
                continue;
            }
            if (!lv.isTextual() || !LeverCatalogue.LEVERS.containsKey(lv.asText())) {
                String hint = lv.isTextual() ? Suggestions.hint(lv.asText(), levers, "levers")
                        : "; valid levers: " + String.join(", ", levers);
                e.at(Errors.child(at, "lever"), "unknown lever " + Describe.found(lv) + hint);
                continue;
            }
            FieldReader r = new FieldReader(e, LeverCatalogue.LEVERS.get(lv.asText()), item, at);
            Scope scope = scope(r, names, endYear);
            if (scope.id() != null && !ids.add(scope.id())) {
                e.crossReference(r.path("id"), "another lever has the id \"" + scope.id() + "\"; ids are unique");
            }
            Lever lever = lever(lv.asText(), r, scope, names, landRentPerMu, businessIncome);
            out.add(lever);
        }
        return out;
    }

    private static Scope scope(FieldReader r, CrossChecks names, int endYear) {
        int from = r.integer("from");
        // a lever starting after the run keeps to >= from (it never acts either way)
        int to = r.integer("to", Math.max(endYear, from));
        if (r.has("to") && r.has("from") && to >= 1949 && from >= 1949 && to < from) {
            r.errors().crossReference(r.path("to"), "expected a year >= from (" + from + "), found " + to);
        }
        List<String> counties = r.names("counties");
        List<String> places = r.names("places");
        check(counties, r.path("counties"), n -> names.county(n.at, n.name));
        check(places, r.path("places"), n -> names.place(n.at, n.name));
        return new Scope(from, to, counties, places, r.str("id", null));
    }

    private record Ref(String at, String name) {
    }

    private static void check(List<String> list, String path, Function<Ref, Object> f) {
        for (int i = 0; i < list.size(); i++) {
            f.apply(new Ref(Errors.index(path, i), list.get(i)));
        }
    }

    private static Lever lever(String key, FieldReader r, Scope s, CrossChecks names, double landRentPerMu,
                               double businessIncome) {
        switch (key) {
            case "industrial_park":
                return new Lever.IndustrialPark(s, r.num("posts_per_year"), r.num("wage_premium"), r.num("cost_per_post"));
            case "flexible_employment":
                return new Lever.FlexibleEmployment(s, r.num("jobs_per_year"), r.num("months"), r.num("wage_ratio"),
                        r.num("subsidy_per_worker"));
            case "skills_training":
                return new Lever.SkillsTraining(s, r.num("share_per_year"), r.num("wage_uplift"), r.num("post_uplift"),
                        r.num("cost_per_trainee"));
            case "school_consolidation":
                return new Lever.SchoolConsolidation(s, r.num("close_share_per_year"), r.num("seats_per_year"),
                        r.bool("senior_to_county_seat"), r.num("boarding_cost"), r.num("cost_per_seat"));
            case "school_transfer":
                return new Lever.SchoolTransfer(s, r.num("pupils_per_year"), r.num("seats_per_year"),
                        r.num("bus_cost_per_pupil"), r.num("cost_per_seat"));
            case "housing_subsidy":
                return new Lever.HousingSubsidy(s, r.num("share"), r.num("cap_per_unit"),
                        choice(Lever.Eligibility.values(), Lever.Eligibility::key, r.str("eligible")));
            case "housing_voucher":
                return new Lever.HousingVoucher(s, r.num("value"),
                        choice(Lever.VoucherRecipients.values(), Lever.VoucherRecipients::key, r.str("recipients")));
            case "homestead_swap":
                return new Lever.HomesteadSwap(s, r.num("flat_m2_per_homestead_m2"), r.num("flats_per_year"),
                        r.num("cost_per_flat"));
            case "government_purchase":
                return new Lever.GovernmentPurchase(s, r.num("units_per_year"), r.num("max_m2"),
                        choice(Lever.AffordableUse.values(), Lever.AffordableUse::key, r.str("use")),
                        r.num("rent", Double.NaN), r.num("price_share"));
            case "provident_fund":
                return new Lever.ProvidentFund(s, r.num("rate"), r.num("loan_to_value"),
                        choice(Lever.Eligibility.values(), Lever.Eligibility::key, r.str("eligible")));
            case "hukou_opening":
                return new Lever.HukouOpening(s, r.bool("services"));
            case "land_transfer":
                return new Lever.LandTransfer(s, r.num("rent_per_mu", landRentPerMu), r.num("market_depth"),
                        r.num("operator_demand_mu", Double.POSITIVE_INFINITY), r.num("subsidy_per_mu"));
            case "rights_retention":
                return new Lever.RightsRetention(s);
            case "voluntary_exit":
                return new Lever.VoluntaryExit(s, r.num("per_mu"), r.num("per_m2_homestead"));
            case "collective_shares":
                return new Lever.CollectiveShares(s, r.num("dividend"));
            case "pension":
                return new Lever.Pension(s, r.num("resident_monthly"), r.num("top_up_monthly"));
            case "reclassification":
                return reclassification(r, s, names);
            case "return_entrepreneurship":
                return new Lever.ReturnEntrepreneurship(s, r.num("quota"), r.num("grant"), r.num("loan"),
                        r.num("interest_subsidy"), r.integer("loan_years"), r.num("business_income", businessIncome));
            case "college_expansion":
                return new Lever.CollegeExpansion(s, r.num("seats_per_year"), r.num("outside_share"),
                        r.num("cost_per_seat"));
            case "graduate_retention":
                return new Lever.GraduateRetention(s, r.num("payment"), r.integer("years"), r.bool("free_housing"));
            default:
                throw new IllegalStateException("lever without binder: " + key);  // catalogue and binder disagree
        }
    }

    private static Lever reclassification(FieldReader r, Scope s, CrossChecks names) {
        List<String> villages = r.names("villages");
        List<String> townships = r.names("townships");
        check(villages, r.path("villages"), n -> {
            names.placeOfKind(n.at, n.name, "a listed village", PlaceKind.VILLAGE);
            return null;
        });
        check(townships, r.path("townships"), n -> {
            names.placeOfKind(n.at, n.name, "a township", PlaceKind.TOWNSHIP);
            return null;
        });
        String relocateTo = r.str("relocate_to", null);
        if (relocateTo != null) {
            names.placeOfKind(r.path("relocate_to"), relocateTo, "a town, county_seat or city",
                    PlaceKind.TOWN, PlaceKind.COUNTY_SEAT, PlaceKind.CITY);
        }
        return new Lever.Reclassification(s, villages, r.integer("nearest_villages"), townships, relocateTo,
                r.num("consent_share"), r.num("consent_required"), r.num("cost_per_household"));
    }

    private static <E> E choice(E[] values, Function<E, String> key, String k) {
        for (E v : values) {
            if (key.apply(v).equals(k)) {
                return v;
            }
        }
        return values[0];  // only after an error was recorded
    }
}

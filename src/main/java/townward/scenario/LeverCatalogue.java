package townward.scenario;

import static townward.scenario.Catalogue.COUNT;
import static townward.scenario.Catalogue.FLOW;
import static townward.scenario.Catalogue.MONEY;
import static townward.scenario.Catalogue.MONTHLY;
import static townward.scenario.Catalogue.PER_AREA;
import static townward.scenario.Catalogue.SHARE;
import static townward.scenario.Catalogue.YEAR;
import static townward.scenario.Spec.bool;
import static townward.scenario.Spec.integer;
import static townward.scenario.Spec.names;
import static townward.scenario.Spec.num;
import static townward.scenario.Spec.oneOf;
import static townward.scenario.Spec.range;
import static townward.scenario.Spec.str;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import townward.scenario.Spec.Field;
import townward.scenario.Spec.Obj;
import townward.scenario.Spec.Range;

/** The keys of each lever (docs/scenario-format.md, policies). Every lever shares the scope keys. */
final class LeverCatalogue {

    private LeverCatalogue() {
    }

    static final Range UPLIFT = range(0, 10);

    /** A lever's {@code id}: starts with a letter so that {@code policies[park]} never reads as an index. */
    static final String ID_PATTERN = "^[A-Za-z][A-Za-z0-9_-]*$";

    /**
     * The Chinese names of the levers, as the briefing prints them, accepted for {@code lever} (a planner copies
     * them from a report or a programme document).
     */
    static final Map<String, String> CHINESE = Map.ofEntries(
            Map.entry("产业园区", "industrial_park"), Map.entry("技能培训", "skills_training"),
            Map.entry("学校撤并", "school_consolidation"), Map.entry("农村小学生转移到城镇就学", "school_transfer"),
            Map.entry("随迁家长灵活就业", "flexible_employment"),
            Map.entry("购房补贴", "housing_subsidy"), Map.entry("房票", "housing_voucher"),
            Map.entry("宅基地换房", "homestead_swap"), Map.entry("政府收购存量房", "government_purchase"),
            Map.entry("公积金", "provident_fund"), Map.entry("放开落户", "hukou_opening"),
            Map.entry("土地流转", "land_transfer"), Map.entry("三权保留", "rights_retention"),
            Map.entry("自愿有偿退出", "voluntary_exit"), Map.entry("股份合作制", "collective_shares"),
            Map.entry("养老金", "pension"), Map.entry("村改居", "reclassification"),
            Map.entry("返乡创业", "return_entrepreneurship"), Map.entry("高校新增在校生", "college_expansion"),
            Map.entry("高校毕业生留岳", "graduate_retention"));

    /** Lever name to its full key set, in the order the resolved YAML writes them. */
    static final Map<String, Obj> LEVERS;

    static {
        Map<String, Obj> m = new LinkedHashMap<>();
        lever(m, "industrial_park", "Posts added per year at the targeted urban places, with a wage premium.",
                num("posts_per_year", FLOW, null, "Posts added per year.").req(),
                num("wage_premium", UPLIFT, 0.05, "Wage premium of the new posts, share of the wage."),
                num("cost_per_post", MONEY, 50000.0, "Fiscal cost per post, yuan."));
        lever(m, "flexible_employment", "Jobs reserved at the targeted urban places for the carers of accompanied pupils (随迁家长灵活就业): a carer out of work there takes one while any is free.",
                num("jobs_per_year", FLOW, null, "Reserved jobs added per year at each targeted place; they stay after the lever ends.").req(),
                num("months", range(0, 12), 10.0, "Months a year a carer works in one. Assumed: the school year."),
                num("wage_ratio", SHARE, 0.5, "Monthly pay as a share of the place's post wage. Assumed: part-time hours around the school day."),
                num("subsidy_per_worker", MONEY, 3000.0, "Yearly fiscal cost per carer employed while the lever runs (social-insurance subsidy), yuan. Assumed."));
        lever(m, "skills_training", "A share of rural working-age adults trained per year.",
                num("share_per_year", SHARE, 0.05, "Share of rural adults trained per year."),
                num("wage_uplift", UPLIFT, 0.1, "Off-farm wage uplift of trainees, share."),
                num("post_uplift", UPLIFT, 0.2, "Uplift of trainees' chance of a post, share."),
                num("cost_per_trainee", MONEY, 1500.0, "Fiscal cost per trainee, yuan."));
        lever(m, "school_consolidation", "Village primary schools close; seats are added at the targeted urban places (学校撤并).",
                num("close_share_per_year", SHARE, 0.2, "Share of still-open village primaries closing per year."),
                num("seats_per_year", FLOW, 0.0, "Seats added per year at the targeted places."),
                bool("senior_to_county_seat", false, "Concentrate senior seats at county seats."),
                num("boarding_cost", MONEY, 1157.0, "Yearly boarding cost per pupil, yuan. Source: data/schools.csv."),
                num("cost_per_seat", MONEY, 20000.0, "Fiscal cost per added seat, yuan."));
        lever(m, "school_transfer", "Day pupils of village primaries go by bus to the targeted towns' schools (转移农村非寄宿制小学生到城镇就学): where they study changes, where they live does not.",
                num("pupils_per_year", FLOW, null, "Village primary pupils transferred per year to each targeted town's schools.").req(),
                num("seats_per_year", FLOW, 0.0, "Primary seats added per year at each targeted town."),
                num("bus_cost_per_pupil", MONEY, 1000.0, "Yearly fiscal cost of the bus per transferred pupil, yuan. Assumed."),
                num("cost_per_seat", MONEY, 20000.0, "Fiscal cost per added seat, yuan."));
        lever(m, "housing_subsidy", "The government pays a share of the purchase price, up to a cap per flat.",
                num("share", SHARE, 0.1, "Share of the price paid."),
                num("cap_per_unit", MONEY, 50000.0, "Cap per flat, yuan."),
                oneOf("eligible", List.of("all", "rural_hukou", "first_home"), "rural_hukou", "Who may use it."));
        lever(m, "housing_voucher", "A housing voucher (房票) spendable at the targeted places only.",
                num("value", MONEY, null, "Voucher value, yuan.").req(),
                oneOf("recipients", List.of("all_rural", "homestead_exit"), "all_rural", "Who receives vouchers."));
        lever(m, "homestead_swap", "Homestead-for-flat swap (宅基地换房) at the targeted places.",
                num("flat_m2_per_homestead_m2", range(0, 100), 0.6, "Flat m² per m² of homestead given up."),
                num("flats_per_year", FLOW, null, "Flats built per year.").req(),
                num("cost_per_flat", MONEY, 150000.0, "Fiscal cost per flat, yuan."));
        lever(m, "government_purchase", "Government purchase of existing flats for affordable rent or sale.",
                num("units_per_year", FLOW, null, "Flats bought per year.").req(),
                num("max_m2", range(0, 1e4), 120.0, "Largest flat bought, m²."),
                oneOf("use", List.of("rent", "sale"), "rent", "What the flats are used for."),
                num("rent", MONEY, null, "Yearly rent of a purchased flat, yuan.").derived("the place's affordable rent"),
                num("price_share", SHARE, 0.7, "Sale price as a share of the market price."));
        lever(m, "provident_fund", "Provident-fund mortgages: a lower rate and a higher loan-to-value.",
                num("rate", SHARE, 0.031, "Yearly interest rate."),
                num("loan_to_value", SHARE, 0.8, "Largest loan as a share of the price."),
                oneOf("eligible", List.of("all", "rural_hukou", "first_home"), "all", "Who may use it."));
        lever(m, "hukou_opening", "Settlement opened at the targeted urban places.",
                bool("services", true, "Children without hukou may enrol."));
        lever(m, "land_transfer", "A land-transfer market (土地流转).",
                num("rent_per_mu", PER_AREA, null, "Rent per mu, yuan/yr.").derived("economy.land_rent_per_mu"),
                num("market_depth", SHARE, 0.4, "Yearly probability that land offered finds a tenant."),
                num("operator_demand_mu", COUNT, null, "Large operators' demand, mu per year.").derived("unlimited"),
                num("subsidy_per_mu", PER_AREA, 0.0, "Subsidy per mu transferred, yuan."));
        lever(m, "rights_retention", "On hukou conversion, households keep dividends and homestead (三权).");
        lever(m, "voluntary_exit", "One-off compensation for land and homestead given up (自愿有偿退出).",
                num("per_mu", PER_AREA, 30000.0, "Compensation per mu of land, yuan."),
                num("per_m2_homestead", PER_AREA, 300.0, "Compensation per m² of homestead, yuan."));
        lever(m, "collective_shares", "Shareholding reform of collective assets (股份合作制).",
                num("dividend", MONEY, null, "Dividend per household per year, yuan.").req());
        lever(m, "pension", "Resident pension level and top-up, yuan/month per person 60+.",
                num("resident_monthly", MONTHLY, null, "Resident pension, yuan/month.").req(),
                num("top_up_monthly", MONTHLY, 0.0, "Top-up, yuan/month."));
        lever(m, "reclassification", "In-place urbanization (村改居, 撤乡设镇), optionally with relocation.",
                names("villages", "Listed village places reclassified."),
                integer("nearest_villages", range(0, 1e6), 0, "Generated village clusters nearest each targeted place reclassified."),
                names("townships", "Township places reclassified as towns."),
                str("relocate_to", null, "Urban place the listed villages move to as a whole; none when not given."),
                num("consent_share", SHARE, 0.8, "Share of households consenting."),
                num("consent_required", SHARE, 0.667, "Consenting share required for relocation."),
                num("cost_per_household", MONEY, 0.0, "Fiscal cost per household, yuan."));
        lever(m, "return_entrepreneurship", "Business slots for families back from a destination system (返乡创业): a grant, "
                        + "optionally a loan with subsidised interest, and the business's income at home (MODEL.md 4, 5.9).",
                num("quota", FLOW, null, "Businesses started per year over all the targeted counties (real units, scaled "
                        + "stochastically). E.g. seed 004 §2(1)2: 返乡创业人数净增2.2万人 in 2025-2026, 11,000 a year.").req(),
                num("grant", MONEY, 5000.0, "One-off grant per business started (一次性创业补贴), yuan. Assumed: provincial "
                        + "rules pay a few thousand yuan (general knowledge); no seed or data/ row gives an amount."),
                num("loan", MONEY, 0.0, "Start-up loan per business (创业担保贷款), yuan; 0 for none. Seed 004 §2(1)4 "
                        + "names 创业担保贷款及贴息 (for graduates and newcomers) without amounts."),
                num("interest_subsidy", SHARE, 0.02, "Share of the loan the government pays in interest a year (贴息). "
                        + "Assumed: about half of a 4 % loan rate (general knowledge)."),
                integer("loan_years", range(0, 30), 3, "Years the interest is subsidised. Assumed: start-up loans run "
                        + "up to three years (general knowledge)."),
                num("business_income", MONEY, null, "Yearly income a business adds to the family while someone of "
                        + "working age lives at home, start-year yuan (moved by the wage index). Counted as the "
                        + "household business income of MODEL.md 6.3 (operating income).")
                        .derived("labour.business_income_ratio x 12 x economy.local_wage: the household business of "
                                + "MODEL.md 6.3, assumed"));
        lever(m, "college_expansion", "College seats added per year at the targeted urban places (高校新增在校生): the region's "
                        + "entrants who would study at a system study there while seats are free, counted at the college "
                        + "(MODEL.md 4, 10.3).",
                num("seats_per_year", FLOW, null, "College seats added per year at each targeted urban place (real units, "
                        + "rounded stochastically at the scale).").req(),
                num("outside_share", SHARE, 0.5, "Share of the new seats taken by students from beyond the region (not "
                        + "simulated); the rest open to the region's entrants. Assumed: 1 - demography.college_local_share."),
                num("cost_per_seat", MONEY, 50000.0, "Fiscal cost per seat added, yuan, booked in the year it is added. "
                        + "Assumed: no seed or data/ row gives an amount."));
        lever(m, "graduate_retention", "A yearly payment, optionally with free housing, to college graduates living alone at "
                        + "the targeted urban places in their first years after graduating (高校毕业生留岳; MODEL.md 4, 5.8).",
                num("payment", MONEY, null, "Yuan a year paid to each eligible graduate (nominal, not moved by the wage "
                        + "index); it enters the graduate's income at those places.").req(),
                integer("years", range(1, 20), 3, "Years after graduation a graduate stays eligible (the graduation year "
                        + "is the first). Assumed: talent programmes pay living subsidies for about three years "
                        + "(general knowledge)."),
                bool("free_housing", false, "The programme also pays a lone worker's housing there (economy.worker_rent_share "
                        + "x the place's rent), booked as cost."));
        LEVERS = Collections.unmodifiableMap(m);
    }

    private static void lever(Map<String, Obj> m, String name, String description, Field... own) {
        List<Field> fields = new ArrayList<>(List.of(
                Spec.oneOf("lever", List.of(name), null, "Lever type.").req(),
                str("id", ID_PATTERN, null, "Optional short name, unique among the levers, so that --set and --vary "
                        + "can say policies[park].posts_per_year instead of a position."),
                integer("from", YEAR, null, "First year the lever acts.").req(),
                integer("to", YEAR, null, "Last year the lever acts; >= from.").derived("end_year"),
                names("counties", "Targeted counties (with places: both; both empty: everywhere)."),
                names("places", "Targeted places.")));
        fields.addAll(List.of(own));
        m.put(name, Obj.of(description, fields.toArray(Field[]::new)));
    }

    /** Replaces each lever given by its Chinese name with its key, in place. */
    static void useKeys(com.fasterxml.jackson.databind.JsonNode root) {
        for (com.fasterxml.jackson.databind.JsonNode item : root.path("policies")) {
            String key = CHINESE.get(item.path("lever").asText(""));
            if (key != null && item instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
                o.put("lever", key);
            }
        }
    }

    static List<String> leverNames() {
        return List.copyOf(LEVERS.keySet());
    }
}

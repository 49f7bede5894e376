package townward.scenario;

import static townward.scenario.Spec.bool;
import static townward.scenario.Spec.integer;
import static townward.scenario.Spec.levers;
import static townward.scenario.Spec.names;
import static townward.scenario.Spec.num;
import static townward.scenario.Spec.obj;
import static townward.scenario.Spec.objects;
import static townward.scenario.Spec.oneOf;
import static townward.scenario.Spec.range;
import static townward.scenario.Spec.str;
import static townward.scenario.Spec.yearMap;

import java.util.Arrays;
import java.util.List;
import townward.scenario.Spec.Field;
import townward.scenario.Spec.Obj;
import townward.scenario.Spec.Range;

/**
 * Every key of the scenario format (docs/scenario-format.md) except the levers ({@link LeverCatalogue}).
 * Caps reject absurd magnitudes (a typo of a few zeros) while leaving room for any real region.
 */
final class Catalogue {

    private Catalogue() {
    }

    static final Range SHARE = range(0, 1);
    static final Range YEAR = range(1949, 2100);
    /** Households, flats, posts, seats, residents: at most a billion. */
    static final Range COUNT = range(0, 1e9);
    /**
     * Flats, posts and seats held at a place: at most 100 million, so that a stock and 151 years of the largest
     * yearly additions ({@link #FLOW}) still fit the model's 32-bit counters (2^31 is about 2.1 billion).
     */
    static final Range STOCK = range(0, 1e8);
    /**
     * Flats, posts, seats or pupils added per year by one lever or one place's completions: at most 100,000, so that
     * 100 levers over 151 years stay below 2^31 (the largest shipped figure is 40,000 completions a year).
     */
    static final Range FLOW = range(0, 1e5);
    /** Monthly wages and pensions: at most 10 million yuan. */
    static final Range MONTHLY = range(0, 1e7);
    /** Yearly or one-off amounts of money: at most a billion yuan. */
    static final Range MONEY = range(0, 1e9);
    /** Yuan per mu or per m²: at most 10 million. */
    static final Range PER_AREA = range(0, 1e7);
    static final Range KM = range(0, 20000);
    /** Utility coefficients: any sign, bounded so a slip of the keyboard is caught. */
    static final Range COEF = range(-1000, 1000);
    static final Range GROWTH = range(-1, 1);

    static final List<String> KINDS = Arrays.stream(PlaceKind.values()).map(PlaceKind::key).toList();

    static final Obj ECONOMY = Obj.of("Region-wide economic parameters; money in nominal yuan of the start year.",
            num("wage_growth", GROWTH, 0.06, "Yearly growth of all wages and rents. Source: data/household_economy.csv migrant_monthly_income 2013-2024 (6.0 %/yr)."),
            num("farm_income_per_mu", PER_AREA, 1000.0, "Operating income of the crops on a farmed mu of contracted land, yuan/mu/yr: output less the cash costs (现金收益; the family's own labour and land not deducted). Default: three grains 528 yuan per sown mu in 2016 (data/household_economy.csv grain3_cash_income_per_mu, weak source) carried to 2024 at farm_income_growth (619), three quarters of the land in grain and a quarter in cash crops at an assumed 1,500, times an assumed cropping index of 1.2 (MODEL.md 6.3)."),
            num("entrusted_income_per_mu", PER_AREA, 500.0, "Net income of land entrusted to farm services (托管), yuan/mu/yr. Assumed."),
            num("land_rent_per_mu", PER_AREA, 772.0, "Cash rent of transferred land, yuan/mu/yr. Source: data/household_economy.csv land_rent Jiangsu 2023."),
            num("land_rent_free_share", SHARE, 0.4, "Share of transfers paying no cash rent. Source: data/household_economy.csv land_rent_free_share 0.3-0.5."),
            num("land_market_depth", SHARE, 0.15, "Yearly probability that land offered for transfer finds a tenant. Assumed."),
            num("local_wage", MONTHLY, 3000.0, "Monthly wage of local non-farm work near the village, yuan. Assumed."),
            num("pension_monthly", MONTHLY, 123.0, "Resident basic pension, yuan/month per person 60+. Source: data/household_economy.csv basic_pension_minimum 2024."),
            num("employee_pension_share", SHARE, 0.45, "Employee pension as a share of the post wage. Assumed replacement rate."),
            num("mortgage_rate", SHARE, 0.04, "Yearly mortgage interest rate. Assumed: 5-year LPR 2023-2024."),
            integer("mortgage_years", range(1, 100), 20, "Mortgage term, years. Assumed."),
            num("down_payment", SHARE, 0.3, "Down payment as a share of the price. Assumed."),
            num("subsistence", MONEY, 5000.0, "Income floor, yuan/person/yr. Assumed."),
            num("worker_rent_share", SHARE, 0.3, "A lone worker's housing cost as a share of a household's market rent. Assumed."),
            num("commute_cost_per_km", PER_AREA, 150.0, "Yearly commuting cost per km of distance, yuan. Assumed: 250 days x 2 trips x 0.3 yuan/km."),
            num("boarding_cost", MONEY, 1157.0, "Yearly boarding cost per pupil, yuan. Source: data/schools.csv boarding_cost_yuan_per_year."),
            num("village_rent_per_m2", PER_AREA, 10.0, "Yearly rent of a vacated village house per m² of homestead, yuan. Assumed."),
            num("village_rent_demand", SHARE, 0.1, "Yearly probability that a vacated village house finds a tenant. Assumed."),
            num("quota_value_per_mu", MONEY, 200000.0, "Value of a construction-land quota (增减挂钩) per mu, yuan. Assumed."),
            num("price_elasticity", range(0, 3), 0.2, "Yearly price response to excess demand (below 1 / 0.3, the normal "
                    + "absorption, so that a year without sales cannot turn a price negative). Assumed."),
            num("cpi_growth", GROWTH, 0.02, "Yearly consumer-price inflation; deflates the real outputs (gold_*_real, better_off_share_real; start year = 1). Assumed (MODEL.md 6.2; no row in data/)."),
            yearMap("wage_growth_from", GROWTH, "Yearly growth of the region's wages from each given year on (MODEL.md 6.2), replacing wage_growth from the first given year: a series chained from data rows, e.g. {2011: 0.128, 2014: 0.069, 2017: 0.044} for China (data/migrant_workers.csv monthly_income_outside 2011-2013, monthly_income 2014-2016, monthly_income_local 2017-2024). Before the first year, wage_growth."),
            num("land_subsidy_per_mu", PER_AREA, 110.0, "Yearly subsidy per contracted mu paid to the contract holder whoever farms (耕地地力保护补贴; before 2016 the direct grain, seed and comprehensive subsidies it merged), yuan/mu; grows at farm_income_growth. Default: the middle of the county and provincial standards of 2020-2024 in data/household_economy.csv land_fertility_subsidy_per_mu (91-134 yuan). Give 0 before 2004."),
            num("deposit_rate", SHARE, 0.02, "Yearly interest on savings, counted as property income in the survey-comparable rural income (not in decisions). Assumed."),
            num("contributions_per_person", MONEY, 0.0, "Yearly social-insurance contributions per rural resident, deducted from transfers in the survey-comparable rural income. Default 0; MODEL.md 6.3 assumes 400 yuan in the 2020s."),
            num("other_farm_income", MONEY, 9000.0, "Yearly operating income of a farming family beyond its crops per mu (livestock, orchards, vegetable plots, fish, forestry), yuan per family that farms. Fitted by hand to the operating share of rural income (P15: China 2023, Hunan 2014) within MODEL.md 6.3's range [0, 10,000] (2020s yuan); no row splits operating income in data/."),
            num("farm_income_growth", GROWTH, 0.02, "Yearly growth of farm_income_per_mu, other_farm_income, entrusted_income_per_mu and land_subsidy_per_mu: crop returns do not follow wages (MODEL.md 6.3). Default: the cash income of rice per mu, 638 yuan (Hubei mid-indica, 2008) to 744 (national paddy, 2016), 1.9 %/yr (data/household_economy.csv, weak sources)."),
            num("dibao_line", MONEY, 6984.0, "Rural minimum living guarantee line (农村低保标准), yuan/person/yr; a rural-hukou family below it is paid the shortfall (补差) at dibao_take_up (MODEL.md 6.3). Grows with the wage index. Default: data/household_economy.csv rural_dibao_standard China 2023, 582 yuan/month. Rural 低保 is national from 2007: give 0 before."),
            num("dibao_take_up", SHARE, 0.5, "Share of the rural-hukou families below dibao_line who draw 低保 (an expected value). Assumed; compare data/household_economy.csv rural_dibao_recipients (3,338 万 in 2023, about 7 % of rural residents)."),
            num("pension_topup_share", range(0, 10), 0.42, "What the resident pension pays on average above the minimum basic pension that pension_monthly and the pension lever state (local top-ups of the basic pension, the individual account), as a share of it. Source: data/household_economy.csv resident_pension_avg_payout China 2017 (125 yuan/month) against basic_pension_minimum China 2018 (88): 0.42, MODEL.md 6.3."));

    static final Obj LABOUR = Obj.of("The urban labour market (MODEL.md 6.1): posts are scarce, informal work is congested.",
            num("informal_wage_ratio", SHARE, 0.6, "Monthly informal earnings as a share of the place's post wage. Assumed, MODEL.md 6.1 range [0.4, 0.8]; to be fitted."),
            num("informal_per_post", range(0, 10), 0.5, "Informal openings created by each filled post at the place (services around formal jobs). Assumed, MODEL.md 6.1 range [0.1, 1]; to be fitted."),
            num("informal_per_resident", range(0, 1), 0.05, "Informal openings per resident of the place. Assumed, MODEL.md 6.1 range [0, 0.1]; to be fitted."),
            num("separation_rate", SHARE, 0.1, "Yearly probability that a household member holding a post loses or leaves it (and seeks again). Assumed, MODEL.md 6.1 range [0.05, 0.3]."),
            num("expectation_weight", new Range(0, true, 1, false), 0.3, "Weight of this year's hire and informal chances in the chances households expect next year (the rest is the previous expectation): no cobweb. Assumed, MODEL.md 6.1 range [0.1, 0.6]."),
            num("participation_scale", range(0, 1.5), 1.0, "Multiplies the participation rates by age and sex of MODEL.md 6.1 (2010 census activity rates, assumed: men 0.35 at 16-19 to 0.97 at 30-44 and 0.85 at 55-59, women 0.35 to 0.85 and 0.60). Calibrate [0.85, 1.1]."),
            num("months_post", range(0, 12), 11.0, "Months a year worked in a post. Assumed, MODEL.md 6.1."),
            num("months_informal", range(0, 12), 10.0, "Months a year worked informally. Assumed, MODEL.md 6.1."),
            num("months_local", range(0, 12), 10.0, "Months a year of local non-farm work (本地) at most; farm work takes the rest of the year first (12 - farm months when that is less). Assumed as months_informal, MODEL.md 6.1 (the migrant-worker survey's months worked are not in data/)."),
            num("farm_months_per_mu", range(0, 12), 0.3, "Months of farm work a farmed mu takes a year, shared by the family's workers at home (at most 6 months each); the rest of their year is free for non-farm work. Assumed, MODEL.md 6.1; calibrate [0.1, 0.6]."),
            num("local_jobs_per_resident", range(0, 1), 0.13, "Local non-farm openings (本地 village and township work) of a county per rural resident at the start; workers at home who do not commute share them. Default: China's local migrant workers per rural resident in 2010, data/migrant_workers.csv local_migrants China 2010 (8,888 wan) / rural residents (67,053 wan: the 2010 census population 133,972 wan, general knowledge, x (1 - 49.95 %)) = 0.13; MODEL.md 6.1 (calibrate [0.1, 0.5]). Give a region's own ratio where its survey has one."),
            num("local_job_growth", GROWTH, 0.031, "Yearly growth of a county's local openings. Source: data/migrant_workers.csv local_migrants China 2010-2019, 8,888 to 11,652 万 (3.1 %/yr)."),
            num("business_share", SHARE, 0.1, "Share of families with someone at home who run a non-farm household business there (operating income). Assumed, MODEL.md 6.3; calibrate [0.05, 0.25]."),
            num("business_income_ratio", range(0, 10), 1.0, "A household business's yearly income as a multiple of twelve months of local wages. Assumed, MODEL.md 6.3; calibrate [0.5, 2]."),
            num("remit_share", SHARE, 0.4, "Share of what members counted away earn beyond their housing and living costs that they send home (the household survey's transfers from non-resident members). Assumed, MODEL.md 6.3; calibrate [0.2, 0.7]."));

    static final Obj DEMOGRAPHY = Obj.of("Yearly demographic rates (per person unless said otherwise).",
            num("tfr_rural", range(0, 8), 1.44, "Total fertility of women living at rural places; births by the mother's age follow the assumed shape of MODEL.md 10.1. Source: 2010 census, rural (乡村) 1.44 (see data/demography.csv)."),
            num("tfr_urban", range(0, 8), 0.98, "Total fertility of women living at urban places (household members and urban cohorts). Source: 2010 census, cities 0.88 and towns 1.15, weighted (see data/demography.csv)."),
            num("mortality_factor", range(0, 10), 1.0, "Death rates as a multiple of China's 2000 census rates by age (NBS yearbook 2002, table 4-11). Source: the census table; 1 for the national level."),
            num("mortality_decline", range(0, 0.2), 0.02, "Yearly fall of death rates at every age after 2000. Assumed: 2 %/yr takes the census table's life expectancy from 72.8 (2000) to 78.3 (2020), official 71.4 and 77.9."),
            num("marriage_scale", range(0, 5), 1.0, "Multiplies the first-marriage hazards by age and sex of MODEL.md 10.2 (men 20-24 0.10, 25-29 0.20, 30-34 0.12, 35+ 0.03; women 18-19 0.05, 20-24 0.18, 25-29 0.22, 30-34 0.10, 35+ 0.02; assumed). Calibrate [0.6, 1.4]."),
            num("separate_at_marriage", SHARE, 0.55, "Probability that a couple marrying into a family that already has its working couple sets up its own household at once. Calibrate [0.2, 0.9]; default the middle."),
            num("separate_rate", SHARE, 0.1, "Yearly probability that the second married couple of a family sets up its own household. Calibrate [0.01, 0.2]; default about the middle."),
            num("senior_enrolment", SHARE, 0.9, "Share of 15-17 year-olds in senior school. Assumed: gross enrolment about 0.9."),
            yearMap("college_entry", SHARE, "Share of the senior pupils finishing at 18 who enter college (MODEL.md 10.3), by year: a straight line between the given years, the nearest given value beyond them. Default when absent: {2010: 0.4, 2020: 0.6}, MODEL.md 10.3's assumed 0.5 of completers in 2010 and 0.75 in 2020 times 0.8 for rural origin (no row in data/ yet; the 2000s stay at the 2010 value unless given)."),
            integer("college_years", range(1, 10), 4, "Years of study at college; students live apart where they study and are counted there (MODEL.md 10.3). Assumed."),
            num("college_local_share", SHARE, 0.5, "Share of the entrants who study at the region's college seats (places' schools.college) while seats are free; the others, and those who find none, study at the destination systems by posts (MODEL.md 10.3). Assumed."),
            yearMap("student_hukou_transfer", SHARE, "Share of entrants whose hukou moves to the college (collective, urban: counted in the hukou rate while they live apart), in force from each given year on (MODEL.md 10.3). Default when absent: {1949: 0.5, 2010: 0.3}, assumed."),
            num("graduate_wage_factor", range(0, 10), 1.4, "A graduate's earnings living apart as a multiple of a youth's (MODEL.md 5.8). Assumed."),
            num("graduate_hukou_rate", SHARE, 0.6, "Share of graduates who, settling alone at an urban place in their graduation year, take urban hukou there (MODEL.md 10.3). Assumed."));

    static final Obj TIER_SHARES = Obj.of("Shares of the region's migrant workers at the system by the class of city where they work, as the migrant-worker survey classes them (MODEL.md 14.12, P14; data/migrant_workers.csv destination_share_*): municipalities (直辖市), provincial capitals (省会城市, sub-provincial capitals included) and other prefecture-level cities (地级市); the rest, 1 - their sum, work below prefecture level (county-level cities, county seats, towns). Keys left out are 0. Default when the block is absent: the national mix of outside migrants in 2015, data/migrant_workers.csv destination_share_municipality, _provincial_capital, _prefecture_city China 2015 (0.086, 0.226, 0.351); state a system's own where known (e.g. a provincial capital: capital 1).",
            num("municipality", SHARE, null, "Share working in a municipality (直辖市: Beijing, Tianjin, Shanghai, Chongqing).").derived("0 when tier_shares is given; 0.086 when it is absent"),
            num("capital", SHARE, null, "Share working in a provincial capital (省会城市).").derived("0 when tier_shares is given; 0.226 when it is absent"),
            num("prefecture", SHARE, null, "Share working in another prefecture-level city (地级市; the non-capital sub-provincial cities such as Shenzhen or Dalian included).").derived("0 when tier_shares is given; 0.351 when it is absent"));

    /** The fields of a destination system (MODEL.md 2.2), shared by {@code destinations} entries and {@code outside}. */
    private static Field[] systemFields(boolean named) {
        Field[] f = {
            str("name", "^[A-Za-z0-9._-]+$", null, "The system's name in outputs, e.g. coast_east, rest_of_province (letters, digits, . _ - only).").req(),
            bool("in_province", false, "Whether the system lies in the region's province: migrants to the others are cross-province (跨省)."),
            num("distance_km", KM, 800.0, "Typical distance from the region, km; utility falls with b_log_distance x ln(km). Assumed unless stated."),
            num("wage", MONTHLY, 5634.0, "Out-migrant monthly wage there in the start year, yuan. Default: data/migrant_workers.csv monthly_income_outside China 2024 (5,634); give the start year's value times the system's wage factor (MODEL.md 2.2: coast 1.0, other regions 0.9, a central provincial capital 0.85; assumed)."),
            num("wage_growth", GROWTH, null, "Yearly growth of the wage (MODEL.md 6.2: outside and local wages diverge, e.g. data/migrant_workers.csv monthly_income_outside 2017-2024, 5.8 %/yr).").derived("economy.wage_growth"),
            yearMap("wage_growth_from", GROWTH, "Yearly growth of the wage from each given year on, as economy.wage_growth_from."),
            num("posts", new Range(0, true, 1e9, false), 1e7, "Posts open to migrants there, for the size term b_size x ln(posts / count). Assumed unless stated."),
            num("post_growth", GROWTH, 0.0, "Yearly growth of the posts. Source for the national trend: data/migrant_workers.csv outside_migrants China (2009-2024)."),
            num("hire_chance", SHARE, 0.95, "Chance that a migrant there finds work in a year: expected earnings are hire_chance x wage. Assumed (MODEL.md 2.2)."),
            num("rent", MONEY, 12000.0, "Yearly rent of a family's dwelling, yuan. Assumed."),
            num("living_cost", MONEY, 6000.0, "Yearly living-cost premium per person, yuan. Assumed."),
            num("public_school_share", SHARE, 0.797, "Share of migrant pupils taught in public schools there: a primary pupil brought along is worth school_town_value x this share. Source: data/migrant_workers.csv accompanying_children_public_school_share China 2017 (79.7 %)."),
            bool("exam_open", false, "Migrant children may sit 中考/高考 there; when false, taking a junior or senior pupil along costs b_exam_penalty (MODEL.md 5.5)."),
            num("constant", COEF, 0.0, "The system's own constant c_dest (MODEL.md 5.3), added to c_outside: calibrate [-3, 3], one system at 0."),
            num("count", new Range(1, false, 1e6, false), 1.0, "Real places the system stands for: adds lambda x ln(count) to utility and divides posts in the size term, so splitting a system in two leaves its pull unchanged."),
            num("start_share", SHARE, null, "Share of the families away beyond the region (household.away_outside_share) that are at this system at the start (MODEL.md 9: e.g. the cross-province share by origin); given for every system or none, adding up to 1.").derived("in proportion to posts"),
            bool("mirror_inflow", false, "The system sends the region as many persons, of the same age and sex, as the region has there, and they live in the region's urban places (MODEL.md 2.2, 10.5). For a scenario that stands for a whole country (a representative county or province), whose migrants to the rest of the country are mirrored by migrants from it."),
            num("inflow", range(0, 1e8), 0.0, "Persons who come from the system to live and work in the region in the first simulated year (MODEL.md 10.5): later arrivals follow China's pool of cross-province migrants (data/migrant_workers.csv cross_province_outside_migrants), b_income x the change in ln(region's expected earnings / the system's) and b_size x the change in ln(region's posts); they leave at the return hazard (5.9). Default 0: a sending region. Not with mirror_inflow."),
            num("urban_share", SHARE, 1.0, "Share of the region's migrant workers there who live in its cities and towns (城镇): they count as 进城农民工 (urban_resident_migrant_workers, MODEL.md 14.12); the rest live in its villages (rural factories, mines, building sites). Assumed 1: a system is a labour market of cities. The survey's gap (data/migrant_workers.csv urban_resident_migrants / outside_migrants China 2017, 79.8 %) is what pattern P13 compares, so it is no default."),
            obj("tier_shares", TIER_SHARES)
        };
        return named ? f : Arrays.copyOfRange(f, 1, f.length);
    }

    static final Obj DESTINATION = Obj.of("A destination system beyond the region's places (MODEL.md 2.2).", systemFields(true));

    static final Obj OUTSIDE = Obj.of("The format-2 single destination beyond the region: read as destinations: [{name: outside, ...}] (MODEL.md 2.2). Give destinations instead to name several systems.", systemFields(false));

    static final Obj BEHAVIOUR = Obj.of("Decision coefficients of MODEL.md section 5; starting values to be calibrated.",
            num("consider_rate", SHARE, 0.3, "Yearly probability a household reconsiders its location (MODEL)."),
            num("event_consider_rate", SHARE, null, "Yearly probability that a household reconsiders in a year of its own life event (a child turning 6, 12 or 15, a marriage, a separation); MODEL.md 5.1. Off until fitted.").derived("consider_rate"),
            num("lambda", range(0.3, 1), 0.5, "Nesting parameter of the choice model, 0.3-1 (MODEL)."),
            num("b_income", COEF, 1.5, "Coefficient of log income."),
            num("b_school", COEF, 1.0, "Coefficient of schooling access."),
            num("b_network", COEF, 2.0, "Coefficient of the migrant network share."),
            num("b_size", COEF, 1.0, "Coefficient of ln(posts), the size term (MODEL: 1 in theory)."),
            num("b_hukou", COEF, 0.5, "Coefficient of hukou access."),
            num("b_log_distance", COEF, 1.0, "Coefficient of ln(max(km, 5)), the distance term of every alternative away from home (MODEL.md 5.3). Calibrate [0.3, 2.5]."),
            num("b_exam_penalty", COEF, 1.5, "Penalty per junior or senior pupil taken to a system where migrant children may not sit the exams (exam_open false; MODEL.md 5.5). Calibrate [0, 3]."),
            num("b_move", COEF, 2.0, "Moving cost."),
            num("b_split", COEF, 0.5, "Cost of splitting the household."),
            num("c_split_away", COEF, 0.0, "Constant of split_away (one working adult away, the rest at home; 半工半耕), MODEL.md 5.3. Calibrate [-3, 3]; 0 until fitted."),
            num("b_age", COEF, 0.3, "Age effect on moving."),
            num("c_urban", COEF, -10.5, "Constant of urban alternatives in the region."),
            num("c_outside", COEF, -9.0, "Constant of the outside alternative."),
            num("school_town_value", COEF, 1.0, "Value of a town school seat."),
            num("boarding_penalty", COEF, 1.0, "Disutility of boarding pupils."),
            num("no_enrolment_penalty", COEF, 2.0, "Disutility of children who cannot enrol."),
            num("commute_km", range(0, 1000), 15.0, "Largest distance commuted daily, km (MODEL)."),
            num("b_commute_km", range(0, 1), 0.05, "Disutility of each km of a daily commute, beyond its money cost, in the work-mode choice of the adults at home (MODEL.md 5.7). Assumed, to be fitted in [0, 0.15]."),
            num("max_distance_km", KM, 100.0, "Largest distance of destinations in the region considered, km."),
            integer("hukou_years", range(0, 100), 2, "Years of residence before hukou may convert (MODEL)."),
            num("hukou_conversion_rate", SHARE, 0.1, "Yearly probability that an eligible household converts its hukou."),
            num("forfeit_factor", SHARE, 0.1, "Multiplies the hukou conversion rate where converting would forfeit dividends and homestead (no rights_retention) (MODEL)."),
            num("months_away", range(0, 12), 10.0, "Months a year a migrant worker is away (MODEL)."),
            num("mobility_sd", range(0, 20), 0.0, "Spread of households' persistent propensity to leave home (mover-stayer heterogeneity); the households still rural at the start are the least mobile part of their county's population (docs/MODEL.md section 10)."),
            num("c_return", COEF, -3.0, "Constant of the yearly return hazard of a family whose workers are at a destination system (MODEL.md 5.9). Calibrate [-5, -1]."),
            num("b_return_age", COEF, 0.6, "Return hazard: per 10 years of the workers' mean age above 40. Calibrate [0, 1.5]."),
            num("b_return_school", COEF, 1.0, "Return hazard: in a year a child reaches primary, junior or senior school age. Calibrate [0, 2]."),
            num("b_return_local", COEF, 1.0, "Return hazard: per unit of ln(a newcomer's expected monthly earnings at the best urban place of the home county / at the system). Calibrate [0, 3]."),
            num("b_return_years", COEF, -0.3, "Return hazard: per unit of ln(1 + years at the system); negative: the longer away, the less likely a return. Calibrate [-1, 0.5]."),
            num("b_return_care", COEF, 0.5, "Return hazard: an elder 75 or older at home with no other adult there. Assumed (MODEL.md 5.9)."),
            num("b_return_unemployed", COEF, 1.0, "Return hazard: a worker at the system found no work this year (chance 1 - hire_chance). Assumed (MODEL.md 5.9)."),
            num("cohort_out_peak", range(0, 0.2), 0.015, "Yearly out-migration rate of the places' own urban cohorts at ages 20-29 to the destination systems that do not mirror (MODEL.md 10.4); 0.6 of it at 15-19 and 30-34, 0.3 at 35-44, 0.1 at other ages. Default: the former flat 0.005 at every age, at the start's age structure. Calibrate [0, 0.03]."),
            num("b_cohort_wage", range(0, 10), 1.5, "Urban cohorts' out-migration: elasticity to the posts-weighted wage of the systems over the region's urban posts' wage (MODEL.md 10.4). Calibrate [0, 3]; default the middle."),
            num("b_cohort_unemp", range(0, 100), 0.0, "Urban cohorts' out-migration: per unit of the region's urban unemployment rate above 0.04, last year's (MODEL.md 10.4). Calibrate [0, 30]; default 0 because the model's rate covers rural-origin workers only and starts 30-50 % high (docs/MODEL.md 14.6)."),
            num("cohort_return_rate", SHARE, 0.02, "Share of the urban cohorts' out-migrants beyond the region who return each year, to the urban places (MODEL.md 10.4). Assumed."),
            num("youth_consider_rate", SHARE, 0.3, "Yearly probability that a youth (never married, 16-34, out of school, not heading the working couple) or a member living apart weighs where to live: with the family, or alone at an urban place or a system (MODEL.md 5.8). Calibrate [0.2, 1]; assumed until fitted."),
            num("c_youth_male", COEF, 0.0, "Constant of a young man living apart from his family, added to the destination's own terms (MODEL.md 5.8). Calibrate [-2, 4]; 0 until fitted."),
            num("c_youth_female", COEF, 0.0, "Constant of a young woman living apart from her family (MODEL.md 5.8). Calibrate [-2, 4]; 0 until fitted."),
            num("b_youth_age", COEF, 0.5, "Fall of a youth's utility of living apart per 10 years of age above 20 (MODEL.md 5.8). Calibrate [0, 2]; assumed until fitted."));

    static final Obj VILLAGES = Obj.of("How village clusters are generated for the county.",
            integer("count", range(0, 1e7), null, "Generated village clusters.").derived("ceil(rural_households / 500)"),
            num("radius_km", range(0, 1000), 15.0, "Clusters lie within this distance of their seat, km."),
            num("closed_school_share", SHARE, 0.0, "Share of the county's village primary schools already closed at the start year (smallest villages first); their pupils go to the school at the village's seat. Set it from the school counts of the start year against those of a year when every village had its school, e.g. data/schools.csv rural_primary_schools China 2000 -> 2010: 0.521 for a 2010 start. Default 0: every village has its primary."));

    static final Obj HOUSEHOLD = Obj.of("Distributions of the county's rural households (MODEL.md section 9).",
            num("size", range(1, 20), 3.10, "Mean household size, persons. Source: data household_size China 2010 census."),
            num("children_share", SHARE, 0.45, "Share of households with children under 18. Assumed."),
            num("elderly_share", SHARE, 0.45, "Share of households with members 60+. Assumed."),
            num("head_age", range(16, 120), 52.0, "Mean age of the household head, years. Assumed."),
            num("land_mu", range(0, 1e6), 3.73, "Mean contracted land per household, mu. Source: data contracted_land_per_household 2016."),
            num("land_transferred", SHARE, 0.30, "Share of contracted land already transferred. Source: data land_transferred_share China 2014."),
            num("homestead_m2", range(0, 1e5), 150.0, "Mean homestead area, m². Assumed."),
            num("savings", MONEY, 60000.0, "Mean savings, yuan (log-normal). Assumed."),
            num("savings_sigma", range(0, 10), 1.0, "Sigma of log savings. Assumed."),
            num("away_share", SHARE, 0.4, "Share of households with working adults away at the start. Assumed."),
            num("away_outside_share", SHARE, 0.6, "Of those, the share away outside the region. Assumed."),
            num("together_away_share", SHARE, 0.11, "Of those, the share living away as a whole family (together_away), renting where they live. Source: data/migrant_workers.csv whole_family_migrants / outside_migrants China 2010 (3,071 / 15,335 = 20.0 % of outside migrants); a whole family has about two of them against about 1.1 for a family of lone workers, so about 0.11 of the families away."),
            num("split_away_share", SHARE, 0.53, "Of the other families away with two or more adults, the share with one adult away and the rest at home (split_away, 半工半耕). Source: data/migrant_workers.csv left_behind_children_both_parents_away_share China 2010 (46.74 %): 1 - 0.4674."),
            num("accompany_share", SHARE, 0.1, "Of the families at home with primary or junior pupils, the share with one adult accompanying them at the county seat (陪读), renting there. Assumed until fitted to MODEL.md 12.1 P18 (data/migrant_workers.csv peidu_share_of_students_accompanied Gansu 2012, 27.1 %, is a check)."),
            num("youth_away_share", SHARE, 0.6, "Of the families away at the start (away_share) but not as a whole family, with youth in work (never married, 16-34, out of school, not heading the working couple), the share of which only the youth are away, each alone at a place (by posts) or a system as the families away are, the rest of the family at home (MODEL.md 5.8, 9 item 2). Assumed, with the 2009 age profile of outside migrants as the check (MODEL.md 12.1 P11: 16-25 41.6 %, over 50 4.2 %)."),
            num("dividend", MONEY, 0.0, "Collective share dividend per household per year before any lever, yuan."));

    static final Obj COUNTY = Obj.of("A county (any administrative unit below the region) and its rural households.",
            str("name", null, "Unique county name.").req(),
            num("rural_households", COUNT, null, "Real rural households at the start year, besides those of listed villages.").req(),
            obj("villages", VILLAGES),
            obj("household", HOUSEHOLD));

    static final Obj JOBS = Obj.of("Formal posts and wages (all 0 for villages and townships unless given).",
            num("posts", STOCK, null, "Formal posts at the start.").derived("0.4 x population (0 for village, township)"),
            num("vacant", STOCK, null, "Of which vacant at the start.").derived("0.05 x posts"),
            num("growth", GROWTH, null, "Yearly growth of posts without any lever.").derived("0.01 (0 for village, township)"),
            num("wage", MONTHLY, null, "Monthly post wage, yuan. Source: data migrant_monthly_income 2024, local migrants.").derived("4291 (0 for village, township)"),
            num("informal_wage", MONTHLY, null, "Monthly earnings of informal work at the place, yuan (MODEL.md 6.1).").derived("labour.informal_wage_ratio x wage"));

    static final Obj HOUSING = Obj.of("Housing stock and prices (all 0 for villages and townships unless given).",
            num("units", STOCK, null, "Market flats for sale (vacant stock).").derived("0"),
            num("price", PER_AREA, null, "Market price, yuan/m². Assumed.").derived("5000 (0 for village, township)"),
            num("flat_m2", range(0, 1e4), null, "Typical flat size, m². Assumed.").derived("90 (0 for village, township)"),
            num("rent", MONEY, null, "Market rent of a flat, yuan/yr. Assumed.").derived("10000 (0 for village, township)"),
            num("rental_units", STOCK, null, "Vacant market rental flats.").derived("0.01 x population (0 for village, township)"),
            num("completions", FLOW, null, "Market flats completed per year.").derived("0"),
            num("rental_share", SHARE, 0.2, "Share of the completions let (market rental flats) rather than sold. Assumed: about a fifth of urban family households rented their home in the 2010 and 2020 censuses (general knowledge)."),
            num("affordable_units", STOCK, null, "Vacant affordable (保障性) flats at the start.").derived("0"),
            num("affordable_rent", MONEY, null, "Yearly rent of an affordable flat, yuan. Assumed.").derived("0.5 x rent"),
            num("affordable_price", PER_AREA, null, "Price of an affordable flat, yuan/m². Assumed.").derived("0.6 x price"));

    static final Obj SCHOOLS = Obj.of("School seats for pupils of rural households (all 0 for villages and townships unless given).",
            num("primary", STOCK, null, "Primary seats. Assumed.").derived("0.02 x population (0 for village, township)"),
            num("junior", STOCK, null, "Junior-middle seats.").derived("0.01 x population (0 for village, township)"),
            num("senior", STOCK, null, "Senior-middle seats.").derived("county_seat 0.02 x population, else 0"),
            num("college", STOCK, 0.0, "College seats at an urban place open to the region's own entrants (MODEL.md 10.3; at most demography.college_local_share of the entrants come here, never more than the seats). Default 0: the region's students study at the destination systems."),
            Spec.bool("open_enrolment", null, "Children without local hukou may enrol (两为主 policy).").derived("true for town and county_seat"));

    static final Obj PLACE = Obj.of("A place of the region: a listed village, township, town, county seat or city.",
            str("name", null, "Unique place name.").req(),
            oneOf("kind", KINDS, null, "Kind of place.").req(),
            str("county", null, "The county it belongs to (a county name).").req(),
            str("seat", null, "Required for a village, forbidden otherwise: its township, town or county seat in the same county."),
            num("households", COUNT, null, "Required for a village, forbidden otherwise: its real rural households."),
            bool("demonstration", false, "A demonstration town (示范城镇)."),
            num("lon", range(-180, 180), null, "Longitude, degrees.").derived("unknown: placed near the county's other places"),
            num("lat", range(-90, 90), null, "Latitude, degrees.").derived("unknown: placed near the county's other places"),
            num("population", COUNT, 0.0, "Residents at the start, not counting members of rural households."),
            num("urban_hukou_share", SHARE, 0.7, "Share of residents holding urban hukou. Assumed: about 45/64 nationally in 2020."),
            num("built_up_km2", range(0, 1e5), null, "Built-up area at the start, km².").derived("population / 10000 (100 m² per resident, assumed)"),
            num("built_up_growth_km2", range(0, 1e4), 0.0, "Yearly growth of the built-up area, km²."),
            bool("hukou_open", null, "Settlement open to rural hukou holders at the start.").derived("true for town and county_seat, false otherwise"),
            num("living_cost", MONEY, null, "Living-cost premium over village life, yuan/person/yr. Assumed.").derived("town 2000, county_seat 3000, city 4000, else 0"),
            oneOf("tier", CityTier.KEYS, null, "The survey's class of city of the place, for the destination tiers of outside migrants working there (MODEL.md 14.12, P14): municipality (直辖市), capital (省会城市), prefecture (地级市) or county_level (below prefecture level). Only a city can be above county_level.").derived("prefecture for a city, county_level otherwise"),
            obj("jobs", JOBS),
            obj("housing", HOUSING),
            obj("schools", SCHOOLS));

    static final Obj OBSERVED = Obj.of("Observed history.",
            yearMap("urbanization_rate", SHARE, "Resident urbanization rate by year; the start year's value calibrates the initial urban population."));

    static final Obj PLACE_TARGET = Obj.of("Targets of one place.",
            str("place", null, "Place name.").req(),
            yearMap("population", COUNT, "Residents of the place by year."),
            yearMap("built_up_residents", COUNT, "Residents of the place and its reclassified villages by year."),
            yearMap("urbanization_rate", SHARE, "Town-area (镇域) rate by year: built-up residents / (built-up residents + residents of the rural village clusters seated at the place)."));

    static final Obj TARGETS = Obj.of("The programme's stated targets, compared with the projection.",
            yearMap("urbanization_rate", SHARE, "Region-wide resident urbanization rate by year."),
            yearMap("urban_residents_added_per_year", COUNT, "Urban residents added in the year, by year."),
            yearMap("urban_residents_gained", COUNT, "Urban residents at the year minus at the start year (cumulative gain)."),
            yearMap("posts_added_per_year", COUNT, "Net change of filled urban posts in the year, region-wide (metric posts_filled_added): posts created but not filled do not count."),
            yearMap("urban_new_jobs", COUNT, "城镇新增就业: gross hires into urban posts in the year, region-wide (metric urban_hires), the official concept; separations are not subtracted."),
            yearMap("movers_to_urban", COUNT, "Persons who moved into urban places from the first simulated year through the year (cumulative)."),
            objects("places", PLACE_TARGET, "Per-place targets."));

    static final Obj SCENARIO = Obj.of("A townward scenario (docs/scenario-format.md).",
            str("name", "^[A-Za-z0-9._-]+$", null, "Identifier; results go to results/<name>/.").req(),
            str("region", null, "Display name.").derived("= name"),
            str("description", "", "A planner's summary of the programme and of what the scenario models (Chinese and English)."),
            integer("start_year", YEAR, null, "Year of the observed initial state; simulation steps begin the year after.").req(),
            integer("end_year", YEAR, null, "Last simulated year, inclusive; >= start_year and at most 100 years later.").req(),
            integer("seed", range(0, 9007199254740991.0), 1, "Master random seed."),
            num("scale", new Range(0, true, 1, false), 1.0, "Simulated households per real household."),
            obj("observed", OBSERVED),
            obj("economy", ECONOMY),
            obj("labour", LABOUR),
            obj("demography", DEMOGRAPHY),
            obj("outside", OUTSIDE),
            objects("destinations", DESTINATION, "Destination systems beyond the region's places, 1-6 (MODEL.md 2.2), e.g. provincial_capital, rest_of_province, coast_east, other_regions; without them, outside is the one system."),
            str("behaviour_file", null, "Shared behaviour file, such as calibration/behaviour.yaml (a relative path is looked up from this file's folder, each folder above it, then the working directory): its behaviour coefficients fill the keys behaviour leaves unset."),
            obj("behaviour", BEHAVIOUR),
            objects("counties", COUNTY, "Counties with their rural households.").req().minItems(1),
            objects("places", PLACE, "Listed villages, townships, towns, county seats and cities; at least one town, county_seat or city.").req(),
            levers("policies", "Levers with their years and targets (MODEL.md section 4)."),
            obj("targets", TARGETS));
}

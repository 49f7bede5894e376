package townward.report;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A lever's parameter as a planner reads it: its Chinese name, the value in the unit it is counted in (万元 for
 * money in Chinese, % for shares), instead of the YAML key ({@code cost_per_post = 50000} is 每岗位成本 5 万元). In
 * both languages the key stays beside the Chinese name, which is also the {@code --set} path's last part.
 */
final class LeverValues {

    /** How a value is counted. */
    enum Unit { MONEY, SHARE, NUMBER, FLAG, CHOICE }

    /** A parameter: Chinese name, unit, and the Chinese counter after a number (个, 人, 套), or "". */
    record Param(String zh, Unit unit, String counter) {
    }

    static final Map<String, Param> PARAMS = Map.ofEntries(
            Map.entry("posts_per_year", new Param("每年新增岗位", Unit.NUMBER, "个")),
            Map.entry("wage_premium", new Param("工资溢价", Unit.SHARE, "")),
            Map.entry("cost_per_post", new Param("每岗位成本", Unit.MONEY, "")),
            Map.entry("share_per_year", new Param("每年培训比例", Unit.SHARE, "")),
            Map.entry("wage_uplift", new Param("工资提高", Unit.SHARE, "")),
            Map.entry("post_uplift", new Param("就业机会提高", Unit.SHARE, "")),
            Map.entry("cost_per_trainee", new Param("每人培训成本", Unit.MONEY, "")),
            Map.entry("close_share_per_year", new Param("每年撤并比例", Unit.SHARE, "")),
            Map.entry("seats_per_year", new Param("每年新增学位", Unit.NUMBER, "个")),
            Map.entry("senior_to_county_seat", new Param("高中集中到县城", Unit.FLAG, "")),
            Map.entry("boarding_cost", new Param("每生每年寄宿费用", Unit.MONEY, "")),
            Map.entry("cost_per_seat", new Param("每学位成本", Unit.MONEY, "")),
            Map.entry("pupils_per_year", new Param("每年转移学生", Unit.NUMBER, "人")),
            Map.entry("bus_cost_per_pupil", new Param("每生每年校车费用", Unit.MONEY, "")),
            Map.entry("share", new Param("补贴比例", Unit.SHARE, "")),
            Map.entry("cap_per_unit", new Param("每套上限", Unit.MONEY, "")),
            Map.entry("eligible", new Param("适用对象", Unit.CHOICE, "")),
            Map.entry("value", new Param("房票面值", Unit.MONEY, "")),
            Map.entry("recipients", new Param("发放对象", Unit.CHOICE, "")),
            Map.entry("flat_m2_per_homestead_m2", new Param("每平方米宅基地换房面积", Unit.NUMBER, "平方米")),
            Map.entry("flats_per_year", new Param("每年建房", Unit.NUMBER, "套")),
            Map.entry("cost_per_flat", new Param("每套成本", Unit.MONEY, "")),
            Map.entry("units_per_year", new Param("每年收购", Unit.NUMBER, "套")),
            Map.entry("max_m2", new Param("最大面积", Unit.NUMBER, "平方米")),
            Map.entry("use", new Param("用途", Unit.CHOICE, "")),
            Map.entry("rent", new Param("年租金", Unit.MONEY, "")),
            Map.entry("price_share", new Param("售价占市价比例", Unit.SHARE, "")),
            Map.entry("rate", new Param("年利率", Unit.SHARE, "")),
            Map.entry("loan_to_value", new Param("最高贷款比例", Unit.SHARE, "")),
            Map.entry("services", new Param("随迁子女可入学", Unit.FLAG, "")),
            Map.entry("rent_per_mu", new Param("每亩年租金", Unit.MONEY, "")),
            Map.entry("market_depth", new Param("年成交概率", Unit.SHARE, "")),
            Map.entry("operator_demand_mu", new Param("经营主体年需求", Unit.NUMBER, "亩")),
            Map.entry("subsidy_per_mu", new Param("每亩补贴", Unit.MONEY, "")),
            Map.entry("per_mu", new Param("每亩补偿", Unit.MONEY, "")),
            Map.entry("per_m2_homestead", new Param("宅基地每平方米补偿", Unit.MONEY, "")),
            Map.entry("dividend", new Param("每户年分红", Unit.MONEY, "")),
            Map.entry("resident_monthly", new Param("城乡居民养老金（月）", Unit.MONEY, "")),
            Map.entry("top_up_monthly", new Param("加发（月）", Unit.MONEY, "")),
            Map.entry("nearest_villages", new Param("最近的村庄片区", Unit.NUMBER, "个")),
            Map.entry("townships", new Param("撤乡设镇", Unit.CHOICE, "")),
            Map.entry("relocate_to", new Param("整体搬迁至", Unit.CHOICE, "")),
            Map.entry("consent_share", new Param("同意比例", Unit.SHARE, "")),
            Map.entry("consent_required", new Param("所需同意比例", Unit.SHARE, "")),
            Map.entry("cost_per_household", new Param("每户成本", Unit.MONEY, "")),
            Map.entry("quota", new Param("每年创业名额", Unit.NUMBER, "个")),
            Map.entry("grant", new Param("一次性创业补贴", Unit.MONEY, "")),
            Map.entry("loan", new Param("创业担保贷款", Unit.MONEY, "")),
            Map.entry("interest_subsidy", new Param("年贴息比例", Unit.SHARE, "")),
            Map.entry("loan_years", new Param("贴息年限", Unit.NUMBER, "年")),
            Map.entry("business_income", new Param("经营年收入", Unit.MONEY, "")));

    static final Map<String, String> CHOICES = Map.of(
            "all", "全部", "rural_hukou", "农村户籍", "first_home", "首套房", "all_rural", "全部农户",
            "homestead_exit", "退出宅基地者", "rent", "出租", "sale", "出售");

    private LeverValues() {
    }

    /** {@code 每岗位成本 5 万元} (zh), {@code cost per post 50,000 yuan} (en), {@code 每岗位成本 cost_per_post 5 万元}. */
    static String of(String key, JsonNode v, Lang lang) {
        Param p = PARAMS.get(key);
        String raw = v.isNumber() ? Format.number(v.asDouble()) : v.isValueNode() ? v.asText() : list(v);
        if (p == null) {
            return key + " = " + raw;
        }
        String zhValue = switch (p.unit()) {
            case MONEY -> v.isNumber() ? yuan(v.asDouble()) : raw;
            case SHARE -> v.isNumber() ? Format.percent(v.asDouble()) : raw;
            case NUMBER -> v.isNumber() && Double.isInfinite(v.asDouble()) ? "不限" : raw + (p.counter().isEmpty() ? "" : " " + p.counter());
            case FLAG -> v.asBoolean() ? "是" : "否";
            case CHOICE -> CHOICES.getOrDefault(raw, raw);
        };
        String enValue = switch (p.unit()) {
            case MONEY -> v.isNumber() ? Format.number(v.asDouble()) + " yuan" : raw;
            case SHARE -> v.isNumber() ? Format.percent(v.asDouble()) : raw;
            case NUMBER -> v.isNumber() && Double.isInfinite(v.asDouble()) ? "unlimited" : raw;
            case FLAG, CHOICE -> raw;
        };
        return switch (lang) {
            case ZH -> p.zh() + " " + zhValue;
            case EN -> key.replace('_', ' ') + " " + enValue;
            case BOTH -> p.zh() + " " + key + " " + zhValue;
        };
    }

    /** Yuan as a Chinese reader counts them: 1.2 亿元, 5 万元, 800 元. */
    static String yuan(double v) {
        double a = Math.abs(v);
        return a >= 1e8 ? Format.number(Math.round(v / 1e6) / 100.0) + " 亿元"
                : a >= 1e4 ? Format.number(Math.round(v / 100) / 100.0) + " 万元" : Format.number(v) + " 元";
    }

    private static String list(JsonNode v) {
        StringBuilder b = new StringBuilder();
        v.forEach(x -> b.append(b.length() > 0 ? ", " : "").append(x.asText()));
        return b.length() == 0 ? "–" : b.toString();
    }
}

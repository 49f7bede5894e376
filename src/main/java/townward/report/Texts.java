package townward.report;

import java.util.Map;

/** Labels of the charts and the report, in Chinese and English. */
final class Texts {

    private Texts() {
    }

    static final Map<String, String[]> MOTIVES = Map.of(
            "jobs", new String[]{"就业", "jobs"},
            "school", new String[]{"就学", "school"},
            "housing", new String[]{"住房", "housing"},
            "land", new String[]{"土地", "land"},
            "network", new String[]{"亲友网络", "network"},
            "hukou", new String[]{"户籍", "hukou"});

    static final Map<String, String[]> SCHEMES = Map.of(
            "market", new String[]{"市场", "market"},
            "subsidy", new String[]{"购房补贴", "subsidy"},
            "voucher", new String[]{"房票", "voucher"},
            "homestead_swap", new String[]{"宅基地换房", "homestead swap"},
            "government_purchase", new String[]{"政府收购房", "government purchase"},
            "affordable_rental", new String[]{"保障性住房", "affordable housing"},
            "resettlement", new String[]{"安置房", "resettlement"},
            "provident_fund", new String[]{"公积金", "provident fund"});

    static final Map<String, String[]> GOLDS = Map.of(
            "wages", new String[]{"薪金", "wages"},
            "dividends", new String[]{"股金", "dividends"},
            "rent", new String[]{"租金", "rent"},
            "security", new String[]{"保障金", "security"},
            "land_farmed", new String[]{"自种收入", "land farmed"},
            "land_transferred", new String[]{"土地流转金", "land transferred"},
            "total", new String[]{"合计", "total"});

    static final Map<String, String[]> LEVERS = Map.ofEntries(
            Map.entry("industrial_park", new String[]{"产业园区", "industrial park"}),
            Map.entry("skills_training", new String[]{"技能培训", "skills training"}),
            Map.entry("school_consolidation", new String[]{"学校撤并", "school consolidation"}),
            Map.entry("flexible_employment", new String[]{"随迁家长灵活就业", "flexible jobs for accompanying parents"}),
            Map.entry("school_transfer", new String[]{"农村小学生转移到城镇就学", "pupils bused to town schools"}),
            Map.entry("housing_subsidy", new String[]{"购房补贴", "housing subsidy"}),
            Map.entry("housing_voucher", new String[]{"房票", "housing voucher"}),
            Map.entry("homestead_swap", new String[]{"宅基地换房", "homestead swap"}),
            Map.entry("government_purchase", new String[]{"政府收购存量房", "government purchase"}),
            Map.entry("provident_fund", new String[]{"公积金", "provident fund"}),
            Map.entry("hukou_opening", new String[]{"放开落户", "hukou opening"}),
            Map.entry("land_transfer", new String[]{"土地流转", "land transfer"}),
            Map.entry("rights_retention", new String[]{"三权保留", "rights retention"}),
            Map.entry("voluntary_exit", new String[]{"自愿有偿退出", "voluntary exit"}),
            Map.entry("collective_shares", new String[]{"股份合作制", "collective shares"}),
            Map.entry("pension", new String[]{"养老金", "pension"}),
            Map.entry("reclassification", new String[]{"村改居", "reclassification"}),
            Map.entry("return_entrepreneurship", new String[]{"返乡创业", "return entrepreneurship"}),
            Map.entry("college_expansion", new String[]{"高校新增在校生", "college expansion"}),
            Map.entry("graduate_retention", new String[]{"高校毕业生留岳", "graduate retention"}));

    static final Map<String, String[]> METRICS = Map.of(
            "urbanization_rate", new String[]{"城镇化率", "urbanization rate"},
            "urban_residents_added", new String[]{"年新增城镇人口", "urban residents added per year"},
            "urban_residents_gained", new String[]{"累计新增城镇人口", "urban residents gained"},
            "posts_filled_added", new String[]{"年净增就业岗位", "filled posts added per year"},
            "urban_hires", new String[]{"城镇新增就业", "new urban jobs (hires)"},
            "movers_to_urban_cumulative", new String[]{"累计进城人口", "movers to towns (cumulative)"},
            "population", new String[]{"人口", "population"},
            "built_up_residents", new String[]{"建成区人口", "built-up area residents"},
            "area_urbanization_rate", new String[]{"镇域城镇化率", "town-area urbanization rate"});

    /** The sheet of each summary table in summary.xlsx (the table's file name is the English key). */
    static final Map<String, String[]> SHEETS = Map.ofEntries(
            Map.entry("headline", new String[]{"要点", "headline"}),
            Map.entry("targets", new String[]{"目标", "targets"}),
            Map.entry("levers", new String[]{"政策杠杆", "levers"}),
            Map.entry("costs", new String[]{"财政支出", "costs"}),
            Map.entry("motives", new String[]{"迁移动因", "motives"}),
            Map.entry("trajectory", new String[]{"逐年数据", "trajectory"}),
            Map.entry("comparison", new String[]{"情景比较", "comparison"}),
            Map.entry("towns", new String[]{"各城镇", "towns"}),
            Map.entry("sweep", new String[]{"参数扫描", "sweep"}),
            Map.entry("sobol", new String[]{"Sobol指数", "sobol"}),
            Map.entry("tornado", new String[]{"逐一变动", "tornado"}),
            Map.entry("provenance", new String[]{"来源", "provenance"}));

    /** The label of a key in one of the tables, or the key itself. */
    static String label(Map<String, String[]> table, String key, Lang lang) {
        String[] t = table.get(key);
        return t == null ? key.replace('_', ' ') : lang.pick(t[0], t[1]);
    }
}

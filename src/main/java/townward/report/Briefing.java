package townward.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import townward.model.Tally;
import townward.scenario.Scenario;
import townward.scenario.Targets;

/** The numbers of the briefing: headline figures and the summary tables, computed from a results folder. */
public final class Briefing {

    /** A headline figure: label, value (a {@link Table.Value}, or text), and an optional note (range, gap). */
    public record Headline(String label, Object value, String note) {
    }

    /** One target of one scenario against its projection. */
    public record TargetRow(String scenario, String place, String metric, int year, double target, int runs,
                            double projected, double p05, double p95) {
        public boolean met() {
            return runs > 0 && projected >= target;
        }
    }

    private final ChartContext cx;
    private final Results r;
    private final Lang lang;

    public Briefing(ChartContext cx) {
        this.cx = cx;
        this.r = cx.results();
        this.lang = cx.lang();
    }

    private String t(String zh, String en) {
        return lang.pick(zh, en, " / ");
    }

    /** Money in 万元 wherever Chinese is read (the English half then says so), in millions in English only. */
    private Table.Kind money() {
        return lang == Lang.EN ? Table.Kind.MILLIONS : Table.Kind.WAN;
    }

    private String moneyEn() {
        return lang == Lang.EN ? "million yuan" : "10,000 yuan";
    }

    private static Table.Value pct(double share) {
        return new Table.Value(share, Table.Kind.PERCENT);
    }

    private static Table.Value pts(double diff) {
        return new Table.Value(diff, Table.Kind.POINTS);
    }

    /** {@link #t} with values placed in each language's half. */
    private String t(String zh, String en, Object... values) {
        return lang.fill(zh, en, " / ", values);
    }

    /** Every target of every scenario that has a statistics series. */
    public List<TargetRow> targets() {
        List<TargetRow> out = new ArrayList<>();
        for (Results.Case c : r.cases()) {
            Scenario s = c.scenario();
            if (s == null || s.targets() == null || r.series(c.id(), Results.REGION, "urbanization_rate").isEmpty()) {
                continue;
            }
            Targets tg = s.targets();
            tg.region().forEach((key, years) -> add(out, c.id(), Results.REGION, Targets.REGION_METRICS.get(key), years));
            for (Targets.PlaceTarget p : tg.places()) {
                p.targets().forEach((key, years) -> add(out, c.id(), p.place(), Targets.PLACE_METRICS.get(key), years));
            }
        }
        return out;
    }

    private void add(List<TargetRow> out, String id, String place, String metric, SortedMap<Integer, Double> years) {
        TreeMap<Integer, Results.Stat> s = r.series(id, place, metric);
        years.forEach((year, target) -> {
            Results.Stat st = s.get(year);
            out.add(new TargetRow(id, place, metric, year, target, st == null ? 0 : st.n(),
                    st == null ? Double.NaN : st.mean(), st == null ? Double.NaN : st.p05(),
                    st == null ? Double.NaN : st.p95()));
        });
    }

    /** The headline figures of the main case (and, for compare, each scenario's difference). */
    public List<Headline> headlines() {
        List<Headline> out = new ArrayList<>();
        TreeMap<Integer, Results.Stat> rate = r.region("urbanization_rate");
        if (rate.isEmpty()) {
            return out;
        }
        int start = rate.firstKey();
        int end = rate.lastKey();
        Results.Stat s0 = rate.firstEntry().getValue();
        Results.Stat s1 = rate.lastEntry().getValue();
        out.add(new Headline(t(start + " 年城镇化率（起点）", "Urbanization rate " + start + " (start)"),
                pct(s0.mean()), t("观测起点", "observed start")));
        out.add(new Headline(t(end + " 年城镇化率（预测）", "Urbanization rate " + end + " (projected)"),
                pct(s1.mean()), s1.n() > 1 ? "5-95 %: " + Format.percent(s1.p05()) + " – "
                + Format.percent(s1.p95()) : t("单次运行", "one run")));
        out.add(new Headline(t("提高（百分点）", "Change (points)"), pts(s1.mean() - s0.mean()),
                start + "–" + end));
        for (TargetRow tr : targets()) {
            if (tr.scenario().equals(r.main().id()) && Results.REGION.equals(tr.place())
                    && "urbanization_rate".equals(tr.metric())) {
                out.add(new Headline(t(tr.year() + " 年目标 " + Format.percent(tr.target()) + "：差距（百分点）",
                        "Target " + Format.percent(tr.target()) + " in " + tr.year() + ": gap (points)"),
                        tr.runs() == 0 ? "–" : pts(tr.projected() - tr.target()),
                        tr.runs() == 0 ? t("无预测", "not projected") : tr.met() ? t("达到", "met") : t("未达到", "missed")));
            }
        }
        List<TargetRow> all = targets().stream().filter(x -> x.scenario().equals(r.main().id())).toList();
        if (!all.isEmpty()) {
            long met = all.stream().filter(TargetRow::met).count();
            out.add(new Headline(t("目标达成", "Targets met"), met + " / " + all.size(), t("全部目标", "all targets")));
        }
        double movers = sum(r.region("movers"), start);
        out.add(new Headline(t("迁移人数（累计）", "Movers (cumulative)"), new Table.Value(movers, Table.Kind.COUNT),
                (start + 1) + "–" + end));
        double cost = sum(r.region("cost_total"), start);
        out.add(new Headline(t("财政支出累计（万元）", "Fiscal cost, cumulative (%s)", moneyEn()),
                new Table.Value(cost, money()), (start + 1) + "–" + end));
        Results.Stat gained = r.region("urban_residents_gained").get(end);
        if (gained != null && gained.mean() > 0 && cost > 0) {
            out.add(new Headline(t("每新增一名城镇人口的支出（元）", "Cost per urban resident gained (yuan)"),
                    new Table.Value(cost / gained.mean(), Table.Kind.COUNT),
                    t("新增 %s 人（全部原因）", "gained %s (all causes)", Format.count(gained.mean()))));
        }
        if (r.kind() == Results.Kind.COMPARE) {
            for (int i = 1; i < r.cases().size(); i++) {
                String id = r.cases().get(i).id();
                Results.Diff d = r.difference(id, Results.REGION, "urbanization_rate").get(end);
                if (d != null) {
                    out.add(new Headline(t(id + " 与基准之差（" + end + " 年，百分点）", id + " vs baseline ("
                            + end + ", points)"), pts(d.mean()),
                            t("90%% 区间 %s – %s", "90 %% interval %s – %s", Format.points(d.low()), Format.points(d.high()))));
                }
            }
        }
        return out;
    }

    /** Sum of the yearly means after the start year (flows such as movers and costs). */
    static double sum(TreeMap<Integer, Results.Stat> s, int start) {
        double total = 0;
        for (Map.Entry<Integer, Results.Stat> e : s.entrySet()) {
            if (e.getKey() > start && Double.isFinite(e.getValue().mean())) {
                total += e.getValue().mean();
            }
        }
        return total;
    }

    /** The summary tables that apply, in the report's order. */
    public List<Table> tables() {
        List<Table> out = new ArrayList<>();
        out.add(headlineTable());
        Table targets = targetTable();
        if (!targets.rows().isEmpty()) {
            out.add(targets);
        }
        if (r.kind() == Results.Kind.COMPARE) {
            out.add(comparisonTable());
        }
        Table towns = townTable();
        if (!towns.rows().isEmpty()) {
            out.add(towns);
        }
        out.add(leverTable());
        Table costs = costTable();
        if (!costs.rows().isEmpty()) {
            out.add(costs);
        }
        if (!r.region("movers_jobs").isEmpty()) {
            out.add(motiveTable());
        }
        if (!r.swings().isEmpty()) {
            out.add(tornadoTable());
        }
        if (!r.sobol().isEmpty()) {
            out.add(sobolTable());
        }
        if (!r.sweepRows().isEmpty()) {
            out.add(sweepTable());
        }
        out.add(trajectoryTable());
        out.add(provenanceTable());
        return out;
    }

    Table headlineTable() {
        Table.Builder b = new Table.Builder("headline", t("要点", "Headline"))
                .column(t("指标", "figure"), Table.Kind.TEXT).column(t("数值", "value"), Table.Kind.TEXT)
                .column(t("说明", "note"), Table.Kind.TEXT);
        headlines().forEach(h -> b.row(h.label(), h.value(), h.note()));
        return b.build();
    }

    Table targetTable() {
        boolean several = r.cases().stream().filter(c -> c.scenario() != null).count() > 1;
        Table.Builder b = new Table.Builder("targets", t("目标达成情况", "Targets met or missed"));
        if (several) {
            b.column(t("情景", "scenario"), Table.Kind.TEXT);
        }
        b.column(t("目标", "target"), Table.Kind.TEXT).column(t("地点", "place"), Table.Kind.TEXT)
                .column(t("年份", "year"), Table.Kind.YEAR).column(t("目标值", "target value"), Table.Kind.TEXT)
                .column(t("预测值", "projected"), Table.Kind.TEXT).column("5-95 %", Table.Kind.TEXT)
                .column(t("差距", "gap"), Table.Kind.TEXT).column(t("结果", "status"), Table.Kind.TEXT);
        for (TargetRow tr : targets()) {
            boolean share = tr.metric().endsWith("_rate");
            String gap = tr.runs() == 0 ? "" : share ? t("%s 个百分点", "%s pts", Format.points(tr.projected() - tr.target()))
                    : Format.signedCount(tr.projected() - tr.target());
            List<Object> row = new ArrayList<>();
            if (several) {
                row.add(tr.scenario());
            }
            row.add(Texts.label(Texts.METRICS, tr.metric(), lang));
            row.add(Results.REGION.equals(tr.place()) ? t("全区域", "region") : tr.place());
            row.add((double) tr.year());
            row.add(new Table.Value(tr.target(), share ? Table.Kind.PERCENT : Table.Kind.COUNT));
            row.add(tr.runs() == 0 ? "" : new Table.Value(tr.projected(), share ? Table.Kind.PERCENT : Table.Kind.COUNT));
            row.add(tr.runs() > 1 ? Format.metric(tr.metric(), tr.p05()) + " – " + Format.metric(tr.metric(), tr.p95())
                    : "");
            row.add(gap);
            row.add(tr.runs() == 0 ? t("无预测", "not projected") : tr.met() ? t("达到", "met") : t("未达到", "missed"));
            b.row(row.toArray());
        }
        return b.build();
    }

    /**
     * Each urban place of the main case, demonstration towns first: residents at the start and the end, built-up
     * residents, filled posts and movers in by the end, and the gap to each of its own targets.
     */
    Table townTable() {
        TreeMap<Integer, Results.Stat> rate = r.region("urbanization_rate");
        Scenario s = r.main().scenario();
        Table.Builder b = new Table.Builder("towns", t("各城镇", "Towns"))
                .column(t("城镇", "town"), Table.Kind.TEXT)
                .column(t("常住人口（起点）", "residents (start)"), Table.Kind.COUNT)
                .column(t("常住人口（期末）", "residents (end)"), Table.Kind.COUNT)
                .column(t("建成区人口（期末）", "built-up residents (end)"), Table.Kind.COUNT)
                .column(t("在岗就业（期末）", "posts filled (end)"), Table.Kind.COUNT)
                .column(t("迁入人数（累计）", "movers in (cumulative)"), Table.Kind.COUNT)
                .column(t("目标差距", "target gaps"), Table.Kind.TEXT);
        if (s == null || rate.isEmpty()) {
            return b.build();
        }
        int start = rate.firstKey();
        int end = rate.lastKey();
        String id = r.main().id();
        List<townward.scenario.Place> towns = new ArrayList<>(s.places().stream()
                .filter(p -> p.kind().urbanByDefault()).toList());
        towns.sort(java.util.Comparator.comparing((townward.scenario.Place p) -> !p.demonstration()));
        for (townward.scenario.Place p : towns) {
            List<String> gaps = new ArrayList<>();
            for (TargetRow tr : targets()) {
                if (tr.scenario().equals(id) && tr.place().equals(p.name()) && tr.runs() > 0) {
                    boolean share = tr.metric().endsWith("_rate");
                    gaps.add(Texts.label(Texts.METRICS, tr.metric(), lang) + " " + tr.year() + ": "
                            + (share ? t("%s 个百分点", "%s pts", Format.points(tr.projected() - tr.target()))
                            : Format.signedCount(tr.projected() - tr.target())));
                }
            }
            double moversIn = r.series(id, p.name(), "movers_to").entrySet().stream()
                    .filter(e -> e.getKey() > start).mapToDouble(e -> e.getValue().mean()).sum();
            b.row(p.name() + (p.demonstration() ? " (" + t("示范镇", "demonstration") + ")" : ""),
                    mean(id, p.name(), "population", start), mean(id, p.name(), "population", end),
                    mean(id, p.name(), "built_up_residents", end), mean(id, p.name(), "posts_filled", end),
                    moversIn, String.join("; ", gaps));
        }
        return b.build();
    }

    private double mean(String id, String place, String metric, int year) {
        Results.Stat st = r.series(id, place, metric).get(year);
        return st == null ? Double.NaN : st.mean();
    }

    Table comparisonTable() {
        TreeMap<Integer, Results.Stat> rate = r.region("urbanization_rate");
        int start = rate.firstKey();
        int end = rate.lastKey();
        Table.Builder b = new Table.Builder("comparison", t("各情景与基准情景之差（配对，" + end + " 年）",
                "Each scenario against the baseline (paired, " + end + ")"))
                .column(t("情景", "scenario"), Table.Kind.TEXT)
                .column(t("城镇化率之差（百分点）", "urbanization rate difference (points)"), Table.Kind.POINTS)
                .column(t("90% 区间下限", "90 % interval low"), Table.Kind.POINTS)
                .column(t("90% 区间上限", "90 % interval high"), Table.Kind.POINTS)
                .column(t("城镇人口之差（人）", "urban residents difference"), Table.Kind.COUNT)
                .column(t("累计财政支出之差（万元）", "cumulative fiscal cost difference (%s)", moneyEn()),
                        money())
                .column(t("每新增一名城镇人口的支出（元）", "cost per additional urban resident (yuan)"), Table.Kind.COUNT);
        for (int i = 1; i < r.cases().size(); i++) {
            String id = r.cases().get(i).id();
            Results.Diff d = r.difference(id, Results.REGION, "urbanization_rate").get(end);
            Results.Diff u = r.difference(id, Results.REGION, "urban_residents").get(end);
            double cost = 0;
            for (Map.Entry<Integer, Results.Diff> e : r.difference(id, Results.REGION, "cost_total").entrySet()) {
                cost += e.getKey() > start ? e.getValue().mean() : 0;
            }
            double du = u == null ? Double.NaN : u.mean();
            b.row(id, d == null ? Double.NaN : d.mean(), d == null ? Double.NaN : d.low(),
                    d == null ? Double.NaN : d.high(), du, cost, du > 0 ? cost / du : Double.NaN);
        }
        return b.build();
    }

    Table leverTable() {
        boolean several = r.cases().stream().filter(c -> c.resolved() != null).count() > 1;
        Table.Builder b = new Table.Builder("levers", t("政策杠杆", "Levers"));
        if (several) {
            b.column(t("情景", "scenario"), Table.Kind.TEXT);
        }
        b.column(t("杠杆", "lever"), Table.Kind.TEXT).column(t("地点", "places"), Table.Kind.TEXT)
                .column(t("年份", "years"), Table.Kind.TEXT).column(t("参数", "values"), Table.Kind.TEXT);
        for (Results.Case c : r.cases()) {
            if (c.resolved() == null) {
                continue;
            }
            for (JsonNode p : c.resolved().path("policies")) {
                String lever = p.path("lever").asText();
                List<String> where = new ArrayList<>();
                for (String k : List.of("counties", "places", "villages")) {
                    p.path(k).forEach(x -> where.add(x.asText()));
                }
                List<String> values = new ArrayList<>();
                Iterator<Map.Entry<String, JsonNode>> it = p.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (!List.of("lever", "id", "from", "to", "counties", "places", "villages").contains(e.getKey())) {
                        values.add(LeverValues.of(e.getKey(), e.getValue(), lang));
                    }
                }
                String years = p.path("from").asText() + (p.has("to") && !p.path("to").asText().equals(
                        p.path("from").asText()) ? "–" + p.path("to").asText() : "");
                List<Object> row = new ArrayList<>();
                if (several) {
                    row.add(c.id());
                }
                row.add(Texts.label(Texts.LEVERS, lever, lang) + (p.hasNonNull("id") ? " (" + p.get("id").asText() + ")"
                        : ""));
                row.add(where.isEmpty() ? t("全区域", "whole region") : String.join(", ", where));
                row.add(years);
                row.add(String.join(lang == Lang.EN ? "; " : "；", values));
                b.row(row.toArray());
            }
        }
        return b.build();
    }

    Table costTable() {
        TreeMap<Integer, Results.Stat> rate = r.region("urbanization_rate");
        int start = rate.isEmpty() ? Integer.MIN_VALUE : rate.firstKey();
        int years = rate.isEmpty() ? 1 : Math.max(1, rate.lastKey() - rate.firstKey());
        Map<String, Double> totals = new LinkedHashMap<>();
        for (String m : r.metrics(r.main().id(), Results.REGION)) {
            if (m.startsWith("cost_") && !"cost_total".equals(m)) {
                totals.put(m.substring(5), sum(r.region(m), start));
            }
        }
        double all = sum(r.region("cost_total"), start);
        Table.Builder b = new Table.Builder("costs", t("各杠杆的财政支出", "Fiscal cost by lever"))
                .column(t("杠杆", "lever"), Table.Kind.TEXT)
                .column(t("累计（万元）", "cumulative (%s)", moneyEn()), money())
                .column(t("年均（万元）", "per year (%s)", moneyEn()), money())
                .column(t("占比", "share"), Table.Kind.PERCENT);
        totals.entrySet().stream().sorted((a, c) -> Double.compare(c.getValue(), a.getValue()))
                .forEach(e -> b.row(Texts.label(Texts.LEVERS, e.getKey(), lang), e.getValue(), e.getValue() / years,
                        all > 0 ? e.getValue() / all : Double.NaN));
        if (!totals.isEmpty()) {
            b.row(t("合计", "total"), all, all / years, all > 0 ? 1.0 : Double.NaN);
        }
        return b.build();
    }

    Table motiveTable() {
        int start = r.region("urbanization_rate").firstKey();
        Map<String, Double> totals = new LinkedHashMap<>();
        double all = 0;
        for (String m : Tally.MOTIVES) {
            double v = sum(r.region("movers_" + m), start);
            totals.put(m, v);
            all += v;
        }
        Table.Builder b = new Table.Builder("motives", t("迁移人数按主要动因（累计）", "Movers by main motive (cumulative)"))
                .column(t("动因", "motive"), Table.Kind.TEXT).column(t("人数", "persons"), Table.Kind.COUNT)
                .column(t("占比", "share"), Table.Kind.PERCENT);
        double total = all;
        totals.forEach((m, v) -> b.row(Texts.label(Texts.MOTIVES, m, lang), v, total > 0 ? v / total : Double.NaN));
        return b.build();
    }

    Table tornadoTable() {
        Table.Builder b = new Table.Builder("tornado", t("逐一变动敏感性（期末）", "One-at-a-time sensitivity (end year)"))
                .column(t("指标", "metric"), Table.Kind.TEXT).column(t("参数", "factor"), Table.Kind.TEXT)
                .column(t("低值", "low"), Table.Kind.NUMBER).column(t("高值", "high"), Table.Kind.NUMBER)
                .column(t("低值时", "output at low"), Table.Kind.NUMBER)
                .column(t("高值时", "output at high"), Table.Kind.NUMBER)
                .column(t("基准", "baseline"), Table.Kind.NUMBER);
        r.swings().forEach(s -> b.row(s.metric(), s.factor(), s.low(), s.high(), s.atLow(), s.atHigh(), s.baseline()));
        return b.build();
    }

    Table sobolTable() {
        Table.Builder b = new Table.Builder("sobol", t("Sobol 敏感性指数（90% 自助法区间）", "Sobol indices (90 % bootstrap intervals)"))
                .column(t("指标", "metric"), Table.Kind.TEXT).column(t("参数", "factor"), Table.Kind.TEXT)
                .column(t("一阶", "first"), Table.Kind.NUMBER).column(t("一阶下限", "first low"), Table.Kind.NUMBER)
                .column(t("一阶上限", "first high"), Table.Kind.NUMBER).column(t("总效应", "total"), Table.Kind.NUMBER)
                .column(t("总效应下限", "total low"), Table.Kind.NUMBER)
                .column(t("总效应上限", "total high"), Table.Kind.NUMBER);
        r.sobol().forEach(s -> b.row(s.metric(), s.factor(), s.first(), s.firstLow(), s.firstHigh(), s.total(),
                s.totalLow(), s.totalHigh()));
        return b.build();
    }

    Table sweepTable() {
        Table.Builder b = new Table.Builder("sweep", t("各设计点的期末城镇化率", "End-year urbanization rate of each point"))
                .column(t("设计点", "point"), Table.Kind.TEXT);
        r.factors().forEach(f -> b.column(f, Table.Kind.NUMBER));
        b.column(t("年份", "year"), Table.Kind.TEXT).column(t("均值", "mean"), Table.Kind.PERCENT)
                .column("p05", Table.Kind.PERCENT).column("p95", Table.Kind.PERCENT);
        for (Results.SweepRow row : r.sweepRows()) {
            if (!"urbanization_rate".equals(row.metric())) {
                continue;
            }
            List<Object> cells = new ArrayList<>();
            cells.add(row.point());
            for (double v : row.values()) {
                cells.add(v);
            }
            cells.add(Integer.toString(row.year()));
            cells.add(row.stat().mean());
            cells.add(row.stat().p05());
            cells.add(row.stat().p95());
            b.row(cells.toArray());
        }
        return b.build();
    }

    Table trajectoryTable() {
        Table.Builder b = new Table.Builder("trajectory", t("城镇化率逐年预测", "Urbanization rate by year"))
                .column(t("情景", "scenario"), Table.Kind.TEXT).column(t("年份", "year"), Table.Kind.TEXT)
                .column(t("均值", "mean"), Table.Kind.PERCENT).column("p05", Table.Kind.PERCENT)
                .column("p95", Table.Kind.PERCENT).column(t("城镇人口", "urban residents"), Table.Kind.COUNT)
                .column(t("迁移人数", "movers"), Table.Kind.COUNT)
                .column(t("财政支出（万元）", "fiscal cost (%s)", moneyEn()), money());
        for (Results.Case c : r.cases()) {
            TreeMap<Integer, Results.Stat> rate = r.series(c.id(), Results.REGION, "urbanization_rate");
            TreeMap<Integer, Results.Stat> urban = r.series(c.id(), Results.REGION, "urban_residents");
            TreeMap<Integer, Results.Stat> movers = r.series(c.id(), Results.REGION, "movers");
            TreeMap<Integer, Results.Stat> cost = r.series(c.id(), Results.REGION, "cost_total");
            rate.forEach((year, st) -> b.row(c.id(), Integer.toString(year), st.mean(), st.p05(), st.p95(),
                    mean(urban, year), mean(movers, year), mean(cost, year)));
        }
        return b.build();
    }

    private static double mean(TreeMap<Integer, Results.Stat> s, int year) {
        Results.Stat st = s.get(year);
        return st == null ? Double.NaN : st.mean();
    }

    Table provenanceTable() {
        Table.Builder b = new Table.Builder("provenance", t("数据来源与运行记录（manifest.json）", "Provenance (manifest.json)"))
                .column(t("字段", "field"), Table.Kind.TEXT).column(t("值", "value"), Table.Kind.TEXT);
        r.provenance().forEach((k, v) -> b.row(k, v.length() > 400 ? v.substring(0, 400) + " …" : v));
        b.row("results_folder", r.dir().toAbsolutePath().normalize().toString());
        return b.build();
    }
}

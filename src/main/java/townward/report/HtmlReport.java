package townward.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import townward.scenario.Scenario;

/**
 * {@code report.html}: one self-contained page (charts inline as SVG, the font subset inline, no network fetches)
 * laid out for A4: headline figures, the trajectory against the targets, targets met or missed, the levers with what
 * they contribute and cost, outcomes, sensitivity (sweeps), method and caveats, and provenance.
 */
public final class HtmlReport {

    /** The section ids, in order; {@code sensitivity} only for sweeps. */
    public static final List<String> SECTIONS = List.of("headline", "trajectory", "targets", "levers", "outcomes",
            "sensitivity", "method", "provenance", "annual");

    private final ChartContext cx;
    private final Lang lang;
    private final Map<String, String> svgs;
    private final Map<String, String> titles;
    private final Map<String, Table> tables;
    private final Briefing briefing;
    private final Optional<Path> modelDoc;
    private final StringBuilder b = new StringBuilder();
    /** Figures and tables numbered in the order they are shown (图1, 表1), as a briefing paper cites them. */
    private int figures;
    private int tablesShown;

    /**
     * @param svgs      chart name → inline SVG element
     * @param titles    chart name → title
     * @param tables    table name → table
     * @param modelDoc  the model description to link to, relative to the report (when found)
     */
    HtmlReport(ChartContext cx, Briefing briefing, Map<String, String> svgs, Map<String, String> titles,
               Map<String, Table> tables, Optional<Path> modelDoc) {
        this.cx = cx;
        this.lang = cx.lang();
        this.briefing = briefing;
        this.svgs = svgs;
        this.titles = titles;
        this.tables = tables;
        this.modelDoc = modelDoc;
    }

    private String t(String zh, String en) {
        return lang.pick(zh, en, " / ");
    }

    private String t(String zh, String en, Object... values) {
        return lang.fill(zh, en, " / ", values);
    }

    /** Paragraph text: both languages as separate paragraphs when {@code both}. */
    private void para(String zh, String en) {
        if (lang != Lang.EN) {
            b.append("<p lang=\"zh-CN\">").append(zh).append("</p>\n");
        }
        if (lang != Lang.ZH) {
            b.append("<p lang=\"en\">").append(en).append("</p>\n");
        }
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    String render() {
        Results r = cx.results();
        Scenario s = r.main().scenario();
        // the briefing is about the region: its name heads the page, the scenario's id goes in the line below
        String region = s != null && !s.region().isBlank() ? s.region() : cx.scenarioName();
        String name = region;
        b.append("<!DOCTYPE html>\n<html lang=\"").append(lang == Lang.EN ? "en" : "zh-CN").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'; font-src data:; img-src data:\">\n")
                .append("<title>").append(esc(t("城镇化简报：", "Urbanization briefing: ") + name)).append("</title>\n")
                .append("<style>/*FONT*/\n").append(CSS).append("</style>\n</head>\n<body>\n");
        b.append("<header><h1>").append(esc(t("城镇化简报", "Urbanization briefing"))).append(lang == Lang.EN ? ": " : "：")
                .append(esc(name))
                .append("</h1>\n<p class=\"sub\">").append(esc(t("情景 %s", "scenario %s", cx.scenarioName())))
                .append(" · ")
                .append(esc(kindText(r.kind()))).append(" · ")
                .append(esc(ChartContext.replications(r.replications(), lang)))
                .append(" · ").append(esc(r.manifest().path("started_at").asText("").replaceFirst("T.*", "")))
                .append("</p></header>\n");

        section("headline", t("要点", "Headline"));
        b.append("<div class=\"cards\">\n");
        for (Briefing.Headline h : briefing.headlines()) {
            b.append("<div class=\"card\"><div class=\"label\">").append(esc(h.label())).append("</div><div class=\"value\">")
                    .append(esc(String.valueOf(h.value()))).append("</div><div class=\"note\">").append(esc(h.note()))
                    .append("</div></div>\n");
        }
        b.append("</div>\n</section>\n");

        section("trajectory", t("预测轨迹与目标", "Projected trajectory against the targets"));
        figure(TrajectoryChart.NAME);
        figure(CompareChart.NAME);
        b.append("</section>\n");

        section("targets", t("目标达成情况", "Targets met or missed"));
        if (!table("targets")) {
            para("情景未设定目标。", "The scenario states no targets.");
        }
        b.append("</section>\n");

        section("levers", t("政策杠杆：作用与成本", "Levers: what they contribute and what they cost"));
        if (tables.containsKey("comparison")) {
            para("下表为各情景与基准情景（第一个）逐次配对之差：同一随机数下只改变所列杠杆，差值即该杠杆的贡献。",
                    "Each scenario against the baseline (the first), replication by replication with common random"
                            + " numbers: where a scenario differs from the baseline by one lever, the difference is"
                            + " that lever's contribution.");
            table("comparison");
        }
        table("levers");
        table("costs");
        table("motives");
        figure(MoversChart.NAME);
        figure(HousingChart.NAME);
        b.append("</section>\n");

        section("outcomes", t("人口与收入", "Population and incomes"));
        figure(PopulationChart.NAME);
        table("towns");
        figure(GoldsChart.NAME);
        figure(MapChart.NAME);
        b.append("</section>\n");

        if (r.kind() == Results.Kind.SWEEP) {
            section("sensitivity", t("敏感性分析", "Sensitivity"));
            figure(SweepResponseChart.NAME);
            figure(TornadoChart.NAME);
            figure(SobolChart.NAME);
            table("tornado");
            table("sobol");
            b.append("</section>\n");
        }

        section("method", t("方法与注意事项", "Method and caveats"));
        method();
        b.append("</section>\n");

        section("provenance", t("数据来源与运行记录", "Provenance"));
        table("provenance");
        b.append("</section>\n");

        section("annual", t("附表：逐年数值", "Annex: figures by year"));
        table("trajectory");
        if (tables.containsKey("sweep")) {
            table("sweep");
        }
        b.append("</section>\n");
        b.append("<footer>").append(esc(cx.source())).append("</footer>\n</body>\n</html>\n");
        String html = b.toString();
        String text = ChartFiles.textOf(html.replaceAll("(?s)<style>.*?</style>", ""));
        return html.replace("/*FONT*/", ReportFont.fontFaceCss(text + t("达到未", "met missed")));
    }

    private String kindText(Results.Kind k) {
        return switch (k) {
            case RUN -> t("单次运行", "single run");
            case BATCH -> t("批量运行", "batch");
            case COMPARE -> t("情景比较", "comparison");
            case SWEEP -> t("参数扫描", "sweep");
        };
    }

    private void section(String id, String title) {
        b.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(title)).append("</h2>\n");
    }

    private void figure(String name) {
        String svg = svgs.get(name);
        if (svg == null) {
            return;
        }
        figures++;
        b.append("<figure id=\"chart-").append(name).append("\">").append(svg).append("<figcaption>")
                .append(esc(t("图%d", "Figure %d", figures) + " " + titles.get(name)))
                .append("<br><span class=\"files\">").append(esc(cx.source())).append("; charts/").append(name)
                .append(".png, ").append(name).append("-print.png, ").append(name).append(".svg</span></figcaption></figure>\n");
    }

    private boolean table(String name) {
        Table tb = tables.get(name);
        if (tb == null || tb.rows().isEmpty()) {
            return false;
        }
        tablesShown++;
        b.append("<table id=\"table-").append(name).append("\"><caption>")
                .append(esc(t("表%d", "Table %d", tablesShown) + " " + tb.title()))
                .append("</caption>\n<thead><tr>");
        for (Table.Column c : tb.columns()) {
            b.append("<th>").append(esc(c.header())).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < tb.rows().size(); i++) {
            b.append("<tr>");
            for (int j = 0; j < tb.columns().size(); j++) {
                boolean num = tb.columns().get(j).kind() != Table.Kind.TEXT;
                String text = tb.text(i, j);
                String cls = num ? " class=\"num\"" : "met".equals(text) || "达到".equals(text) || "达到 / met".equals(text)
                        ? " class=\"met\"" : text.contains("missed") || text.startsWith("未达到") ? " class=\"missed\"" : "";
                b.append("<td").append(cls).append(">").append(esc(text)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table>\n");
        return true;
    }

    private void method() {
        int n = cx.results().replications();
        para("本简报由 townward 的模拟结果直接生成。townward 是多主体模型：每个农村家庭每年在留村、外出务工、陪读、举家进城等"
                        + "选项之间按嵌套 logit 选择，考虑就业与工资、住房、土地、学校、亲友网络和户籍；人口按常住半年以上统计。",
                "This briefing is produced directly from townward's simulation outputs. townward is an agent-based model:"
                        + " every rural household chooses each year between staying, working away, accompanying children"
                        + " to a town school, moving together and other arrangements with a nested logit over jobs and"
                        + " wages, housing, land, schools, migrant networks and hukou; people are counted where they"
                        + " live six months or more.");
        para((n == 1 ? "数值来自单次运行，没有区间：一次运行只是模型的一次抽样，区间需要多次重复运行（batch）；"
                        : "数值为 " + n + " 次重复运行的均值；阴影和 5-95% 区间只反映模拟的随机性，不包括参数和模型结构的不确定性。")
                        + "预测是“如果实施这些杠杆会怎样”的情景推演，不是预报；情景文件中标注为 assumed 的参数是假设值。",
                (n == 1 ? "Figures come from one run, without bands: one run is a single draw of the model, and"
                        + " bands need replications (batch)."
                        : "Figures are means of " + n + " replications; the bands and 5-95 % ranges"
                        + " show the simulation's randomness only, not the uncertainty of parameters or of the model's"
                        + " structure.") + " A projection says what would follow if the levers were applied, not a forecast;"
                        + " parameters the scenario file marks as assumed are assumptions.");
        para("“五金”图比较起始年全部农户与期末进城户、留村户的平均收入（名义值，含工资增长）；模型不记录每个进城户迁移前的各项收入，"
                        + "只记录迁移前的总收入，better_off_share 即据此计算。",
                "The five-golds chart compares all households in the start year with movers and stayers in the end"
                        + " year (nominal yuan, wage growth included): the model does not record each mover's golds"
                        + " before moving, only the total, from which better_off_share is computed.");
        para("财政支出为模型中各杠杆的直接支出。“每新增一名城镇人口的支出”把全部城镇人口增长（含自然增长和村改居）都计入分母；"
                        + "要衡量某一杠杆的作用，请用 townward compare 比较有无该杠杆的两个情景。迁移动因为对迁移决定贡献最大的效用项。",
                "Fiscal costs are the levers' direct costs as modelled. The cost per urban resident gained divides by all"
                        + " urban growth (natural change and reclassification included); to measure one lever, compare"
                        + " the scenario with and without it (townward compare). A mover's motive is the utility term"
                        + " that contributed most to the move.");
        String link = modelDoc.map(p -> "<a href=\"" + esc(p.toString().replace('\\', '/')) + "\">docs/MODEL.md</a>")
                .orElse("docs/MODEL.md");
        para("模型完整说明见 " + link + "（townward 源代码中）。", "The full model description is " + link
                + " in the townward source.");
    }

    /** Writes the page. */
    void write(Path file) throws IOException {
        Files.writeString(file, render(), StandardCharsets.UTF_8);
    }

    static final String CSS = """
            @page { size: A4; margin: 14mm 13mm 16mm 13mm; }
            :root { --ink: #222; --muted: #666; --line: #ddd; --accent: #0072B2; --warn: #D55E00; --ok: #009E73; }
            * { box-sizing: border-box; }
            html { font-family: 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif;
                   color: var(--ink); font-size: 11pt; line-height: 1.45; }
            body { max-width: 190mm; margin: 0 auto; padding: 8mm 4mm; background: #fff; }
            header h1 { font-size: 20pt; margin: 0 0 2mm 0; }
            header .sub { color: var(--muted); margin: 0 0 4mm 0; }
            h2 { font-size: 14pt; border-bottom: 2px solid var(--accent); padding-bottom: 1mm; margin: 7mm 0 3mm 0;
                 break-after: avoid; page-break-after: avoid; }
            p { margin: 0 0 2.5mm 0; }
            .cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; }
            .card { border: 1px solid var(--line); border-left: 4px solid var(--accent); padding: 2mm 3mm;
                    break-inside: avoid; page-break-inside: avoid; }
            .card .label { font-size: 9pt; color: var(--muted); }
            .card .value { font-size: 16pt; font-weight: bold; }
            .card .note { font-size: 9pt; color: var(--muted); }
            figure { margin: 3mm 0 5mm 0; break-inside: avoid; page-break-inside: avoid; }
            figure svg { width: 100%; height: auto; display: block; }
            figcaption { font-size: 9pt; color: var(--muted); margin-top: 1mm; }
            .files { color: var(--muted); }
            table { border-collapse: collapse; width: 100%; margin: 2mm 0 5mm 0; font-size: 9pt; }
            caption { text-align: left; font-weight: bold; font-size: 10pt; padding-bottom: 1mm; }
            th { background: #eef4f9; text-align: left; border-bottom: 1px solid #9ab; padding: 1mm 1.5mm; }
            td { border-bottom: 1px solid var(--line); padding: 0.8mm 1.5mm; vertical-align: top;
                 overflow-wrap: anywhere; }
            thead { display: table-header-group; }
            tr { break-inside: avoid; page-break-inside: avoid; }
            td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            td.met { color: var(--ok); font-weight: bold; }
            td.missed { color: var(--warn); font-weight: bold; }
            footer { margin-top: 8mm; font-size: 8.5pt; color: var(--muted); border-top: 1px solid var(--line);
                     padding-top: 2mm; }
            a { color: var(--accent); }
            @media print { body { padding: 0; max-width: none; } section#annual { break-before: page; } }
            """;
}

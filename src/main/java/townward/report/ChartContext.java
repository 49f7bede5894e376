package townward.report;

import java.awt.Font;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** What every chart of one report shares: the results, the language, and the title, subtitle and source lines. */
public final class ChartContext {

    private final Results results;
    private final Lang lang;

    public ChartContext(Results results, Lang lang) {
        this.results = results;
        this.lang = lang;
    }

    public Results results() {
        return results;
    }

    public Lang lang() {
        return lang;
    }

    /** Chinese or English (or both, separated by " / "). */
    public String t(String zh, String en) {
        return lang.pick(zh, en, " / ");
    }

    /** {@link #t} with values ({@code %s}) placed in each language's half. */
    public String t(String zh, String en, Object... values) {
        return lang.fill(zh, en, " / ", values);
    }

    /** A varied field by its lever's name (the first case's scenario places policies[i]). */
    public String factor(String path) {
        return FactorLabels.of(path, results.cases().isEmpty() ? null : results.cases().get(0).scenario(), lang);
    }

    /** The name of the scenario the single-scenario charts show. */
    public String scenarioName() {
        Results.Case c = results.main();
        return c.scenario() != null ? c.scenario().name() : c.id();
    }

    /** "scenario example, 10 replications". */
    public String subtitle(String scenarios, int replications) {
        return lang.pick("情景 " + scenarios + "，" + replications(replications, Lang.ZH),
                "scenario " + scenarios + ", " + replications(replications, Lang.EN), "  |  ");
    }

    /** "10 次重复运行", "单次运行" (one run is no repetition); "10 replications", "one run". */
    static String replications(int n, Lang lang) {
        return n == 1 ? lang.pick("单次运行", "one run", " / ")
                : lang.fill("%d 次重复运行", "%d replications", " / ", n);
    }

    /** The source line under every chart. */
    public String source() {
        String version = results.manifest().path("townward_version").asText("dev");
        String folder = townward.collect.OutputFolder.visibleName(results.dir());   // run --report writes before the commit
        String command = results.kind().name().toLowerCase(Locale.ROOT);
        return lang.pick("来源：townward " + version + " 模拟（" + command + "，结果目录 " + folder + "）",
                "Source: townward " + version + " simulation (" + command + ", results folder " + folder + ")",
                "  |  ");
    }

    /** Title, subtitle (scenario and replications) and source line, then the theme. */
    public JFreeChart finish(JFreeChart chart, String title) {
        return finish(chart, title, scenarioName(), results.replications());
    }

    public JFreeChart finish(JFreeChart chart, String title, String scenarios, int replications) {
        return finish(chart, title, subtitle(scenarios, replications));
    }

    /** "scenario example, design sobol, 32 points, 2 replications". */
    public String subtitle(String scenarios, String zhDetail, String enDetail, int replications) {
        return lang.pick("情景 " + scenarios + "，" + zhDetail + "，" + replications + " 次重复运行",
                "scenario " + scenarios + ", " + enDetail + ", " + replications
                        + (replications == 1 ? " replication" : " replications"), "  |  ");
    }

    public JFreeChart finish(JFreeChart chart, String title, String subtitle) {
        ReportTheme.apply(chart);
        chart.setTitle(new TextTitle(title, ReportFont.of(Font.BOLD, 17f), ReportTheme.INK,
                RectangleEdge.TOP, HorizontalAlignment.LEFT, org.jfree.chart.ui.VerticalAlignment.CENTER,
                new RectangleInsets(2, 4, 2, 4)));
        TextTitle sub = new TextTitle(subtitle, ReportFont.of(Font.PLAIN, 12f));
        sub.setPaint(ReportTheme.MUTED);
        sub.setHorizontalAlignment(HorizontalAlignment.LEFT);
        sub.setPadding(new RectangleInsets(0, 4, 6, 4));
        chart.addSubtitle(0, sub);
        TextTitle src = new TextTitle(source(), ReportFont.of(Font.PLAIN, 10f));
        src.setPaint(ReportTheme.MUTED);
        src.setPosition(RectangleEdge.BOTTOM);
        src.setHorizontalAlignment(HorizontalAlignment.LEFT);
        src.setPadding(new RectangleInsets(6, 4, 0, 4));
        chart.addSubtitle(src);
        return chart;
    }

    /** A note line under the plot (above the source line). */
    public void note(JFreeChart chart, String text) {
        TextTitle note = new TextTitle(text, ReportFont.of(Font.PLAIN, 11f));
        note.setPaint(ReportTheme.INK);
        note.setPosition(RectangleEdge.BOTTOM);
        note.setHorizontalAlignment(HorizontalAlignment.LEFT);
        note.setPadding(new RectangleInsets(4, 4, 0, 4));
        chart.addSubtitle(note);
    }
}

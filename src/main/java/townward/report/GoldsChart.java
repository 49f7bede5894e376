package townward.report;

import java.awt.Font;
import java.util.List;
import java.util.TreeMap;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Chart 5: the five golds (with farming income split from land transfer), mean yuan per household a year: all
 * households in the start year (before anyone moved), and movers and stayers in the end year; the note gives the
 * totals and {@code better_off_share}.
 */
final class GoldsChart {

    static final String NAME = "golds";
    static final List<String> GOLDS = List.of("wages", "dividends", "rent", "security", "land_farmed",
            "land_transferred");

    private GoldsChart() {
    }

    static boolean applies(Results r) {
        return !r.region("gold_total_movers").isEmpty();
    }

    static Chart build(ChartContext cx) {
        Results r = cx.results();
        String title = cx.t("“五金”收入：进城户与留村户（元/户·年）", "The five golds: movers and stayers (yuan per household a year)");
        TreeMap<Integer, Results.Stat> all = r.region("gold_total_all");
        int start = all.firstKey();
        int end = all.lastKey();
        String before = cx.t(start + " 年全部农户（迁移前）", "all households " + start + " (before moving)");
        String movers = cx.t(end + " 年进城户", "movers " + end);
        String stayers = cx.t(end + " 年留村户", "stayers " + end);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String g : GOLDS) {
            String label = Texts.label(Texts.GOLDS, g, cx.lang());
            data.addValue(at(r, "gold_" + g + "_all", start), before, label);
            data.addValue(at(r, "gold_" + g + "_movers", end), movers, label);
            data.addValue(at(r, "gold_" + g + "_stayers", end), stayers, label);
        }
        CategoryAxis x = new CategoryAxis(null);
        NumberAxis y = new NumberAxis(cx.t("元/户·年（名义）", "yuan per household a year (nominal)"));
        ReportTheme.countAxis(y);
        y.setUpperMargin(0.12);
        BarRenderer bars = new BarRenderer();
        bars.setItemMargin(0.04);
        bars.setSeriesPaint(0, ReportTheme.PALETTE[8]);
        bars.setSeriesPaint(1, ReportTheme.PALETTE[0]);
        bars.setSeriesPaint(2, ReportTheme.PALETTE[2]);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new java.text.DecimalFormat("#,##0")));
        bars.setDefaultItemLabelsVisible(true);
        CategoryPlot plot = new CategoryPlot(data, x, y, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(plot);
        cx.finish(chart, title);
        bars.setShadowVisible(false);
        bars.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        bars.setDefaultItemLabelFont(ReportFont.of(Font.PLAIN, 10f));
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        double better = at(r, "better_off_share", end);
        cx.note(chart, cx.t(String.format(java.util.Locale.ROOT,
                        "合计：进城户 %s 元，留村户 %s 元（%d 年）；收入不低于迁移前的进城户占 %s",
                        Format.count(at(r, "gold_total_movers", end)), Format.count(at(r, "gold_total_stayers", end)),
                        end, Format.percent(better)),
                String.format(java.util.Locale.ROOT,
                        "Total: movers %s, stayers %s yuan (%d); movers at least as well off as before moving"
                                + " (better_off_share): %s", Format.count(at(r, "gold_total_movers", end)),
                        Format.count(at(r, "gold_total_stayers", end)), end, Format.percent(better))));
        return new Chart(NAME, title, chart);
    }

    static double at(Results r, String metric, int year) {
        Results.Stat st = r.region(metric).get(year);
        return st == null ? Double.NaN : st.mean();
    }
}

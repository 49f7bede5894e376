package townward.report;

import java.awt.BasicStroke;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Chart 4: dwellings taken up each year by scheme (stacked bars) against the schemes' capacity: the stock left at
 * the year's end (market flats for sale and for rent, affordable units, swap flats) and the flats the government
 * bought that year (lines).
 */
final class HousingChart {

    static final String NAME = "housing";

    /** The schemes in the order of the issue, then the others the model records. */
    static final List<String> SCHEMES = List.of("market", "subsidy", "voucher", "homestead_swap",
            "government_purchase", "affordable_rental", "provident_fund", "resettlement");

    private HousingChart() {
    }

    static boolean applies(Results r) {
        return !r.region("housing_scheme_market").isEmpty();
    }

    static Chart build(ChartContext cx) {
        Results r = cx.results();
        String title = cx.t("住房供给：各方案年度使用量与可用房源", "Housing taken up by scheme against capacity");
        int first = r.main().scenario() != null ? r.main().scenario().startYear() : Integer.MIN_VALUE;
        DefaultCategoryDataset taken = new DefaultCategoryDataset();
        int colour = 0;
        StackedBarRenderer bars = new StackedBarRenderer();
        for (String scheme : SCHEMES) {
            var s = r.region("housing_scheme_" + scheme);
            boolean any = s.values().stream().anyMatch(st -> st.mean() > 0);
            if (!any && !List.of("market", "subsidy", "voucher", "homestead_swap", "government_purchase",
                    "affordable_rental").contains(scheme)) {
                continue;
            }
            String label = Texts.label(Texts.SCHEMES, scheme, cx.lang());
            s.forEach((year, st) -> {
                if (year > first) {
                    taken.addValue(st.mean(), label, Integer.toString(year));
                }
            });
            bars.setSeriesPaint(colour, ReportTheme.PALETTE[colour % ReportTheme.PALETTE.length]);
            colour++;
        }
        DefaultCategoryDataset capacity = new DefaultCategoryDataset();
        String[][] caps = {
            {"market_units", "可售商品房存量", "market flats for sale (stock)"},
            {"rental_units", "可租房存量", "market rental stock"},
            {"affordable_units", "保障房存量", "affordable units (stock)"},
            {"swap_flats", "换房安置房存量", "swap flats (stock)"}};
        for (String[] c : caps) {
            String label = cx.t(c[1], c[2]);
            r.region(c[0]).forEach((year, st) -> {
                if (year > first) {
                    capacity.addValue(st.mean(), label, Integer.toString(year));
                }
            });
        }
        CategoryAxis x = new CategoryAxis(cx.t("年份", "year"));
        NumberAxis y = new NumberAxis(cx.t("住房（套）", "dwellings (units)"));
        ReportTheme.countAxis(y);
        bars.setMaximumBarWidth(0.06);
        CategoryPlot plot = new CategoryPlot(taken, x, y, bars);
        LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
        for (int i = 0; i < caps.length; i++) {
            lines.setSeriesPaint(i, ReportTheme.PALETTE[(colour + i) % ReportTheme.PALETTE.length].darker());
            lines.setSeriesStroke(i, new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                    new float[]{6f, 4f}, 0f));
            lines.setSeriesShape(i, new Rectangle2D.Double(-2.5, -2.5, 5, 5));
        }
        plot.setDataset(1, capacity);
        plot.setRenderer(1, lines);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        JFreeChart chart = new JFreeChart(plot);
        cx.finish(chart, title);
        bars.setShadowVisible(false);
        bars.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        cx.note(chart, cx.t("柱：当年经各方案入住的住户；虚线：年末剩余房源（方案容量）",
                "bars: households housed that year through each scheme; dashed lines: stock left at the year's end"
                        + " (the schemes' capacity)"));
        return new Chart(NAME, title, chart, Chart.WIDTH, 600);
    }
}

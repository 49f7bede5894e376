package townward.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

import townward.model.Tally;

/** Chart 3: movers per year by main motive, stacked. */
final class MoversChart {

    static final String NAME = "movers";

    private MoversChart() {
    }

    static boolean applies(Results r) {
        return !r.region("movers_jobs").isEmpty();
    }

    static Chart build(ChartContext cx) {
        Results r = cx.results();
        String title = cx.t("每年迁移人数（按主要动因）", "Movers per year by main motive");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int first = r.main().scenario() != null ? r.main().scenario().startYear() : Integer.MIN_VALUE;
        for (String motive : Tally.MOTIVES) {
            String label = Texts.label(Texts.MOTIVES, motive, cx.lang());
            r.region("movers_" + motive).forEach((year, st) -> {
                if (year > first) {
                    data.addValue(st.mean(), label, Integer.toString(year));
                }
            });
        }
        CategoryAxis x = new CategoryAxis(cx.t("年份", "year"));
        NumberAxis y = new NumberAxis(cx.t("迁移人数（人）", "movers (persons)"));
        ReportTheme.countAxis(y);
        StackedBarRenderer bars = new StackedBarRenderer();
        bars.setMaximumBarWidth(0.06);
        for (int i = 0; i < Tally.MOTIVES.length; i++) {
            bars.setSeriesPaint(i, ReportTheme.PALETTE[i]);
        }
        CategoryPlot plot = new CategoryPlot(data, x, y, bars);
        JFreeChart chart = new JFreeChart(plot);
        cx.finish(chart, title);
        bars.setShadowVisible(false);
        bars.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        return new Chart(NAME, title, chart);
    }
}

package townward.report;

import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Chart 7b (sweep, one-at-a-time design): the tornado chart of tornado.csv, each factor's swing of the end-year
 * urbanization rate from the baseline at its low and at its high value, widest first.
 */
final class TornadoChart {

    static final String NAME = "sweep-tornado";

    private TornadoChart() {
    }

    static boolean applies(Results r) {
        return r.swings().stream().anyMatch(s -> "urbanization_rate".equals(s.metric()));
    }

    static Chart build(ChartContext cx) {
        Results r = cx.results();
        List<Results.Swing> swings = r.swings().stream().filter(s -> "urbanization_rate".equals(s.metric())).toList();
        String title = cx.t("敏感性（逐一变动）：期末城镇化率的变化", "Sensitivity, one at a time: change in the end-year urbanization rate");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String low = cx.t("取低值", "at low value");
        String high = cx.t("取高值", "at high value");
        for (Results.Swing s : swings) {
            String factor = cx.factor(s.factor()) + String.format(Locale.ROOT, " (%s → %s)", Format.number(s.low()),
                    Format.number(s.high()));
            data.addValue((s.atLow() - s.baseline()) * 100, low, factor);
            data.addValue((s.atHigh() - s.baseline()) * 100, high, factor);
        }
        CategoryAxis x = new CategoryAxis(null);
        x.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis y = new NumberAxis(cx.t("与基准值 %s 之差（百分点）", "difference from the baseline %s (points)",
                Format.percent(swings.get(0).baseline())));
        y.setNumberFormatOverride(new java.text.DecimalFormat("+0.00;-0.00"));
        BarRenderer bars = new BarRenderer();
        bars.setItemMargin(0.0);
        bars.setSeriesPaint(0, ReportTheme.PALETTE[4]);
        bars.setSeriesPaint(1, ReportTheme.PALETTE[5]);
        CategoryPlot plot = new CategoryPlot(data, x, y, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new ValueMarker(0, ReportTheme.INK, new java.awt.BasicStroke(1.2f)));
        JFreeChart chart = new JFreeChart(plot);
        cx.finish(chart, title, cx.scenarioName(), r.replications());
        bars.setShadowVisible(false);
        bars.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        return new Chart(NAME, title, chart, Chart.WIDTH, Math.max(320, 200 + 70 * swings.size()));
    }
}

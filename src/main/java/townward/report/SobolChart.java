package townward.report;

import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Chart 7c (sweep, sobol design): first-order and total Sobol indices of the end-year urbanization rate per factor.
 * Estimates from few samples can fall far outside [0, 1]; the axis is kept to [-0.5, 1.5] and the note says so.
 * Each bar carries its 90 % bootstrap interval, and each factor its lever's name.
 */
final class SobolChart {

    static final String NAME = "sweep-sobol";
    static final double LOW = -0.5;
    static final double HIGH = 1.5;

    private SobolChart() {
    }

    static boolean applies(Results r) {
        return r.sobol().stream().anyMatch(s -> "urbanization_rate".equals(s.metric()));
    }

    static Chart build(ChartContext cx) {
        Results r = cx.results();
        List<Results.Sobol> rows = r.sobol().stream().filter(s -> "urbanization_rate".equals(s.metric())).toList();
        String title = cx.t("Sobol 敏感性指数：期末城镇化率", "Sobol indices of the end-year urbanization rate");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String first = cx.t("一阶指数", "first order");
        String total = cx.t("总效应指数", "total");
        boolean clipped = false;
        double[][][] intervals = new double[2][rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            Results.Sobol s = rows.get(i);
            String factor = cx.factor(s.factor());
            data.addValue(clip(s.first()), first, factor);
            data.addValue(clip(s.total()), total, factor);
            intervals[0][i] = new double[]{clip(s.firstLow()), clip(s.firstHigh())};
            intervals[1][i] = new double[]{clip(s.totalLow()), clip(s.totalHigh())};
            clipped |= s.first() != clip(s.first()) || s.total() != clip(s.total());
        }
        CategoryAxis x = new CategoryAxis(null);
        x.setMaximumCategoryLabelWidthRatio(0.4f);
        NumberAxis y = new NumberAxis(cx.t("指数", "index"));
        double lowest = rows.stream().mapToDouble(s -> Math.min(Math.min(clip(s.first()), clip(s.total())),
                Math.min(clip(s.firstLow()), clip(s.totalLow())))).min().orElse(0);
        double highest = rows.stream().mapToDouble(s -> Math.max(Math.max(clip(s.first()), clip(s.total())),
                Math.max(clip(s.firstHigh()), clip(s.totalHigh())))).max().orElse(1);
        y.setRange(Math.min(0, lowest - 0.05), Math.max(1.0, highest + 0.05));
        BarRenderer bars = new WhiskerBarRenderer(intervals);   // the 90 % bootstrap intervals of sobol.csv
        bars.setItemMargin(0.02);
        bars.setSeriesPaint(0, ReportTheme.PALETTE[0]);
        bars.setSeriesPaint(1, ReportTheme.PALETTE[1]);
        CategoryPlot plot = new CategoryPlot(data, x, y, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(plot);
        int samples = r.manifest().path("sweep").path("samples").asInt();
        cx.finish(chart, title, cx.subtitle(cx.scenarioName(), "基础样本 " + samples, "base samples " + samples,
                r.replications()));
        bars.setShadowVisible(false);
        bars.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        if (clipped) {
            cx.note(chart, cx.t("部分估计值超出 [-0.5, 1.5]，图中截断；样本太少，估计不可靠（见 sobol.csv 的区间）",
                    "some estimates lie outside [-0.5, 1.5] and are cut off: too few samples for reliable indices"
                            + " (see the intervals in sobol.csv)"));
        }
        return new Chart(NAME, title, chart, Chart.WIDTH, Math.max(320, 220 + 70 * rows.size()));
    }

    static double clip(double v) {
        return Double.isFinite(v) ? Math.max(LOW, Math.min(HIGH, v)) : 0;
    }
}

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
        double[][][] intervals = new double[2][swings.size()][];
        for (int i = 0; i < swings.size(); i++) {
            Results.Swing s = swings.get(i);
            intervals[0][i] = band(r, s, s.low());
            intervals[1][i] = band(r, s, s.high());
            String factor = cx.factor(s.factor()) + String.format(Locale.ROOT, " (%s → %s)", Format.number(s.low()),
                    Format.number(s.high()));
            data.addValue((s.atLow() - s.baseline()) * 100, low, factor);
            data.addValue((s.atHigh() - s.baseline()) * 100, high, factor);
        }
        CategoryAxis x = new CategoryAxis(null);
        x.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis y = new NumberAxis(cx.t("与基准值 %s 之差（百分点）", "difference from the baseline %s (points)",
                Format.percent(swings.get(0).baseline())));
        ReportTheme.signedAxis(y);
        double lo = 0;
        double hi = 0;
        for (int i = 0; i < swings.size(); i++) {   // the axis takes in the bars and their whiskers
            Results.Swing s = swings.get(i);
            for (double v : new double[]{(s.atLow() - s.baseline()) * 100, (s.atHigh() - s.baseline()) * 100,
                intervals[0][i][0], intervals[0][i][1], intervals[1][i][0], intervals[1][i][1]}) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        double pad = Math.max(1e-6, 0.06 * (hi - lo));
        y.setRange(lo - pad, hi + pad);
        BarRenderer bars = new WhiskerBarRenderer(intervals);   // 5-95 % of the replications at each value
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
        if (r.replications() > 1) {
            cx.note(chart, cx.t("误差线：该取值下各次重复运行的 5-95% 区间（相对基准均值）",
                    "whiskers: 5-95 % of the replications at that value (against the baseline mean)"));
        }
        return new Chart(NAME, title, chart, Chart.WIDTH, Math.max(320, 200 + 70 * swings.size()));
    }

    /**
     * The 5-95 % range of the replications at the design point where only {@code s}'s factor is at {@code value},
     * in points from the baseline's mean; NaN when the point is not found or there is one replication.
     */
    static double[] band(Results r, Results.Swing s, double value) {
        int j = r.factors().indexOf(s.factor());
        List<Results.SweepRow> rows = r.sweepRows().stream().filter(x -> x.metric().equals(s.metric())).toList();
        if (j < 0 || rows.isEmpty() || r.replications() < 2) {
            return new double[]{Double.NaN, Double.NaN};
        }
        double[] base = rows.get(0).values();   // the one-at-a-time design's first point: the scenario's own
        for (Results.SweepRow row : rows) {
            boolean match = row.values()[j] == value;
            for (int k = 0; k < base.length && match; k++) {
                match = k == j || row.values()[k] == base[k];
            }
            if (match) {
                return new double[]{(row.stat().p05() - s.baseline()) * 100, (row.stat().p95() - s.baseline()) * 100};
            }
        }
        return new double[]{Double.NaN, Double.NaN};
    }
}

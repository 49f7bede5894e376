package townward.report;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.YIntervalRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Chart 7a (sweep): the end-year urbanization rate of every design point against each varied value, the point's mean
 * with its 5-95 % range across replications; one panel per factor.
 */
final class SweepResponseChart {

    static final String NAME = "sweep-response";

    private SweepResponseChart() {
    }

    static boolean applies(Results r) {
        return r.kind() == Results.Kind.SWEEP && r.sweepRows().stream()
                .anyMatch(s -> "urbanization_rate".equals(s.metric()));
    }

    static Chart build(ChartContext cx) {
        Results r = cx.results();
        List<Results.SweepRow> rows = r.sweepRows().stream().filter(s -> "urbanization_rate".equals(s.metric()))
                .toList();
        int year = rows.get(0).year();
        String title = cx.t(year + " 年城镇化率对各参数的响应", "End-year (" + year + ") urbanization rate against the varied values");
        NumberAxis y = new NumberAxis(cx.t(year + " 年城镇化率（5-95%）", "urbanization rate " + year + " (5-95 %)"));
        ReportTheme.percentAxis(y);
        CombinedRangeXYPlot plot = new CombinedRangeXYPlot(y);
        plot.setGap(14);
        for (int j = 0; j < r.factors().size(); j++) {
            String factor = cx.factor(r.factors().get(j));
            YIntervalSeries s = new YIntervalSeries(factor);
            XYSeries means = new XYSeries(factor, false, true);
            for (Results.SweepRow row : rows) {
                s.add(row.values()[j], row.stat().mean(), row.stat().p05(), row.stat().p95());
                means.add(row.values()[j], row.stat().mean());
            }
            YIntervalRenderer ren = new YIntervalRenderer();
            ren.setSeriesPaint(0, ReportTheme.PALETTE[j % ReportTheme.PALETTE.length]);
            ren.setSeriesStroke(0, new BasicStroke(1.4f));
            ren.setSeriesShape(0, new java.awt.geom.Rectangle2D.Double(-4, -0.7, 8, 1.4));   // the band's ends as caps
            NumberAxis x = new NumberAxis(factor);
            x.setAutoRangeIncludesZero(false);
            x.setLowerMargin(0.06);   // the lowest and highest points off the frame
            x.setUpperMargin(0.06);
            x.setAutoRangeStickyZero(false);
            x.setNumberFormatOverride(new java.text.DecimalFormat("0.###"));
            XYPlot sub = new XYPlot(new YIntervalSeriesCollection(), x, null, ren);
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            data.addSeries(s);
            sub.setDataset(data);
            // the mean of each point as a filled marker: YIntervalRenderer draws only the 5-95 % interval
            XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
            dots.setSeriesPaint(0, ReportTheme.PALETTE[j % ReportTheme.PALETTE.length]);
            dots.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
            sub.setDataset(1, new XYSeriesCollection(means));
            sub.setRenderer(1, dots);
            plot.add(sub, 1);
        }
        JFreeChart chart = new JFreeChart(plot);
        chart.removeLegend();
        cx.finish(chart, title, cx.subtitle(cx.scenarioName(), "设计 " + r.design() + "，" + rows.size() + " 个设计点",
                "design " + r.design() + ", " + rows.size() + " points", r.replications()));
        return new Chart(NAME, title, chart);
    }
}

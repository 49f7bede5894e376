package townward.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.TreeMap;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import townward.scenario.Scenario;

/**
 * Chart 6 (compare): every scenario's urbanization trajectory (mean and 5-95 % band) above, and below each
 * scenario's paired difference from the baseline (the first) with the 90 % interval of the mean difference.
 */
final class CompareChart {

    static final String NAME = "compare";

    private CompareChart() {
    }

    static boolean applies(Results r) {
        return r.kind() == Results.Kind.COMPARE && r.cases().size() > 1;
    }

    static Chart build(ChartContext cx) {
        Results r = cx.results();
        List<Results.Case> cases = r.cases();
        String title = cx.t("情景比较：城镇化率及与基准情景之差", "Scenarios compared: urbanization rate and difference from the baseline");
        YIntervalSeriesCollection paths = new YIntervalSeriesCollection();
        DeviationRenderer top = new DeviationRenderer(true, false);
        top.setAlpha(0.15f);
        for (int i = 0; i < cases.size(); i++) {
            String id = cases.get(i).id();
            paths.addSeries(TrajectoryChart.bandSeries(id + (i == 0 ? " (" + cx.t("基准", "baseline") + ")" : ""),
                    r.series(id, Results.REGION, "urbanization_rate")));
            Color c = ReportTheme.PALETTE[i % ReportTheme.PALETTE.length];
            top.setSeriesPaint(i, c);
            top.setSeriesFillPaint(i, c);
            top.setSeriesStroke(i, new BasicStroke(2.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        NumberAxis yTop = new NumberAxis(cx.t("城镇化率", "urban. rate"));
        ReportTheme.percentAxis(yTop);
        XYPlot upper = new XYPlot(paths, null, yTop, top);
        Scenario base = cases.get(0).scenario();
        if (base != null && base.targets() != null) {
            TrajectoryChart.addObservedAndTargets(cx, upper, java.util.Map.of(), base.targets().region("urbanization_rate"));
        }
        YIntervalSeriesCollection diffs = new YIntervalSeriesCollection();
        DeviationRenderer bottom = new DeviationRenderer(true, false);
        bottom.setAlpha(0.22f);
        for (int i = 1; i < cases.size(); i++) {
            String id = cases.get(i).id();
            YIntervalSeries s = new YIntervalSeries(cx.t(id + " − 基准（90% 置信区间）", id + " − baseline (90 % interval)"));
            TreeMap<Integer, Results.Diff> d = r.difference(id, Results.REGION, "urbanization_rate");
            d.forEach((year, st) -> s.add(year, st.mean() * 100, st.low() * 100, st.high() * 100));
            diffs.addSeries(s);
            Color c = ReportTheme.PALETTE[i % ReportTheme.PALETTE.length];
            bottom.setSeriesPaint(i - 1, c);
            bottom.setSeriesFillPaint(i - 1, c);
            bottom.setSeriesStroke(i - 1, new BasicStroke(2.0f));
        }
        NumberAxis yBottom = new NumberAxis(cx.t("差值（百分点）", "difference (pp)"));
        ReportTheme.signedAxis(yBottom);
        XYPlot lower = new XYPlot(diffs, null, yBottom, bottom);
        lower.addRangeMarker(new ValueMarker(0, ReportTheme.MUTED, new BasicStroke(1f)));
        NumberAxis x = new NumberAxis(cx.t("年份", "year"));
        ReportTheme.yearAxis(x);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
        plot.setGap(12);
        plot.add(upper, 3);
        plot.add(lower, 2);
        JFreeChart chart = new JFreeChart(plot);
        String names = String.join(", ", cases.stream().map(Results.Case::id).toList());
        cx.finish(chart, title, names, r.replications());
        return new Chart(NAME, title, chart, Chart.WIDTH, 640);
    }
}

package townward.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import townward.scenario.Scenario;

/** Chart 1: the urbanization rate, mean and 5-95 % band across replications, observed history and targets. */
final class TrajectoryChart {

    static final String NAME = "trajectory";

    private TrajectoryChart() {
    }

    static Chart build(ChartContext cx) {
        Results r = cx.results();
        String title = cx.t("常住人口城镇化率：预测与目标", "Urbanization rate: projection and targets");
        YIntervalSeriesCollection band = new YIntervalSeriesCollection();
        band.addSeries(bandSeries(cx.results().replications() > 1 ? cx.t("预测均值（5-95% 区间）", "projected mean (5-95 % band)")
                : cx.t("预测（单次运行，无区间）", "projected (one run, no band)"),
                r.region("urbanization_rate")));
        NumberAxis x = new NumberAxis(cx.t("年份", "year"));
        ReportTheme.yearAxis(x);
        NumberAxis y = new NumberAxis(cx.t("城镇化率", "urbanization rate"));
        ReportTheme.percentAxis(y);
        XYPlot plot = new XYPlot(band, x, y, deviation(ReportTheme.BAND));
        Scenario s = r.main().scenario();
        if (s != null) {
            addObservedAndTargets(cx, plot, s.observed() == null ? Map.of() : s.observed().urbanizationRate(),
                    s.targets() == null ? new TreeMap<>() : s.targets().region("urbanization_rate"));
        }
        JFreeChart chart = new JFreeChart(plot);
        return new Chart(NAME, title, cx.finish(chart, title));
    }

    static YIntervalSeries bandSeries(String name, SortedMap<Integer, Results.Stat> s) {
        YIntervalSeries out = new YIntervalSeries(name);
        s.forEach((year, st) -> out.add(year, st.mean(), st.p05(), st.p95()));
        return out;
    }

    static DeviationRenderer deviation(Color c) {
        DeviationRenderer d = new DeviationRenderer(true, false);
        d.setSeriesPaint(0, c);
        d.setSeriesFillPaint(0, c);
        d.setSeriesStroke(0, new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        d.setAlpha(0.18f);
        return d;
    }

    /** Observed history as dots and the targets as diamonds labelled with their values. */
    static void addObservedAndTargets(ChartContext cx, XYPlot plot, Map<Integer, Double> observed,
                                      SortedMap<Integer, Double> targets) {
        int index = plot.getDatasetCount();
        if (!observed.isEmpty()) {
            XYSeries obs = new XYSeries(cx.t("统计观测值", "observed"));
            observed.forEach((yr, v) -> obs.add((double) yr, (double) v));
            XYLineAndShapeRenderer ro = new XYLineAndShapeRenderer(true, true);
            ro.setSeriesPaint(0, ReportTheme.INK);
            ro.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
            ro.setSeriesStroke(0, new BasicStroke(1.5f));
            plot.setDataset(index, new XYSeriesCollection(obs));
            plot.setRenderer(index, ro);
            index++;
        }
        if (!targets.isEmpty()) {
            XYSeries tgt = new XYSeries(cx.t("目标", "target"));
            targets.forEach((yr, v) -> tgt.add((double) yr, (double) v));
            XYLineAndShapeRenderer rt = new XYLineAndShapeRenderer(false, true);
            rt.setSeriesPaint(0, ReportTheme.TARGET);
            rt.setSeriesShape(0, diamond(7));
            plot.setDataset(index, new XYSeriesCollection(tgt));
            plot.setRenderer(index, rt);
            targets.forEach((year, v) -> {
                String label = cx.lang().pick("目标 ", "target ", "/ ") + Format.percent(v);
                XYTextAnnotation a = new XYTextAnnotation(label, year, v);
                a.setFont(ReportFont.of(Font.BOLD, 12f));
                a.setPaint(ReportTheme.TARGET);
                a.setTextAnchor(TextAnchor.BOTTOM_RIGHT);
                a.setX(year - 0.15);
                a.setY(v);
                plot.addAnnotation(a);
            });
        }
    }

    static java.awt.Shape diamond(double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, 0);
        p.lineTo(0, r);
        p.lineTo(-r, 0);
        p.closePath();
        return p;
    }
}

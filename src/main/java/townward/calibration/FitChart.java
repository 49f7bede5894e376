package townward.calibration;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.Map;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** A series' fit: the simulated mean with its 5-95 % band across replications, and the observed data rows. */
final class FitChart {

    private FitChart() {
    }

    /**
     * @param simulated year → {mean, p05, p95} (shares)
     * @param observed  year → observed share
     */
    static void write(Path png, String title, int runs, Map<Integer, double[]> simulated, Map<Integer, Double> observed)
            throws IOException {
        YIntervalSeries band = new YIntervalSeries("simulated mean, 5-95 % of " + runs + " replications");
        simulated.forEach((y, v) -> band.add(y, v[0] * 100, v[1] * 100, v[2] * 100));
        XYSeries obs = new XYSeries("observed (data/urbanization.csv)");
        observed.forEach((y, v) -> obs.add((double) y, v * 100));

        NumberAxis years = new NumberAxis("year");
        years.setNumberFormatOverride(new DecimalFormat("0"));   // 2026, never 2,026
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setAutoRangeIncludesZero(false);
        NumberAxis rate = new NumberAxis("urbanization rate (%)");
        rate.setAutoRangeIncludesZero(false);

        DeviationRenderer model = new DeviationRenderer(true, false);
        model.setSeriesPaint(0, new Color(0x1f77b4));
        model.setSeriesFillPaint(0, new Color(0x1f77b4));
        model.setSeriesStroke(0, new BasicStroke(2f));
        model.setAlpha(0.25f);
        XYPlot plot = new XYPlot(new YIntervalSeriesCollection(), years, rate, model);
        ((YIntervalSeriesCollection) plot.getDataset(0)).addSeries(band);
        XYLineAndShapeRenderer points = new XYLineAndShapeRenderer(false, true);
        points.setSeriesPaint(0, new Color(0xd62728));
        plot.setDataset(1, new XYSeriesCollection(obs));
        plot.setRenderer(1, points);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);

        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle("Source: townward calibrate; observed: data/urbanization.csv"));
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 560);
    }
}

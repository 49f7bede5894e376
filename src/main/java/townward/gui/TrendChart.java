package townward.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;
import javax.swing.JFrame;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import townward.model.Tally;
import townward.scenario.Scenario;

/**
 * The chart frame: the urbanization rate, year by year, against the scenario's targets, and the movers of each
 * year by main motive. JFreeChart 1.5 drawn directly (MASON's chart helpers need 1.0). Series are changed on the
 * Swing thread only.
 */
final class TrendChart {
    static final Color RATE = new Color(178, 24, 43);
    static final Color TARGET = new Color(33, 33, 33);
    static final Color[] MOTIVE_COLOURS = {new Color(33, 113, 181), new Color(106, 61, 154),
        new Color(227, 26, 28), new Color(51, 160, 44), new Color(255, 127, 0), new Color(166, 118, 29)};

    private final Labels labels;
    private final XYSeries rate;
    private final XYSeries targets;
    private final XYSeries[] motives = new XYSeries[Tally.MOTIVES.length];
    private final NumberAxis years;
    final JFreeChart chart;
    final ChartPanel panel;
    final JFrame frame;

    TrendChart(Labels labels) {
        this.labels = labels;
        rate = new XYSeries(labels.projection(), true, false);   // one value per year
        targets = new XYSeries(labels.target(), true, false);
        XYSeriesCollection rates = new XYSeriesCollection();
        rates.addSeries(rate);
        rates.addSeries(targets);
        XYSeriesCollection movers = new XYSeriesCollection();
        for (int m = 0; m < motives.length; m++) {
            motives[m] = new XYSeries(labels.motive(Tally.MOTIVES[m]), true, false);
            movers.addSeries(motives[m]);
        }

        NumberAxis rateAxis = new NumberAxis(labels.rateAxis());
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.ROOT);
        percent.setMaximumFractionDigits(1);
        rateAxis.setNumberFormatOverride(percent);
        rateAxis.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer rateRenderer = new XYLineAndShapeRenderer();
        rateRenderer.setSeriesPaint(0, RATE);
        rateRenderer.setSeriesStroke(0, new BasicStroke(2.5f));
        rateRenderer.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        rateRenderer.setSeriesPaint(1, TARGET);
        rateRenderer.setSeriesLinesVisible(1, false);
        rateRenderer.setSeriesShape(1, new Rectangle2D.Double(-5, -5, 10, 10));
        XYPlot ratePlot = new XYPlot(rates, null, rateAxis, rateRenderer);

        NumberAxis moverAxis = new NumberAxis(labels.moverAxis());
        moverAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        moverAxis.setNumberFormatOverride(new DecimalFormat("#,##0"));
        XYLineAndShapeRenderer moverRenderer = new XYLineAndShapeRenderer();
        for (int m = 0; m < motives.length; m++) {
            moverRenderer.setSeriesPaint(m, MOTIVE_COLOURS[m]);
            moverRenderer.setSeriesStroke(m, new BasicStroke(1.8f));
            moverRenderer.setSeriesShape(m, new Ellipse2D.Double(-3, -3, 6, 6));
        }
        XYPlot moverPlot = new XYPlot(movers, null, moverAxis, moverRenderer);

        years = new NumberAxis(labels.year());
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setNumberFormatOverride(new DecimalFormat("0"));
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(years);
        plot.setGap(12);
        plot.add(ratePlot, 1);   // equal panels: each axis title fits its height
        plot.add(moverPlot, 1);
        chart = new JFreeChart(labels.chartTitle(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        if (labels.chinese()) {
            StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
            theme.setExtraLargeFont(labels.font(16f, Font.BOLD));
            theme.setLargeFont(labels.font(13f, Font.BOLD));
            theme.setRegularFont(labels.font(12f, Font.PLAIN));
            theme.setSmallFont(labels.font(10f, Font.PLAIN));
            theme.apply(chart);
        }
        chart.setBackgroundPaint(Color.WHITE);
        for (XYPlot p : new XYPlot[] {ratePlot, moverPlot}) {
            p.setBackgroundPaint(Color.WHITE);
            p.setDomainGridlinePaint(new Color(220, 220, 220));
            p.setRangeGridlinePaint(new Color(220, 220, 220));
        }
        panel = new ChartPanel(chart);
        panel.setPreferredSize(new java.awt.Dimension(640, 600));
        frame = new JFrame(labels.chartTitle());
        frame.getContentPane().add(panel);
        frame.pack();
    }

    /** Empties the series for a new run of {@code s} and shows its targets (Swing thread). */
    void restart(Scenario s) {
        rate.clear();
        targets.clear();
        for (XYSeries m : motives) {
            m.clear();
        }
        s.targets().region("urbanization_rate").forEach(targets::add);
        years.setRange(s.startYear() - 0.5, s.endYear() + 0.5);
        chart.setTitle(labels.chartTitle() + " - " + labels.shown(s.region()));
    }

    /**
     * Adds a recorded year (Swing thread). The start year, the observed initial state, has a rate but no movers.
     *
     * @param movers movers by motive in {@link Tally#MOTIVES} order, or null for the start year
     */
    void add(int year, double urbanizationRate, double[] movers) {
        rate.addOrUpdate(year, urbanizationRate);
        if (movers != null) {
            for (int m = 0; m < motives.length; m++) {
                motives[m].addOrUpdate(year, movers[m]);
            }
        }
    }

    /** Points of the urbanization rate (start year included) and of each motive, for tests. */
    int ratePoints() {
        return rate.getItemCount();
    }

    String rateItems() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < rate.getItemCount(); i++) {
            b.append(rate.getX(i)).append('=').append(rate.getY(i)).append(' ');
        }
        return b.toString();
    }

    int moverPoints(int motive) {
        return motives[motive].getItemCount();
    }

    double lastRate() {
        return rate.getItemCount() == 0 ? Double.NaN : rate.getY(rate.getItemCount() - 1).doubleValue();
    }
}

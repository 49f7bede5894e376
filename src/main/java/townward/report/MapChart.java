package townward.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import townward.scenario.Place;
import townward.scenario.Scenario;

/**
 * Chart 8: a simple map, each place at its coordinates, the circle's area proportional to its population in the end
 * year and its colour its growth since the start year (red shrinking, blue growing).
 */
final class MapChart {

    static final String NAME = "map";
    static final int LABELS = 10;

    private MapChart() {
    }

    record Dot(Place place, double start, double end) {
        double growth() {
            return start > 0 ? end / start - 1 : 0;
        }
    }

    static List<Dot> dots(Results r) {
        Scenario s = r.main().scenario();
        List<Dot> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        for (Place p : s.places()) {
            TreeMap<Integer, Results.Stat> pop = r.series(r.main().id(), p.name(), "population");
            if (!pop.isEmpty() && Double.isFinite(p.lon()) && Double.isFinite(p.lat())) {
                out.add(new Dot(p, pop.firstEntry().getValue().mean(), pop.lastEntry().getValue().mean()));
            }
        }
        return out;
    }

    static boolean applies(Results r) {
        return dots(r).size() > 1;
    }

    /** Diverging scale: -max red, 0 light grey, +max blue. */
    static final class GrowthScale implements PaintScale {
        private final double max;

        GrowthScale(double max) {
            this.max = max;
        }

        @Override
        public double getLowerBound() {
            return -max;
        }

        @Override
        public double getUpperBound() {
            return max;
        }

        @Override
        public Paint getPaint(double v) {
            double t = Math.max(-1, Math.min(1, v / max));
            Color mid = new Color(0xEEEEEE);
            Color end = t < 0 ? new Color(0xD55E00) : new Color(0x0072B2);
            double a = Math.abs(t);
            return new Color((int) Math.round(mid.getRed() + a * (end.getRed() - mid.getRed())),
                    (int) Math.round(mid.getGreen() + a * (end.getGreen() - mid.getGreen())),
                    (int) Math.round(mid.getBlue() + a * (end.getBlue() - mid.getBlue())));
        }
    }

    static Chart build(ChartContext cx) {
        Results r = cx.results();
        List<Dot> dots = dots(r);
        int start = r.region("urbanization_rate").firstKey();
        int end = r.region("urbanization_rate").lastKey();
        String title = cx.t("各地人口规模与增长（" + end + " 年）", "Places by population in " + end + " and growth since " + start);
        double maxPop = dots.stream().mapToDouble(Dot::end).max().orElse(1);
        double maxGrowth = Math.max(0.05, dots.stream().mapToDouble(d -> Math.abs(d.growth())).max().orElse(0.05));
        GrowthScale scale = new GrowthScale(maxGrowth);
        XYSeries s = new XYSeries("places", false, true);
        dots.forEach(d -> s.add(d.place().lon(), d.place().lat()));
        XYLineAndShapeRenderer ren = new XYLineAndShapeRenderer(false, true) {
            @Override
            public Shape getItemShape(int series, int item) {
                double rad = 4 + 32 * Math.sqrt(Math.max(0, dots.get(item).end()) / maxPop);
                return new Ellipse2D.Double(-rad, -rad, 2 * rad, 2 * rad);
            }

            @Override
            public Paint getItemPaint(int series, int item) {
                return scale.getPaint(dots.get(item).growth());
            }

            @Override
            public Paint getItemOutlinePaint(int series, int item) {
                return dots.get(item).place().demonstration() ? ReportTheme.INK : new Color(0x888888);
            }
        };
        ren.setUseOutlinePaint(true);
        ren.setDrawOutlines(true);
        ren.setSeriesOutlineStroke(0, new java.awt.BasicStroke(1.2f));
        double minLon = s.getMinX();
        double maxLon = s.getMaxX();
        double minLat = s.getMinY();
        double maxLat = s.getMaxY();
        double midLat = (minLat + maxLat) / 2;
        double cos = Math.cos(Math.toRadians(midLat));
        // equal km per pixel on both axes for a plot area of about 640 x 400 pixels
        double spanKmX = Math.max((maxLon - minLon) * cos, 0.02);
        double spanKmY = Math.max(maxLat - minLat, 0.02);
        double perPixel = Math.max(spanKmX / 560, spanKmY / 330);
        double halfX = perPixel * 640 / 2 / cos;
        double halfY = perPixel * 400 / 2;
        NumberAxis x = new NumberAxis(cx.t("经度（°E）", "longitude (°E)"));
        x.setRange((minLon + maxLon) / 2 - halfX, (minLon + maxLon) / 2 + halfX);
        x.setNumberFormatOverride(new java.text.DecimalFormat("0.0#"));
        NumberAxis y = new NumberAxis(cx.t("纬度（°N）", "latitude (°N)"));
        y.setRange((minLat + maxLat) / 2 - halfY, (minLat + maxLat) / 2 + halfY);
        y.setNumberFormatOverride(new java.text.DecimalFormat("0.0#"));
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), x, y, ren);
        List<Dot> labelled = new ArrayList<>(dots);
        labelled.sort(Comparator.comparing((Dot d) -> !d.place().demonstration()).thenComparing(d -> -d.end()));
        for (Dot d : labelled.subList(0, Math.min(LABELS, labelled.size()))) {
            double rad = 4 + 32 * Math.sqrt(Math.max(0, d.end()) / maxPop);
            String label = d.place().name() + (d.place().demonstration() ? " ★" : "") + "  "
                    + Format.count(d.end()) + " (" + (d.growth() >= 0 ? "+" : "") + Format.percent(d.growth()) + ")";
            XYTextAnnotation a = new XYTextAnnotation(label, d.place().lon(), d.place().lat() - rad * perPixel * 1.15);
            a.setFont(ReportFont.of(d.place().demonstration() ? Font.BOLD : Font.PLAIN, 11f));
            a.setPaint(ReportTheme.INK);
            a.setTextAnchor(TextAnchor.TOP_CENTER);
            plot.addAnnotation(a);
        }
        JFreeChart chart = new JFreeChart(plot);
        chart.removeLegend();
        cx.finish(chart, title);
        NumberAxis legendAxis = new NumberAxis(cx.t(start + "-" + end + " 年人口增长", "population growth " + start + "-" + end));
        ReportTheme.percentAxis(legendAxis);
        legendAxis.setRange(-maxGrowth, maxGrowth);
        legendAxis.setLabelFont(ReportFont.of(Font.PLAIN, 11f));
        legendAxis.setTickLabelFont(ReportFont.of(Font.PLAIN, 10f));
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(10, 10, 10, 4));
        legend.setStripWidth(12);
        legend.setSubdivisionCount(64);
        chart.addSubtitle(legend);
        cx.note(chart, cx.t("圆面积与 " + end + " 年人口成正比；黑框 ★ 为示范镇；颜色为人口增长（红：减少，蓝：增加）",
                "circle area proportional to population in " + end + "; black outline ★: demonstration town;"
                        + " colour: growth (red shrinking, blue growing)"));
        return new Chart(NAME, title, chart, Chart.WIDTH, 620);
    }
}

package townward.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The report's chart theme: every text in the bundled CJK font (so Chinese labels render on any machine), white
 * background, light grid, and a colour-blind-safe palette (Okabe and Ito).
 */
public final class ReportTheme {

    /** Okabe-Ito colours, blue first. */
    public static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x000000),
        new Color(0x999999), new Color(0x7F3C8D)};
    public static final Color INK = new Color(0x222222);
    public static final Color MUTED = new Color(0x666666);
    public static final Color GRID = new Color(0xDDDDDD);
    public static final Color TARGET = new Color(0xD55E00);
    public static final Color BAND = new Color(0x0072B2);

    private static StandardChartTheme theme;

    private ReportTheme() {
    }

    /** The theme (built once: it registers the bundled font). */
    public static synchronized StandardChartTheme theme() {
        if (theme == null) {
            StandardChartTheme t = new StandardChartTheme("townward", false) {
                @Override
                protected void applyToAbstractRenderer(org.jfree.chart.renderer.AbstractRenderer renderer) {
                    // keep the series paints and strokes each chart sets
                }

                @Override
                protected void applyToXYAnnotation(org.jfree.chart.annotations.XYAnnotation annotation) {
                    // keep the annotations' own fonts and colours
                }
            };
            t.setExtraLargeFont(ReportFont.of(Font.BOLD, 18f));
            t.setLargeFont(ReportFont.of(Font.PLAIN, 13f));
            t.setRegularFont(ReportFont.of(Font.PLAIN, 12f));
            t.setSmallFont(ReportFont.of(Font.PLAIN, 10f));
            t.setTitlePaint(INK);
            t.setSubtitlePaint(MUTED);
            t.setChartBackgroundPaint(Color.WHITE);
            t.setPlotBackgroundPaint(Color.WHITE);
            t.setPlotOutlinePaint(GRID);
            t.setDomainGridlinePaint(GRID);
            t.setRangeGridlinePaint(GRID);
            t.setAxisLabelPaint(INK);
            t.setTickLabelPaint(INK);
            t.setLegendBackgroundPaint(Color.WHITE);
            t.setLegendItemPaint(INK);
            t.setItemLabelPaint(INK);
            t.setBarPainter(new StandardBarPainter());
            t.setXYBarPainter(new StandardXYBarPainter());
            t.setShadowVisible(false);
            t.setAxisOffset(new RectangleInsets(0, 0, 0, 0));
            Paint[] series = PALETTE.clone();
            t.setDrawingSupplier(new DefaultDrawingSupplier(series, series,
                    DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
                    new java.awt.Stroke[]{new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)},
                    DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                    DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
            theme = t;
        }
        return theme;
    }

    /** Applies the theme to a chart made by a chart factory. */
    public static void apply(JFreeChart chart) {
        theme().apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 6, 12));
        if (chart.getLegend() != null) {
            chart.getLegend().setFrame(BlockBorder.NONE);
        }
        if (chart.getPlot() instanceof org.jfree.chart.plot.CategoryPlot cp
                && cp.getRenderer() instanceof BarRenderer br) {
            br.setShadowVisible(false);
        }
    }

    /** Integer years on a number axis: "2026", never "2,026". */
    public static void yearAxis(NumberAxis axis) {
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setNumberFormatOverride(new DecimalFormat("0"));
        axis.setAutoRangeIncludesZero(false);
    }

    /** Percent axis for shares (0.52 → "52%"). */
    public static void percentAxis(NumberAxis axis) {
        axis.setNumberFormatOverride(new DecimalFormat("0.##%", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        axis.setAutoRangeIncludesZero(false);
    }

    /**
     * A signed axis (differences): each tick size with as many decimals as it needs and its sign, so a tick of
     * -0.05 reads "-0.05", never the "-0.1" of a fixed one-decimal format.
     */
    public static void signedAxis(NumberAxis axis) {
        org.jfree.chart.axis.TickUnits units = new org.jfree.chart.axis.TickUnits();
        for (int exp = -4; exp <= 9; exp++) {
            for (int m : new int[]{1, 2, 5}) {
                java.math.BigDecimal size = java.math.BigDecimal.valueOf(m).scaleByPowerOfTen(exp);
                int decimals = Math.max(0, size.stripTrailingZeros().scale());
                String digits = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
                units.add(new org.jfree.chart.axis.NumberTickUnit(size.doubleValue(), new DecimalFormat(
                        "+" + digits + ";-" + digits, DecimalFormatSymbols.getInstance(Locale.ROOT))));
            }
        }
        axis.setStandardTickUnits(units);
        axis.setNumberFormatOverride(null);
    }

    /** Thousands-grouped counts. */
    public static void countAxis(NumberAxis axis) {
        axis.setNumberFormatOverride(new DecimalFormat("#,##0"));
    }
}

package townward.report;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.data.category.CategoryDataset;

/** Bars with an interval whisker on each (a bootstrap interval need not be symmetric, so no mean ± sd). */
final class WhiskerBarRenderer extends BarRenderer {

    private static final long serialVersionUID = 1L;

    /** [row][column][low, high], NaN for none. */
    private final double[][][] intervals;

    WhiskerBarRenderer(double[][][] intervals) {
        this.intervals = intervals;
    }

    double[] interval(int row, int column) {
        return intervals[row][column].clone();
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                         int pass) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        double[] iv = intervals[row][column];
        int visible = state.getVisibleSeriesIndex(row);
        if (pass != getPassCount() - 1 || visible < 0 || !Double.isFinite(iv[0]) || !Double.isFinite(iv[1])) {
            return;
        }
        PlotOrientation o = plot.getOrientation();
        double w0 = calculateBarW0(plot, o, dataArea, domainAxis, state, visible, column);
        double mid = w0 + state.getBarWidth() / 2;
        double cap = Math.min(6, state.getBarWidth() / 4);
        double a = rangeAxis.valueToJava2D(iv[0], dataArea, plot.getRangeAxisEdge());
        double b = rangeAxis.valueToJava2D(iv[1], dataArea, plot.getRangeAxisEdge());
        g2.setPaint(ReportTheme.INK);
        g2.setStroke(new BasicStroke(1.2f));
        boolean horizontal = o == PlotOrientation.HORIZONTAL;
        g2.draw(horizontal ? new Line2D.Double(a, mid, b, mid) : new Line2D.Double(mid, a, mid, b));
        for (double end : new double[]{a, b}) {
            g2.draw(horizontal ? new Line2D.Double(end, mid - cap, end, mid + cap)
                    : new Line2D.Double(mid - cap, end, mid + cap, end));
        }
    }
}

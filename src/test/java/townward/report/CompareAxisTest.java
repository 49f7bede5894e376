package townward.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The compare chart's difference axis labels each tick with its own value, whatever the range. */
class CompareAxisTest {

    static NumberAxis axis;

    @BeforeAll
    static void make() throws Exception {
        ReportFixtures.make();
        Chart c = CompareChart.build(new ChartContext(Results.read(ReportFixtures.dir("compare")), Lang.EN));
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) c.chart().getPlot();
        axis = (NumberAxis) ((XYPlot) plot.getSubplots().get(1)).getRangeAxis();
    }

    @ParameterizedTest(name = "[{0}, {1}]")
    @CsvSource({"-0.1, 0.05", "-0.012, 0.004", "-3, 2", "-150, 40"})
    void everyTickLabelReadsAsItsValue(double low, double high) {
        axis.setRange(low, high);
        Graphics2D g2 = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        @SuppressWarnings("unchecked")
        List<NumberTick> ticks = (List<NumberTick>) (List<?>) axis.refreshTicks(g2, new AxisState(),
                new Rectangle2D.Double(0, 0, 600, 220), RectangleEdge.LEFT);
        assertFalse(ticks.isEmpty());
        for (NumberTick t : ticks) {
            assertEquals(t.getValue(), Double.parseDouble(t.getText().replace(",", "")), 1e-9, t.getText());
        }
    }
}

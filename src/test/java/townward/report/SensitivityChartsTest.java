package townward.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sensitivity charts show their uncertainty, each point's mean, and the levers by name. */
class SensitivityChartsTest {

    static Results sobol;
    static Results oat;

    @BeforeAll
    static void make() throws Exception {
        ReportFixtures.make();
        sobol = Results.read(ReportFixtures.dir("sobol"));
        oat = Results.read(ReportFixtures.dir("oat"));
    }

    @Test
    void sobolBarsCarryTheirBootstrapIntervalsAndTheLeversName() {
        Chart c = SobolChart.build(new ChartContext(sobol, Lang.EN));
        CategoryPlot plot = (CategoryPlot) c.chart().getPlot();
        WhiskerBarRenderer bars = (WhiskerBarRenderer) plot.getRenderer();
        List<Results.Sobol> rows = sobol.sobol().stream().filter(s -> s.metric().equals("urbanization_rate")).toList();
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(SobolChart.clip(rows.get(i).firstLow()), bars.interval(0, i)[0], 1e-12);
            assertEquals(SobolChart.clip(rows.get(i).totalHigh()), bars.interval(1, i)[1], 1e-12);
        }
        List<?> factors = plot.getDataset().getColumnKeys();
        assertEquals("industrial park Dongshan: posts_per_year", factors.get(0));
        assertEquals("economy.wage_growth", factors.get(1));
        Chart zh = SobolChart.build(new ChartContext(sobol, Lang.ZH));
        assertEquals("产业园区 Dongshan: posts_per_year",
                ((CategoryPlot) zh.chart().getPlot()).getDataset().getColumnKeys().get(0));
    }

    @Test
    void tornadoNamesTheLever() {
        Chart c = TornadoChart.build(new ChartContext(oat, Lang.EN));
        List<?> keys = ((CategoryPlot) c.chart().getPlot()).getDataset().getColumnKeys();
        assertTrue(keys.stream().anyMatch(k -> k.toString().startsWith("industrial park Dongshan: posts_per_year (")),
                keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.toString().startsWith("policies[")), keys.toString());
        Chart both = TornadoChart.build(new ChartContext(oat, Lang.BOTH));
        String axis = ((CategoryPlot) both.chart().getPlot()).getRangeAxis().getLabel();
        assertTrue(axis.matches("与基准值 [0-9.]+% 之差（百分点） / difference from the baseline [0-9.]+% \\(points\\)"),
                axis);   // the baseline in each half, not after the English one only
    }

    @Test
    void tornadoBarsCarryTheReplicationsRangeAtEachValue() {
        Chart c = TornadoChart.build(new ChartContext(oat, Lang.EN));
        WhiskerBarRenderer bars = (WhiskerBarRenderer) ((CategoryPlot) c.chart().getPlot()).getRenderer();
        Results.Swing park = oat.swings().stream().filter(s -> s.metric().equals("urbanization_rate")
                && s.factor().equals("policies[0].posts_per_year")).findFirst().orElseThrow();
        List<String> keys = ((CategoryPlot) c.chart().getPlot()).getDataset().getColumnKeys().stream()
                .map(Object::toString).toList();
        int bar = keys.indexOf(keys.stream().filter(k -> k.startsWith("industrial park Dongshan")).findFirst()
                .orElseThrow());   // bars are sorted by swing: find the park's by name
        Results.SweepRow low = oat.sweepRows().stream().filter(r -> r.metric().equals("urbanization_rate")
                && r.point().equals("p0001")).findFirst().orElseThrow();   // posts_per_year at 0, the rest as given
        assertEquals((low.stat().p05() - park.baseline()) * 100, bars.interval(0, bar)[0], 1e-12);
        assertEquals((low.stat().p95() - park.baseline()) * 100, bars.interval(0, bar)[1], 1e-12);
        assertTrue(Double.isFinite(bars.interval(1, 1)[0]), "every bar has its range");
    }

    @Test
    void sweepResponseMarksEachPointsMean() {
        Chart c = SweepResponseChart.build(new ChartContext(sobol, Lang.EN));
        List<?> panels = ((CombinedRangeXYPlot) c.chart().getPlot()).getSubplots();
        List<Results.SweepRow> rows = sobol.sweepRows().stream().filter(s -> s.metric().equals("urbanization_rate"))
                .toList();
        XYPlot first = (XYPlot) panels.get(0);
        XYDataset means = first.getDataset(1);
        assertEquals(rows.size(), means.getItemCount(0));
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(rows.get(i).stat().mean(), means.getYValue(0, i), 1e-12);
        }
        assertTrue(first.getRenderer(1).getDefaultSeriesVisible() && first.getRenderer(1) != null);
        assertEquals("industrial park Dongshan: posts_per_year", first.getDomainAxis().getLabel());
    }
}

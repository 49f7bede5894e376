package townward.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import townward.scenario.Place;
import townward.scenario.PlaceKind;
import townward.scenario.Scenario;

/** Chart 2: population of each town over time (mean over replications), demonstration towns drawn bold. */
final class PopulationChart {

    static final String NAME = "population";
    static final int MAX_LINES = 12;

    private PopulationChart() {
    }

    static boolean applies(Results r) {
        return r.main().scenario() != null && !towns(r).isEmpty();
    }

    /** Urban places (towns, county seats, cities) with a population series, demonstration towns first. */
    static List<Place> towns(Results r) {
        Scenario s = r.main().scenario();
        List<Place> out = new ArrayList<>();
        for (Place p : s.places()) {
            if (p.kind() != PlaceKind.VILLAGE && p.kind() != PlaceKind.TOWNSHIP
                    && !r.series(r.main().id(), p.name(), "population").isEmpty()) {
                out.add(p);
            }
        }
        out.sort(Comparator.comparing((Place p) -> !p.demonstration())
                .thenComparing(p -> -end(r, p.name())));
        return out;
    }

    static double end(Results r, String place) {
        TreeMap<Integer, Results.Stat> s = r.series(r.main().id(), place, "population");
        return s.isEmpty() ? 0 : s.lastEntry().getValue().mean();
    }

    static Chart build(ChartContext cx) {
        Results r = cx.results();
        String title = cx.t("各城镇常住人口", "Population by town");
        List<Place> towns = towns(r);
        List<Place> shown = towns.subList(0, Math.min(MAX_LINES, towns.size()));
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        int i = 0;
        int colour = 0;
        for (Place p : shown) {
            XYSeries s = new XYSeries(p.name() + (p.demonstration() ? " (" + cx.t("示范镇", "demonstration") + ")" : ""));
            r.series(r.main().id(), p.name(), "population").forEach((y, st) -> s.add((double) y, (double) st.mean()));
            data.addSeries(s);
            if (p.demonstration()) {
                lines.setSeriesPaint(i, ReportTheme.TARGET);
                lines.setSeriesStroke(i, new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            } else {
                Color c = ReportTheme.PALETTE[colour++ % ReportTheme.PALETTE.length];
                if (c.equals(ReportTheme.TARGET)) {
                    c = ReportTheme.PALETTE[colour++ % ReportTheme.PALETTE.length];
                }
                lines.setSeriesPaint(i, c);
                lines.setSeriesStroke(i, new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            }
            i++;
        }
        NumberAxis x = new NumberAxis(cx.t("年份", "year"));
        ReportTheme.yearAxis(x);
        NumberAxis y = new NumberAxis(cx.t("常住人口（人）", "residents (persons)"));
        ReportTheme.countAxis(y);
        XYPlot plot = new XYPlot(data, x, y, lines);
        JFreeChart chart = new JFreeChart(plot);
        cx.finish(chart, title);
        if (towns.size() > shown.size()) {
            cx.note(chart, cx.t("仅显示示范镇和人口最多的城镇（" + shown.size() + "/" + towns.size() + "）",
                    "demonstration towns and the largest towns only (" + shown.size() + " of " + towns.size() + ")"));
        }
        return new Chart(NAME, title, chart);
    }
}

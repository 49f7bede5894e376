package townward.report;

import java.util.ArrayList;
import java.util.List;

/** The charts that apply to a results folder, in the report's order. */
public final class Charts {

    private Charts() {
    }

    public static List<Chart> all(ChartContext cx) {
        Results r = cx.results();
        List<Chart> out = new ArrayList<>();
        if (!r.region("urbanization_rate").isEmpty()) {
            out.add(TrajectoryChart.build(cx));
        }
        if (CompareChart.applies(r)) {
            out.add(CompareChart.build(cx));
        }
        if (SweepResponseChart.applies(r)) {
            out.add(SweepResponseChart.build(cx));
        }
        if (TornadoChart.applies(r)) {
            out.add(TornadoChart.build(cx));
        }
        if (SobolChart.applies(r)) {
            out.add(SobolChart.build(cx));
        }
        if (PopulationChart.applies(r)) {
            out.add(PopulationChart.build(cx));
        }
        if (MoversChart.applies(r)) {
            out.add(MoversChart.build(cx));
        }
        if (HousingChart.applies(r)) {
            out.add(HousingChart.build(cx));
        }
        if (GoldsChart.applies(r)) {
            out.add(GoldsChart.build(cx));
        }
        if (MapChart.applies(r)) {
            out.add(MapChart.build(cx));
        }
        return out;
    }
}

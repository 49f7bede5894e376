package townward.gui;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.util.Double2D;
import townward.household.Arrangement;
import townward.household.Households;
import townward.household.Residence;
import townward.household.Tenure;
import townward.model.Recording;
import townward.model.Region;
import townward.place.Settlement;
import townward.place.Village;

/**
 * The map's fields: places and village clusters at their coordinates ({@link Continuous2D}, in km east and south
 * of the region's north-west corner) and this year's flows of movers from villages to places and {@code outside}
 * ({@link Network}). A strip right of the region holds the legend and the {@code outside} node. The layout is in
 * units of a hundredth of the region's extent; discs are sized by the same unit, or smaller where places lie closer
 * together than that allows (a region of many counties), so that neighbouring places stay apart.
 */
public final class RegionMap {

    /** Anything drawn as a disc: diameter in field units, fill, optional ring, optional label. */
    public interface Node {
        double diameter();

        Color fill();

        Color ring();

        String label();
    }

    /** Everything beyond the region. */
    public static final class OutsideNode implements Node {
        private final RegionMap map;
        double population;
        double moversTo;

        OutsideNode(RegionMap map) {
            this.map = map;
        }

        @Override
        public double diameter() {
            return 5 * map.unit;
        }

        @Override
        public Color fill() {
            return Palette.OUTSIDE;
        }

        @Override
        public Color ring() {
            return null;
        }

        @Override
        public String label() {
            return map.labels.outside();
        }

        @Override
        public String toString() {
            return "outside";
        }

        public String getName() { return "outside"; }
        public double getPopulationOutside() { return Math.rint(population); }
        public double getMoversToThisYear() { return Math.rint(moversTo); }
    }

    /** This year's movers from one village cluster to one destination, real units. */
    public static final class Flow {
        private final VillageNode from;
        private final Node to;
        private final double movers;

        Flow(VillageNode from, Node to, double movers) {
            this.from = from;
            this.to = to;
            this.movers = movers;
        }

        boolean toOutside() {
            return to instanceof OutsideNode;
        }

        VillageNode fromNode() {
            return from;
        }

        Node toNode() {
            return to;
        }

        /** Movers, real units, unrounded. */
        double movers() {
            return movers;
        }

        @Override
        public String toString() {
            return from + " -> " + to + ": " + Math.round(movers);
        }

        public String getFrom() { return from.getName(); }
        public String getTo() { return to.toString(); }
        public double getMovers() { return Math.rint(movers); }
    }

    /** Width of the legend's strip in pixels, at least. */
    static final int LEGEND_PX = 300;   // the widest legend line, bilingual (LabelsTest measures it)
    /** Widest flow in pixels (the largest flow of the first simulated year with flows). */
    static final double WIDEST_FLOW_PX = 5;

    final Labels labels;
    final Continuous2D field;
    final Network network = new Network(true);
    final List<PlaceNode> places = new ArrayList<>();
    final List<VillageNode> villages = new ArrayList<>();
    final OutsideNode outside;
    final String region;
    /** One hundredth of the region's extent, km. */
    final double unit;
    /** Unit of disc sizes: {@link #unit}, or a twelfth of the typical distance between neighbouring places. */
    final double dotUnit;
    /** Median distance from a place to its nearest neighbouring place, km (labels show when it is wide enough). */
    final double spacing;
    final double width;
    final double height;
    /** Where the strip for the legend and {@code outside} begins. */
    final double stripX;
    private final double west;
    private final double north;
    private final double kmPerLon;
    private double referencePopulation = Double.NaN;
    private double flowScale = Double.NaN;
    private final List<Flow> flows = new ArrayList<>();
    int year;
    /** Urbanization rate of the year shown. */
    double rate = Double.NaN;

    /**
     * @param aspect width / height of the display, which the field matches (the strip and margins absorb the
     *               difference, so the region is never distorted)
     */
    RegionMap(Region r, double aspect, Labels labels) {
        this(r, aspect, 0, labels);
    }

    /**
     * @param displayWidth the display's width in pixels: the strip is made wide enough for the legend there
     *                     (0: no such condition)
     */
    RegionMap(Region r, double aspect, int displayWidth, Labels labels) {
        this.labels = labels;
        this.region = r.scenario.region();
        double w = Double.POSITIVE_INFINITY;
        double e = Double.NEGATIVE_INFINITY;
        double s = Double.POSITIVE_INFINITY;
        double n = Double.NEGATIVE_INFINITY;
        for (Settlement x : r.settlements) {
            w = Math.min(w, x.lon);
            e = Math.max(e, x.lon);
            s = Math.min(s, x.lat);
            n = Math.max(n, x.lat);
        }
        for (Village v : r.villages) {
            w = Math.min(w, v.lon);
            e = Math.max(e, v.lon);
            s = Math.min(s, v.lat);
            n = Math.max(n, v.lat);
        }
        west = w;
        north = n;
        kmPerLon = 111.32 * Math.cos(Math.toRadians((n + s) / 2));
        double mapW = Math.max(10, (e - w) * kmPerLon);
        double mapH = Math.max(10, (n - s) * 110.57);
        unit = Math.max(mapW, mapH) / 100;
        spacing = nearestNeighbourMedian(r.settlements, Math.max(mapW, mapH) / 4);
        dotUnit = Math.min(unit, spacing / 12);
        double margin = 8 * unit;
        double strip = 45 * unit;
        if (displayWidth > LEGEND_PX) {   // strip / width = LEGEND_PX / displayWidth
            double share = (double) LEGEND_PX / displayWidth;
            strip = Math.max(strip, share * (mapW + 2 * margin) / (1 - share));
        }
        double fw = mapW + 2 * margin + strip;
        double fh = Math.max(mapH + 2 * margin, 75 * unit);
        if (fw / fh < aspect) {
            fw = fh * aspect;
        } else {
            fh = fw / aspect;
        }
        width = fw;
        height = fh;
        stripX = mapW + 2 * margin;
        field = new Continuous2D(Math.max(unit, 5 * unit), width, height);
        double offsetX = margin;
        double offsetY = margin + (height - mapH - 2 * margin) / 2;
        for (Village v : r.villages) {
            VillageNode node = new VillageNode(v, r.countyNames.get(v.county), r.settlements.get(v.seat).name(),
                    r.scale(), this);
            villages.add(node);
            field.setObjectLocation(node, at(v.lon, v.lat, offsetX, offsetY));
        }
        for (Settlement x : r.settlements) {
            PlaceNode node = new PlaceNode(x, r.countyNames.get(x.county), r.scale(), this);
            places.add(node);
            field.setObjectLocation(node, at(x.lon, x.lat, offsetX, offsetY));
        }
        outside = new OutsideNode(this);
        field.setObjectLocation(outside, new Double2D(stripX + 12 * unit, height - 14 * unit));
    }

    private Double2D at(double lon, double lat, double offsetX, double offsetY) {
        return new Double2D(offsetX + (lon - west) * kmPerLon, offsetY + (north - lat) * 110.57);
    }

    double villageDiameter() {
        return 2.2 * dotUnit;
    }

    /** Disc area grows with population; the largest place at the start gets 9.5 units. */
    double placeDiameter(double population) {
        double ref = Double.isNaN(referencePopulation) || referencePopulation <= 0 ? 1 : referencePopulation;
        return dotUnit * (2.5 + 7 * Math.sqrt(Math.max(0, population) / ref));
    }

    private static double nearestNeighbourMedian(List<Settlement> settlements, double none) {
        double[] nearest = new double[settlements.size()];
        for (int i = 0; i < nearest.length; i++) {
            Settlement a = settlements.get(i);
            nearest[i] = Double.POSITIVE_INFINITY;
            for (Settlement b : settlements) {
                if (b != a) {
                    nearest[i] = Math.min(nearest[i], townward.place.Geo.km(a.lon, a.lat, b.lon, b.lat));
                }
            }
        }
        Arrays.sort(nearest);
        double median = nearest.length == 0 ? none : nearest[nearest.length / 2];
        return Double.isFinite(median) && median > 0 ? median : none;
    }

    /** A flow's width in pixels (square root of movers, fixed scale for the run), at least one pixel. */
    double flowWidthPx(double movers) {
        double k = Double.isNaN(flowScale) ? 0 : flowScale;
        return Math.max(1, k * Math.sqrt(movers));
    }

    /** Movers per the flow scale's sample line in the legend, or NaN before any flow. */
    double sampleFlow() {
        if (Double.isNaN(flowScale)) {
            return Double.NaN;
        }
        double widest = WIDEST_FLOW_PX * WIDEST_FLOW_PX / (flowScale * flowScale);
        return Math.pow(10, Math.floor(Math.log10(widest)));
    }

    List<Flow> flows() {
        return flows;
    }

    /** Reads the year just recorded: populations (the recorded metrics), away shares, tenure, and flows. */
    void update(Region r, YearLog log) {
        year = r.year;
        rate = log.get(year, Recording.REGION, "urbanization_rate");
        for (PlaceNode p : places) {
            p.population = log.get(year, p.getName(), "population");
            p.builtUpResidents = log.get(year, p.getName(), "built_up_residents");
            p.moversTo = log.get(year, p.getName(), "movers_to");
            p.wageIndex = r.wageIndex;
            Arrays.fill(p.householdsByTenure, 0);
        }
        if (Double.isNaN(referencePopulation)) {
            referencePopulation = places.stream().mapToDouble(p -> p.population).filter(v -> !Double.isNaN(v))
                    .max().orElse(1);
        }
        outside.population = log.region(year, "population_outside");
        outside.moversTo = log.get(year, "outside", "movers_to");
        for (VillageNode v : villages) {
            v.households = 0;
            v.persons = 0;
            v.away = 0;
            v.movers = 0;
        }
        Households hh = r.households;
        double monthsAway = r.scenario.behaviour().monthsAway();
        Map<Long, double[]> moved = new TreeMap<>();
        int outsideIndex = r.settlements.size();
        for (int h = 0; h < hh.size(); h++) {
            if (!hh.alive(h)) {
                continue;
            }
            VillageNode v = villages.get(hh.village(h));
            v.households++;
            v.persons += hh.persons(h);
            v.away += Residence.countedAway(hh, h, monthsAway) + Residence.seniorBoardersCounted(hh, h);
            int away = hh.away(h);
            if (hh.tenure(h) != Tenure.NONE && away >= 0 && away < outsideIndex) {
                places.get(away).householdsByTenure[hh.tenure(h)]++;
            }
            int arr = hh.arrangement(h);
            if (hh.is(h, Households.MOVED_THIS_YEAR) && arr != Arrangement.TOGETHER_HOME) {
                int movers = Residence.personsAway(hh, h, arr);
                int to = r.isSystem(away) ? outsideIndex : away;   // the map has one node for every system
                moved.computeIfAbsent((long) hh.village(h) * (outsideIndex + 1) + to, k -> new double[1])[0]
                        += movers;
                v.movers += movers;
            }
        }
        flows.clear();
        network.clear();
        double largest = 0;
        for (Map.Entry<Long, double[]> e : moved.entrySet()) {
            int village = (int) (e.getKey() / (outsideIndex + 1));
            int dest = (int) (e.getKey() % (outsideIndex + 1));
            double movers = e.getValue()[0] / r.scale();
            Node to = dest == outsideIndex ? outside : places.get(dest);
            Flow f = new Flow(villages.get(village), to, movers);
            flows.add(f);
            network.addEdge(f.from, to, f);
            largest = Math.max(largest, movers);
        }
        if (Double.isNaN(flowScale) && largest > 0) {
            flowScale = WIDEST_FLOW_PX / Math.sqrt(largest);
        }
    }

    /** The start year's largest place, for sizes (read by the legend). */
    double referencePopulation() {
        return referencePopulation;
    }
}

package townward.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import java.util.function.Supplier;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Portrayal;
import sim.portrayal.SimplePortrayal2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;
import sim.field.network.Edge;

/** How the map draws places, village clusters, flows and its legend. */
final class MapPortrayals {

    private MapPortrayals() {
    }

    /** A place, village cluster or {@code outside}: a disc (a square for outside), a ring, a label. */
    static final class NodePortrayal extends SimplePortrayal2D {
        private static final long serialVersionUID = 1L;
        private final transient Labels labels;
        private final transient java.util.function.DoubleSupplier spacing;

        /** @param spacing the typical distance between neighbouring places, in field units */
        NodePortrayal(Labels labels, java.util.function.DoubleSupplier spacing) {
            this.labels = labels;
            this.spacing = spacing;
        }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            RegionMap.Node n = (RegionMap.Node) object;
            double d = n.diameter() * info.draw.width;
            Rectangle2D.Double box = new Rectangle2D.Double(info.draw.x - d / 2, info.draw.y - d / 2, d, d);
            g.setPaint(n.fill());
            if (n instanceof RegionMap.OutsideNode) {
                g.fill(box);
            } else {
                g.fill(new Ellipse2D.Double(box.x, box.y, d, d));
            }
            Color ring = n.ring();
            if (ring != null) {
                float w = (float) Math.max(2, d * (n instanceof VillageNode ? 0.18 : 0.14));
                Stroke old = g.getStroke();
                g.setStroke(new BasicStroke(w));
                g.setPaint(ring);
                g.draw(new Ellipse2D.Double(box.x - w / 2, box.y - w / 2, d + w, d + w));
                g.setStroke(old);
            }
            if (info.selected) {
                g.setPaint(Color.BLACK);
                g.draw(new Ellipse2D.Double(box.x - 3, box.y - 3, d + 6, d + 6));
            }
            String label = n.label();
            // names only where neighbouring places are far enough apart on screen (zoom in to see them all)
            boolean roomy = spacing.getAsDouble() * info.draw.width >= 60;
            if (label != null && (roomy || n instanceof RegionMap.OutsideNode)) {
                g.setFont(labels.font(11f, n instanceof VillageNode ? Font.PLAIN : Font.BOLD));
                g.setPaint(Palette.TEXT);
                g.drawString(labels.shown(label), (float) (box.x + d + 4), (float) (info.draw.y + 4));
            }
        }

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) {
            RegionMap.Node n = (RegionMap.Node) object;
            double d = n.diameter() * range.draw.width + 2;
            return new Ellipse2D.Double(range.draw.x - d / 2, range.draw.y - d / 2, d, d)
                    .intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
        }
    }

    /** A flow of movers: a line from the village to the destination, width by movers. */
    static final class FlowPortrayal extends SimpleEdgePortrayal2D {
        private static final long serialVersionUID = 1L;
        private final transient Supplier<RegionMap> map;

        FlowPortrayal(Supplier<RegionMap> map) {
            super(Palette.FLOW_TOWN, null);
            this.map = map;
            setShape(SHAPE_LINE_ROUND_ENDS);
        }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            EdgeDrawInfo2D e = (EdgeDrawInfo2D) info;
            RegionMap.Flow f = (RegionMap.Flow) ((Edge) object).info;
            Stroke old = g.getStroke();
            g.setStroke(new BasicStroke((float) map.get().flowWidthPx(f.movers()), BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND));
            g.setPaint(f.toOutside() ? Palette.FLOW_OUTSIDE : Palette.FLOW_TOWN);
            g.draw(new Line2D.Double(e.draw.x, e.draw.y, e.secondPoint.x, e.secondPoint.y));
            g.setStroke(old);
        }

        /** Near the line, but not on the discs at its ends (a click on a place inspects the place alone). */
        @Override
        public boolean hitObject(Object object, DrawInfo2D range) {
            EdgeDrawInfo2D e = (EdgeDrawInfo2D) range;
            RegionMap.Flow f = (RegionMap.Flow) ((Edge) object).info;
            double cx = range.clip.getCenterX();
            double cy = range.clip.getCenterY();
            if (within(cx, cy, e.draw.x, e.draw.y, f.fromNode().diameter() * e.draw.width)
                    || within(cx, cy, e.secondPoint.x, e.secondPoint.y, f.toNode().diameter() * e.draw.width)) {
                return false;
            }
            float w = (float) map.get().flowWidthPx(f.movers()) + 4;
            return new BasicStroke(w).createStrokedShape(
                    new Line2D.Double(e.draw.x, e.draw.y, e.secondPoint.x, e.secondPoint.y))
                    .intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
        }

        private static boolean within(double x, double y, double cx, double cy, double diameter) {
            double r = diameter / 2 + 2;
            return (x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r;
        }

        @Override
        public String getName(LocationWrapper wrapper) {
            return String.valueOf(wrapper.getObject());   // the flow (MASON wraps an edge's info)
        }
    }

    /** The legend, the region's name, the year and its rate, in the strip right of the region. */
    static final class Legend extends FieldPortrayal2D {
        private static final long serialVersionUID = 1L;
        private final transient Supplier<RegionMap> map;
        private final transient Labels labels;

        Legend(Supplier<RegionMap> map, Labels labels) {
            this.map = map;
            this.labels = labels;
        }

        @Override
        public Portrayal getDefaultPortrayal() {
            return new SimplePortrayal2D();
        }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            RegionMap m = map.get();
            if (m == null || g == null) {
                return;
            }
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            double px = info.draw.width / m.width;
            float x = (float) (info.draw.x + (m.stripX + 2 * m.unit) * px);
            float y = (float) (info.draw.y + 6 * m.unit * px);
            float line = 17;
            g.setPaint(Palette.TEXT);
            g.setFont(labels.font(13f, Font.BOLD));
            g.drawString(fit(g, labels.shown(m.region), info.draw.x + info.draw.width - x - 6), x, y);
            y += line + 2;
            g.drawString(String.valueOf(m.year), x, y);
            y += line;
            g.setFont(labels.font(12f, Font.PLAIN));
            g.drawString(labels.urbanizationRate() + " "
                    + (Double.isNaN(m.rate) ? "-" : String.format(Locale.ROOT, "%.1f %%", 100 * m.rate)), x, y);
            y += line + 6;
            g.setFont(labels.font(11.5f, Font.PLAIN));
            y = disc(g, x, y, Palette.COUNTY_SEAT, null, labels.countySeat());
            if (m.places.stream().anyMatch(p -> p.settlement().kind() == townward.scenario.PlaceKind.CITY)) {
                y = disc(g, x, y, Palette.CITY, null, labels.city());
            }
            y = disc(g, x, y, Palette.TOWN, null, labels.town());
            y = disc(g, x, y, Palette.TOWN, Palette.DEMONSTRATION_RING, labels.demonstration());
            y = disc(g, x, y, Palette.TOWNSHIP, null, labels.township());
            g.setPaint(Palette.TEXT);
            g.drawString(labels.sizeNote(), x, y);
            y += line + 4;
            g.drawString(labels.villages(), x, y);
            y += 6;
            for (int i = 0; i <= 10; i++) {
                g.setPaint(Palette.village(i / 10.0));
                g.fill(new Rectangle2D.Double(x + i * 12, y, 12, 10));
            }
            g.setPaint(Palette.TEXT);
            y += 22;
            g.drawString("0 %", x, y);
            g.drawString("100 %", x + 132 - g.getFontMetrics().stringWidth("100 %"), y);
            y += line;
            y = disc(g, x, y, Palette.village(0.3), Palette.TOWN, labels.reclassified());
            y += 4;
            y = flow(g, x, y, Palette.FLOW_TOWN, 4, labels.flowsTown());
            y = flow(g, x, y, Palette.FLOW_OUTSIDE, 4, labels.flowsOutside());
            double sample = m.sampleFlow();
            if (!Double.isNaN(sample)) {
                flow(g, x, y, Palette.TEXT, m.flowWidthPx(sample),
                        String.format(Locale.ROOT, "%,.0f %s", sample, labels.movers()));
            }
        }

        /** The text, cut with an ellipsis to fit the width in pixels. */
        private static String fit(Graphics2D g, String text, double width) {
            if (g.getFontMetrics().stringWidth(text) <= width) {
                return text;
            }
            String t = text;
            while (t.length() > 1 && g.getFontMetrics().stringWidth(t + "...") > width) {
                t = t.substring(0, t.length() - 1);
            }
            return t.strip() + "...";
        }

        private static float disc(Graphics2D g, float x, float y, Color fill, Color ring, String text) {
            g.setPaint(fill);
            g.fill(new Ellipse2D.Double(x + 1, y - 10, 12, 12));
            if (ring != null) {
                Stroke old = g.getStroke();
                g.setStroke(new BasicStroke(2.5f));
                g.setPaint(ring);
                g.draw(new Ellipse2D.Double(x, y - 11, 14, 14));
                g.setStroke(old);
            }
            g.setPaint(Palette.TEXT);
            g.drawString(text, x + 22, y);
            return y + 18;
        }

        private static float flow(Graphics2D g, float x, float y, Color c, double width, String text) {
            Stroke old = g.getStroke();
            g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
            g.setPaint(c);
            g.draw(new Line2D.Double(x, y - 4, x + 16, y - 4));
            g.setStroke(old);
            g.setPaint(Palette.TEXT);
            g.drawString(text, x + 22, y);
            return y + 18;
        }
    }
}

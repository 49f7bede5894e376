package townward.gui;

import java.awt.Color;
import townward.scenario.PlaceKind;

/** Colours of the map and the chart. The smoke test counts pixels of these colours in a snapshot. */
public final class Palette {
    public static final Color BACKGROUND = new Color(250, 250, 246);
    public static final Color COUNTY_SEAT = new Color(178, 24, 43);
    public static final Color CITY = new Color(103, 0, 31);
    public static final Color TOWN = new Color(239, 138, 98);
    /** A township (乡) is rural unless made a town; drawn grey until then. */
    public static final Color TOWNSHIP = new Color(140, 140, 140);
    public static final Color DEMONSTRATION_RING = new Color(241, 180, 15);
    public static final Color FLOW_TOWN = new Color(33, 113, 181);
    public static final Color FLOW_OUTSIDE = new Color(106, 81, 163);
    public static final Color OUTSIDE = FLOW_OUTSIDE;
    /** Village clusters: shade from none of their people away to all of them away. */
    public static final Color VILLAGE_NONE_AWAY = new Color(229, 245, 224);
    public static final Color VILLAGE_ALL_AWAY = new Color(0, 68, 27);
    public static final Color TEXT = new Color(40, 40, 40);

    private Palette() {
    }

    /** The fill of an urban or township place of this kind (a township made a town is drawn as a town). */
    public static Color place(PlaceKind kind, boolean urban) {
        return switch (kind) {
            case COUNTY_SEAT -> COUNTY_SEAT;
            case CITY -> CITY;
            case TOWN -> TOWN;
            case TOWNSHIP -> urban ? TOWN : TOWNSHIP;
            case VILLAGE -> VILLAGE_NONE_AWAY;
        };
    }

    /** A village cluster's fill for the share of its people living away (0..1). */
    public static Color village(double shareAway) {
        double t = Double.isNaN(shareAway) ? 0 : Math.max(0, Math.min(1, shareAway));
        return new Color(mix(VILLAGE_NONE_AWAY.getRed(), VILLAGE_ALL_AWAY.getRed(), t),
                mix(VILLAGE_NONE_AWAY.getGreen(), VILLAGE_ALL_AWAY.getGreen(), t),
                mix(VILLAGE_NONE_AWAY.getBlue(), VILLAGE_ALL_AWAY.getBlue(), t));
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }
}

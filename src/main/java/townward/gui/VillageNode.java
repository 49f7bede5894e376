package townward.gui;

import java.awt.Color;
import townward.place.Village;

/** A village cluster on the map, shaded by the share of its people living away; its getters are its inspector. */
public final class VillageNode implements RegionMap.Node {
    private final Village v;
    private final String county;
    private final String seat;
    private final double scale;
    private final RegionMap map;
    // set each year by RegionMap.update
    double households;
    double persons;
    double away;
    double movers;

    VillageNode(Village v, String county, String seat, double scale, RegionMap map) {
        this.v = v;
        this.county = county;
        this.seat = seat;
        this.scale = scale;
        this.map = map;
    }

    Village village() {
        return v;
    }

    @Override
    public double diameter() {
        return map.villageDiameter();
    }

    @Override
    public Color fill() {
        return Palette.village(getShareAway());
    }

    @Override
    public Color ring() {
        return v.urban ? Palette.TOWN : null;   // reclassified (村改居): urban in place
    }

    @Override
    public String label() {
        return v.listed ? v.name : null;
    }

    @Override
    public String toString() {
        return v.name;
    }

    private double real(double simulated) {
        return Math.rint(simulated / scale);
    }

    public String getName() { return v.name; }
    public String getCounty() { return county; }
    public String getSeat() { return seat; }
    public double getHouseholds() { return real(households); }
    public double getMembers() { return real(persons); }
    public double getMembersAway() { return real(away); }
    /** Members counted away (six months or more) over all members of the cluster's households. */
    public double getShareAway() { return persons > 0 ? away / persons : 0; }
    public double getMoversThisYear() { return real(movers); }
    public boolean isPrimarySchoolOpen() { return v.schoolOpen; }
    public boolean isUrban() { return v.urban; }
    public boolean isRelocated() { return v.relocated; }
}

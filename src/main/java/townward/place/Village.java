package townward.place;

/** A village cluster (MODEL.md section 2): rural unless reclassified. */
public final class Village {
    public final int index;
    public final String name;
    public final int county;
    /** Its township or town (settlement index). */
    public final int seat;
    public final double lon;
    public final double lat;
    /** Listed in the scenario (not generated). */
    public final boolean listed;

    public boolean schoolOpen = true;
    /** Reclassified as urban (村改居) or absorbed by a built-up area; which settlement's built-up area, or -1. */
    public boolean urban;
    public int urbanOf = -1;
    /** Relocated as a whole to a resettlement site. */
    public boolean relocated;

    /** Destinations a household considers: settlement indices within the maximum distance, and their distances. */
    public int[] candidates = new int[0];
    public double[] candidateKm = new double[0];
    /** Nearest urban-kind settlement within commuting distance, or -1, and its distance. */
    public int commuteTo = -1;
    public double commuteKm;

    public Village(int index, String name, int county, int seat, double lon, double lat, boolean listed) {
        this.index = index;
        this.name = name;
        this.county = county;
        this.seat = seat;
        this.lon = lon;
        this.lat = lat;
        this.listed = listed;
    }
}

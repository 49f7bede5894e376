package townward.scenario;

/** Kinds of place (MODEL.md section 2). */
public enum PlaceKind {
    VILLAGE("village", false),
    TOWNSHIP("township", false),
    TOWN("town", true),
    COUNTY_SEAT("county_seat", true),
    CITY("city", true);

    private final String key;
    private final boolean urban;

    PlaceKind(String key, boolean urban) {
        this.key = key;
        this.urban = urban;
    }

    /** The name used in scenario files and outputs. */
    public String key() {
        return key;
    }

    /** Whether the place's statistical code is urban by default. */
    public boolean urbanByDefault() {
        return urban;
    }

    /** Whether villages can have this place as their seat. */
    public boolean canBeSeat() {
        return this != VILLAGE;
    }

    public static PlaceKind fromKey(String key) {
        for (PlaceKind k : values()) {
            if (k.key.equals(key)) {
                return k;
            }
        }
        return null;
    }
}

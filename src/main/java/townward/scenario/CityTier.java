package townward.scenario;

import java.util.Arrays;
import java.util.List;

/**
 * Where an outside migrant works in the monitoring survey's classes of city (MODEL.md 7, P14; data/migrant_workers.csv
 * destination_share_*): 直辖市, 省会城市, 地级市 (the three together are 地级及以上), and the rest below prefecture
 * level (county-level cities, county seats, towns). The classes are disjoint: a capital is not a prefecture city here.
 */
public enum CityTier {
    MUNICIPALITY("municipality"),
    CAPITAL("capital"),
    PREFECTURE("prefecture"),
    COUNTY_LEVEL("county_level");

    static final List<String> KEYS = Arrays.stream(values()).map(CityTier::key).toList();

    private final String key;

    CityTier(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Prefecture-level cities and above (地级及以上城市). */
    public boolean prefectureOrAbove() {
        return this != COUNTY_LEVEL;
    }

    /** A place's tier by default: a city is a prefecture city, every other kind below prefecture level. */
    static CityTier of(PlaceKind kind) {
        return kind == PlaceKind.CITY ? PREFECTURE : COUNTY_LEVEL;
    }

    static CityTier fromKey(String key) {
        for (CityTier t : values()) {
            if (t.key.equals(key)) {
                return t;
            }
        }
        return null;
    }
}

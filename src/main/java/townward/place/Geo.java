package townward.place;

/** Great-circle distances. */
public final class Geo {
    private static final double EARTH_KM = 6371.0;
    /** Distances below this count as this (MODEL.md 5.3 km_min; assumed), so a next-door town is not infinitely near. */
    public static final double KM_MIN = 5;

    private Geo() {
    }

    public static double km(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Degrees of longitude and latitude for a displacement of dx, dy km at a latitude. */
    public static double dLon(double km, double lat) {
        return km / (111.32 * Math.cos(Math.toRadians(lat)));
    }

    public static double dLat(double km) {
        return km / 110.57;
    }
}

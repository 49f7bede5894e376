package townward.model;

import townward.scenario.CityTier;
import townward.scenario.Destination;

/**
 * Where migrant workers in work live and work, as the monitoring survey reports them (MODEL.md 7, 14.12; P13, P14):
 * 进城农民工, the outside workers living in cities and towns (the survey: 在外出农民工中，进城农民工…), and the
 * outside workers by the class of city where they work. Outside and local are the model's (14.10): away from home
 * (a place of the region or a system) or at home. Workers at a place of the region live and work there, so an urban
 * place holds 进城 workers and its {@link CityTier} is theirs; a system states both as inputs
 * ({@code urban_share}, {@code tier_shares}). Local workers at home in a village classified urban are kept apart:
 * the survey counts 进城 among outside workers only.
 */
final class MigrantWorkerPlaces {
    private final double[] outsideAt;
    private double localUrban;

    MigrantWorkerPlaces(Region r) {
        outsideAt = new double[r.destinations()];
    }

    /** Sets the counts: outside workers in work by destination from {@code totals[at]} on, and local urban ones. */
    void set(double[] totals, int at, double localUrbanWorking) {
        System.arraycopy(totals, at, outsideAt, 0, outsideAt.length);
        localUrban = localUrbanWorking;
    }

    /** Adds outside workers in work at destination {@code dest}. */
    void outside(int dest, double working) {
        if (working > 0) {
            outsideAt[dest] += working;
        }
    }

    /** Adds local workers in work whose home village is classified urban. */
    void localUrban(double working) {
        localUrban += working;
    }

    void record(Region r, Recording out) {
        double all = 0;
        double urban = 0;
        double[] tiers = new double[CityTier.values().length];
        for (int d = 0; d < outsideAt.length; d++) {
            double w = outsideAt[d];
            all += w;
            if (r.isSystem(d)) {
                Destination spec = r.systems.spec(d);
                urban += w * spec.urbanShare();
                for (CityTier t : CityTier.values()) {
                    tiers[t.ordinal()] += w * spec.tiers().share(t);
                }
            } else {
                urban += r.urbanDestination(d) ? w : 0;
                tiers[r.settlements.get(d).spec.tier().ordinal()] += w;
            }
        }
        out.put(r, Recording.REGION, "urban_resident_migrant_workers", urban / r.scale());
        out.put(r, Recording.REGION, "urban_resident_local_migrant_workers", localUrban / r.scale());
        double municipality = share(tiers, CityTier.MUNICIPALITY, all);
        double capital = share(tiers, CityTier.CAPITAL, all);
        double prefecture = share(tiers, CityTier.PREFECTURE, all);
        out.put(r, Recording.REGION, "destination_share_municipality", municipality);
        out.put(r, Recording.REGION, "destination_share_provincial_capital", capital);
        out.put(r, Recording.REGION, "destination_share_prefecture_city", prefecture);
        out.put(r, Recording.REGION, "destination_share_prefecture_level_and_above", municipality + capital + prefecture);
    }

    private static double share(double[] tiers, CityTier t, double all) {
        return all > 0 ? tiers[t.ordinal()] / all : 0;
    }
}

package townward.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the destination systems (MODEL.md 2.2): a {@code destinations} list, or a format-2 {@code outside} object
 * read as a one-system list named {@value Destination#OUTSIDE}, so that older files keep working.
 */
final class Destinations {
    /** At most this many systems (MODEL.md 2.2). */
    static final int MAX = 6;

    private Destinations() {
    }

    static List<Destination> bind(FieldReader r, JsonNode root, double regionWageGrowth, Errors e) {
        List<Destination> out = new ArrayList<>();
        if (root.has("destinations")) {
            if (root.has("outside")) {
                e.crossReference("outside", "give destinations or outside, not both (outside is the one-system form of destinations)");
            }
            Set<String> names = new HashSet<>();
            List<FieldReader> items = r.objects("destinations");
            for (int i = 0; i < items.size(); i++) {
                FieldReader d = items.get(i);
                if (d == null) {
                    continue;
                }
                String name = d.str("name");
                if (name != null && !names.add(name)) {
                    e.crossReference(Errors.index("destinations", i) + ".name", "expected a name no other destination has, found \""
                            + name + "\" twice");
                }
                Destination system = system(d, name, regionWageGrowth);
                if (system.mirrorInflow() && system.inflow() > 0) {
                    e.crossReference(Errors.index("destinations", i) + ".inflow", "expected no inflow for a system with "
                            + "mirror_inflow (its arrivals are the mirror), found " + Spec.fmt(system.inflow()));
                }
                out.add(system);
            }
            if (items.isEmpty()) {
                e.crossReference("destinations", "expected at least one destination system");
            } else if (items.size() > MAX) {
                e.crossReference("destinations", "expected at most " + MAX + " destination systems, found " + items.size());
            }
        } else {
            out.add(system(r.obj("outside"), Destination.OUTSIDE, regionWageGrowth));
        }
        return startShares(out, e);
    }

    /** Start shares as given (all or none, adding up to 1), or in proportion to posts. */
    private static List<Destination> startShares(List<Destination> systems, Errors e) {
        long given = systems.stream().filter(d -> !Double.isNaN(d.startShare())).count();
        if (given > 0 && given < systems.size()) {
            e.crossReference("destinations", "expected start_share for every destination or for none, found it for " + given
                    + " of " + systems.size());
            return systems;
        }
        double sum = systems.stream().mapToDouble(d -> given > 0 ? d.startShare() : d.posts()).sum();
        if (given > 0 && Math.abs(sum - 1) > 0.005) {
            e.crossReference("destinations", "expected start_share values adding up to 1, found " + Spec.fmt(sum));
            return systems;
        }
        List<Destination> out = new ArrayList<>();
        for (Destination d : systems) {
            double share = sum > 0 ? (given > 0 ? d.startShare() : d.posts()) / sum : 1.0 / systems.size();
            out.add(new Destination(d.name(), d.inProvince(), d.distanceKm(), d.wage(), d.wageGrowth(),
                    d.wageGrowthFrom(), d.posts(), d.postGrowth(), d.hireChance(), d.rent(), d.livingCost(),
                    d.publicSchoolShare(), d.examOpen(), d.constant(), d.count(), share, d.mirrorInflow(), d.inflow(),
                    d.urbanShare(), d.tiers()));
        }
        return out;
    }

    private static Destination system(FieldReader d, String name, double regionWageGrowth) {
        return new Destination(name, d.bool("in_province"), d.num("distance_km"), d.num("wage"),
                d.num("wage_growth", regionWageGrowth), d.years("wage_growth_from"), d.num("posts"),
                d.num("post_growth"), d.num("hire_chance"), d.num("rent"), d.num("living_cost"),
                d.num("public_school_share"), d.bool("exam_open"), d.num("constant"), d.num("count"),
                d.num("start_share", Double.NaN), d.bool("mirror_inflow"), d.num("inflow"), d.num("urban_share"),
                tiers(d));
    }

    /** The tier shares as given (keys left out are 0), or the national mix when the block is absent. */
    private static Destination.Tiers tiers(FieldReader d) {
        if (!d.has("tier_shares")) {
            return Destination.Tiers.NATIONAL_2015;
        }
        FieldReader t = d.obj("tier_shares");
        Destination.Tiers tiers = new Destination.Tiers(t.num("municipality", 0), t.num("capital", 0),
                t.num("prefecture", 0));
        if (tiers.prefectureOrAbove() > 1 + 1e-9) {
            d.errors().crossReference(t.path(), "expected municipality + capital + prefecture at most 1 (the rest work "
                    + "below prefecture level), found " + Spec.fmt(Math.round(tiers.prefectureOrAbove() * 1e6) / 1e6));
        }
        return tiers;
    }
}

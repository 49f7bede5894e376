package townward.demography;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import townward.decision.Moves;
import townward.economy.HousingMarket;
import townward.household.Arrangement;
import townward.household.Homestead;
import townward.household.Households;
import townward.household.Residence;
import townward.household.Tenure;
import townward.model.Phase;
import townward.model.Region;
import townward.model.YearPhase;
import townward.place.Geo;
import townward.place.Settlement;
import townward.place.Village;
import townward.policy.Coverage;
import townward.scenario.Lever;

/**
 * Phase 2: in-place urbanization (MODEL.md section 3 step 2). Village clusters reached by an urban place's
 * built-up area, or listed by a {@code reclassification} lever (村改居), become urban with their residents; a
 * township listed by the lever becomes a town (撤乡设镇); a relocation moves a whole cluster to a resettlement
 * site when enough of its households consent.
 */
public final class Reclassification implements YearPhase {
    private final HousingMarket market;
    /**
     * Which households live in each village, rebuilt when needed: village v's are {@code members[start[v]]} to
     * {@code members[start[v + 1] - 1]}, in household order. The arrays are kept from year to year.
     */
    private boolean indexed;
    private int[] start = new int[0];
    private int[] members = new int[0];

    public Reclassification(HousingMarket market) {
        this.market = market;
    }

    @Override
    public void run(Region r) {
        indexed = false;
        for (Settlement s : r.settlements) {
            if (s.urban) {
                s.builtUpKm2 += s.spec.builtUpGrowthKm2();
                for (Village v : reached(r, s)) {
                    makeUrban(r, v, s.index);
                }
            }
        }
        int firstYear = r.scenario.startYear() + 1;   // a lever dated in the start year acts in the first simulated one
        for (Lever lever : r.scenario.policies()) {
            if (lever instanceof Lever.Reclassification l && Math.max(l.scope().from(), firstYear) == r.year) {
                apply(r, l);
            }
        }
    }

    /** Clusters already inside a built-up area are urban in the start state, not reclassified in the first year. */
    public static void startState(Region r) {
        for (Settlement s : r.settlements) {
            if (s.urban) {
                for (Village v : reached(r, s)) {
                    v.urban = true;
                    v.urbanOf = s.index;
                }
            }
        }
    }

    /** Rural village clusters of s's county inside its built-up area (a disc of built_up_km2 around it). */
    public static List<Village> reached(Region r, Settlement s) {
        double radius = Math.sqrt(Math.max(0, s.builtUpKm2) / Math.PI);
        List<Village> out = new ArrayList<>();
        for (Village v : r.villages) {
            if (!v.urban && v.county == s.county && Geo.km(v.lon, v.lat, s.lon, s.lat) <= radius) {
                out.add(v);
            }
        }
        return out;
    }

    private void apply(Region r, Lever.Reclassification l) {
        double scale = r.scale();
        for (String name : l.townships()) {
            for (Settlement s : r.settlements) {
                if (s.name().equals(name) && !s.urban) {
                    s.urban = true;
                    r.tally.reclassifiedPersons += s.cohorts.total();
                }
            }
        }
        for (String name : l.villages()) {
            for (Village v : r.villages) {
                if (v.listed && v.name.equals(name)) {
                    if (l.relocateTo() != null) {
                        relocate(r, v, l);
                    } else if (!v.urban) {
                        makeUrban(r, v, v.seat);
                        r.costs.book(l.key(), l.costPerHousehold() * households(r, v) / scale);
                    }
                }
            }
        }
        if (l.nearestVillages() > 0) {
            boolean[] on = Coverage.settlements(l.scope(), r.settlements, r.countyNames);
            for (Settlement s : r.settlements) {
                if (!on[s.index]) {
                    continue;
                }
                List<Village> near = new ArrayList<>();
                for (Village v : r.villages) {
                    if (!v.urban && !v.relocated && v.county == s.county) {
                        near.add(v);
                    }
                }
                near.sort(Comparator.comparingDouble((Village v) -> Geo.km(v.lon, v.lat, s.lon, s.lat))
                        .thenComparingInt(v -> v.index));
                for (Village v : near.subList(0, Math.min(l.nearestVillages(), near.size()))) {
                    makeUrban(r, v, s.index);
                    r.costs.book(l.key(), l.costPerHousehold() * households(r, v) / scale);
                }
            }
        }
    }

    private void makeUrban(Region r, Village v, int settlement) {
        v.urban = true;
        v.urbanOf = settlement;
        double monthsAway = r.scenario.behaviour().monthsAway();
        int count = households(r, v);
        for (int k = start[v.index], end = k + count; k < end; k++) {
            r.tally.reclassifiedPersons += Residence.countedHome(r.households, members[k], monthsAway);
        }
    }

    /** Whole-village relocation: each household consents with the lever's share; the village moves if enough do. */
    private void relocate(Region r, Village v, Lever.Reclassification l) {
        if (v.relocated) {
            return;
        }
        int count = households(r, v);
        int first = start[v.index];
        Households hh = r.households;
        int consenting = 0;
        for (int k = first; k < first + count; k++) {
            int h = members[k];
            consenting += r.streams.firstUniform(r.year, Phase.RECLASSIFICATION, h) < l.consentShare() ? 1 : 0;
        }
        if (count == 0 || consenting < l.consentRequired() * count) {
            return;
        }
        Settlement site = r.settlements.stream().filter(s -> s.name().equals(l.relocateTo())).findFirst()
                .orElseThrow();
        double monthsAway = r.scenario.behaviour().monthsAway();
        for (int k = first; k < first + count; k++) {
            int h = members[k];
            int before = Residence.countedHome(hh, h, monthsAway);
            Moves.returnHome(r, market, h);
            hh.setArrangement(h, Arrangement.TOGETHER_AWAY, site.index);
            hh.setTenure(h, Tenure.RESETTLED, Tenure.SCHEME_RESETTLEMENT);
            hh.setHousingCost(h, 0);
            hh.setFlatValue(h, site.price * site.spec.housing().flatM2());
            if (Homestead.held(hh.homestead(h))) {
                r.tally.homesteadExitedM2 += hh.homesteadM2(h);
                r.tally.quotaMu += hh.homesteadM2(h) / HousingMarket.M2_PER_MU;
                hh.setHomestead(h, Homestead.EXITED);
            }
            Moves.takeSeats(r, h, site, true);
            Moves.takePosts(r, h);
            hh.set(h, Households.RELOCATED);
            r.tally.takenByTenure[Tenure.RESETTLED]++;
            r.tally.takenByScheme[Tenure.SCHEME_RESETTLEMENT]++;
            r.tally.reclassifiedPersons += before;
        }
        v.relocated = true;
        r.tally.relocatedHouseholds += count;
        r.costs.book(l.key(), l.costPerHousehold() * count / r.scale());
    }

    /** The number of households living in village v, indexing them first if needed (from {@code start[v]} on). */
    private int households(Region r, Village v) {
        if (!indexed) {
            index(r);
        }
        return start[v.index + 1] - start[v.index];
    }

    private void index(Region r) {
        Households hh = r.households;
        int villages = r.villages.size();
        if (start.length != villages + 1) {
            start = new int[villages + 1];
        }
        java.util.Arrays.fill(start, 0);
        int alive = 0;
        for (int h = 0; h < hh.size(); h++) {
            if (hh.alive(h)) {
                start[hh.village(h) + 1]++;
                alive++;
            }
        }
        for (int v = 0; v < villages; v++) {
            start[v + 1] += start[v];
        }
        if (members.length < alive) {
            members = new int[alive + alive / 4];
        }
        int[] fill = java.util.Arrays.copyOf(start, villages);
        for (int h = 0; h < hh.size(); h++) {
            if (hh.alive(h)) {
                members[fill[hh.village(h)]++] = h;
            }
        }
        indexed = true;
    }
}

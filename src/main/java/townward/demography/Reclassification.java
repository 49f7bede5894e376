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
    /** Which households live in each village, rebuilt when needed. */
    private List<List<Integer>> byVillage;

    public Reclassification(HousingMarket market) {
        this.market = market;
    }

    @Override
    public void run(Region r) {
        byVillage = null;
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
                        r.costs.book(l.key(), l.costPerHousehold() * households(r, v).size() / scale);
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
                    r.costs.book(l.key(), l.costPerHousehold() * households(r, v).size() / scale);
                }
            }
        }
    }

    private void makeUrban(Region r, Village v, int settlement) {
        v.urban = true;
        v.urbanOf = settlement;
        double monthsAway = r.scenario.behaviour().monthsAway();
        for (int h : households(r, v)) {
            r.tally.reclassifiedPersons += Residence.countedHome(r.households, h, monthsAway);
        }
    }

    /** Whole-village relocation: each household consents with the lever's share; the village moves if enough do. */
    private void relocate(Region r, Village v, Lever.Reclassification l) {
        if (v.relocated) {
            return;
        }
        List<Integer> members = households(r, v);
        Households hh = r.households;
        int consenting = 0;
        for (int h : members) {
            consenting += r.streams.firstUniform(r.year, Phase.RECLASSIFICATION, h) < l.consentShare() ? 1 : 0;
        }
        if (members.isEmpty() || consenting < l.consentRequired() * members.size()) {
            return;
        }
        Settlement site = r.settlements.stream().filter(s -> s.name().equals(l.relocateTo())).findFirst()
                .orElseThrow();
        double monthsAway = r.scenario.behaviour().monthsAway();
        for (int h : members) {
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
        r.tally.relocatedHouseholds += members.size();
        r.costs.book(l.key(), l.costPerHousehold() * members.size() / r.scale());
    }

    private List<Integer> households(Region r, Village v) {
        if (byVillage == null) {
            byVillage = new ArrayList<>();
            for (int i = 0; i < r.villages.size(); i++) {
                byVillage.add(new ArrayList<>());
            }
            Households hh = r.households;
            for (int h = 0; h < hh.size(); h++) {
                if (hh.alive(h)) {
                    byVillage.get(hh.village(h)).add(h);
                }
            }
        }
        return byVillage.get(v.index);
    }
}

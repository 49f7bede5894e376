package townward.model;

import townward.household.Households;
import townward.household.Residence;
import townward.people.Persons;
import townward.place.Settlement;
import townward.place.Village;

/**
 * Where every resident is counted now (MODEL.md section 7: the six-month rule): household members at their village
 * cluster, at their away place or, for senior boarders, at the county seat; urban cohorts and in-migrants from
 * mirrored systems at their place.
 */
final class Census {
    /** Household members counted at each destination: the places, then the systems. */
    final double[] atSettlement;
    /** Household members counted at each village cluster. */
    final double[] atVillage;
    /** Residents of each place: cohorts and household members. */
    final double[] population;

    private Census(double[] atSettlement, double[] atVillage, double[] population) {
        this.atSettlement = atSettlement;
        this.atVillage = atVillage;
        this.population = population;
    }

    /** Households are counted in parallel chunks, whose counts (whole numbers) add up in chunk order. */
    static Census take(Region r) {
        Households hh = r.households;
        double monthsAway = r.scenario.behaviour().monthsAway();
        int places = r.settlements.size();
        double[] atSettlement = new double[r.destinations()];
        double[] atVillage = new double[r.villages.size()];
        r.parallel.forChunks(hh.size(), (from, to) -> {
            double[][] part = {new double[atSettlement.length], new double[atVillage.length]};
            count(r, from, to, monthsAway, part[0], part[1]);
            return part;
        }, part -> {
            for (int d = 0; d < atSettlement.length; d++) {
                atSettlement[d] += part[0][d];
            }
            for (int v = 0; v < atVillage.length; v++) {
                atVillage[v] += part[1][v];
            }
        });
        double[] population = new double[places];
        for (Settlement s : r.settlements) {
            population[s.index] = s.cohorts.total() + r.inMigrants.at(s.index) + atSettlement[s.index];
        }
        return new Census(atSettlement, atVillage, population);
    }

    private static void count(Region r, int from, int to, double monthsAway, double[] atSettlement,
                              double[] atVillage) {
        Households hh = r.households;
        for (int h = from; h < to; h++) {
            if (!hh.alive(h)) {
                continue;
            }
            int away = Residence.countedAway(hh, h, monthsAway);
            int boarders = Residence.seniorBoardersCounted(hh, h);
            if (away > 0) {
                atSettlement[hh.away(h)] += away;
            }
            if (boarders > 0) {
                atSettlement[r.countySeat[r.countyOf(h)]] += boarders;
            }
            atVillage[hh.village(h)] += hh.persons(h) - away - boarders;
            if (hh.apart(h) > 0) {
                apart(r.persons, h, hh.village(h), monthsAway, atSettlement, atVillage);
            }
        }
    }

    /**
     * Members living apart (MODEL.md 5.8) are lone workers: counted where they live from six months away a year,
     * else at home.
     */
    private static void apart(Persons p, int h, int village, double monthsAway, double[] atSettlement,
                              double[] atVillage) {
        for (int i = p.first(h); i < p.end(h); i++) {
            if (p.apart(i)) {
                if (monthsAway >= 6 || p.studying(i)) {   // students are at college all year (MODEL.md 10.3)
                    atSettlement[p.alone(i)]++;
                } else {
                    atVillage[village]++;
                }
            }
        }
    }

    /** Household members at the systems beyond the region. */
    double beyondRegion(Region r) {
        double n = 0;
        for (int d = r.settlements.size(); d < atSettlement.length; d++) {
            n += atSettlement[d];
        }
        return n;
    }

    /** Per county: residents and urban residents, its places and village clusters together. */
    double[][] counties(Region r) {
        int n = r.countyNames.size();
        double[] urban = new double[n];
        double[] all = new double[n];
        for (Settlement s : r.settlements) {
            all[s.county] += population[s.index];
            urban[s.county] += s.urban ? population[s.index] : 0;
        }
        for (Village v : r.villages) {
            all[v.county] += atVillage[v.index];
            urban[v.county] += v.urban ? atVillage[v.index] : 0;
        }
        return new double[][] {all, urban};
    }
}

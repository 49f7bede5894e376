package townward.demography;

import java.util.SplittableRandom;
import townward.household.Households;
import townward.model.Region;
import townward.people.Persons;

/**
 * First marriages within each county's yearly pool (MODEL.md 10.2): those who drew a marriage this year are paired
 * at random within their county, men with women; surplus men stay single, surplus women marry out of the region.
 * Residence is patrilocal with probability {@link #PATRILOCAL}. The couple becomes the working couple of the family
 * it joins if that family has none of working age; otherwise it sets up its own household with
 * {@code separate_at_marriage}; a husband living apart (5.8) sets up the couple's household where he lives
 * (docs/MODEL.md 14.13). Sequential, with the phase's own stream.
 */
final class MarriageMarket {
    /** The wife joins the husband's family; assumed. */
    private static final double PATRILOCAL = 0.9;

    private MarriageMarket() {
    }

    static void match(Region r, FamilyFormation formation, SplittableRandom rng) {
        Persons p = r.persons;
        int counties = r.countyNames.size();
        int[][][] pools = pools(r, counties);
        for (int c = 0; c < counties; c++) {
            int[] m = pools[c][Persons.MALE];
            int[] w = pools[c][Persons.FEMALE];
            shuffle(m, rng);
            shuffle(w, rng);
            int pairs = Math.min(m.length, w.length);
            for (int k = 0; k < pairs; k++) {
                marry(r, formation, m[k], w[k], rng);
            }
            for (int k = pairs; k < w.length; k++) {
                p.set(w[k], Persons.GONE);
                r.tally.marriedOut++;
                r.tally.outMigrants++;
                r.tally.leftRegion++;
            }
        }
    }

    private static void marry(Region r, FamilyFormation formation, int man, int woman, SplittableRandom rng) {
        Persons p = r.persons;
        Households hh = r.households;
        // a husband living apart (MODEL.md 5.8) sets up the couple's household where he lives; a wife living apart
        // who marries a man at home joins him (residence follows the husband, 10.2)
        int place = p.alone(man);
        int posts = p.apart(man) && p.holdsPost(man) ? 1 : 0;
        p.marry(man, woman);
        r.tally.marriages++;
        boolean patrilocal = rng.nextDouble() < PATRILOCAL;
        int stays = patrilocal ? man : woman;
        int joins = patrilocal ? woman : man;
        int family = p.household(stays);
        hh.set(family, Households.LIFE_EVENT);
        if (place != Persons.NONE) {
            int formed = formation.formApart(family, place, posts);
            p.moveTo(stays, formed);
            p.moveTo(joins, formed);
        } else if (hasWorkingCouple(p, family, stays) && rng.nextDouble() < r.scenario.demography().separateAtMarriage()) {
            int formed = formation.form(family, 1);
            p.moveTo(stays, formed);
            p.moveTo(joins, formed);
        } else {
            p.moveTo(joins, family);
            hh.set(p.household(joins), Households.LIFE_EVENT);
        }
    }

    /** Whether the family has a married couple of working age other than the one marrying now. */
    private static boolean hasWorkingCouple(Persons p, int h, int except) {
        for (int i = p.first(h); i < p.end(h); i++) {
            if (i != except && p.household(i) == h && !p.gone(i) && p.spouse(i) != Persons.NONE && p.age(i) < 60
                    && p.find(h, p.spouse(i)) != Persons.NONE) {
                return true;
            }
        }
        return false;
    }

    /** Per county and sex ([county][0] men, [county][1] women): the rows that drew a marriage, in row order. */
    private static int[][][] pools(Region r, int counties) {
        Persons p = r.persons;
        int[] seekers = new int[256];
        int n = 0;
        int[][] size = new int[counties][2];
        for (int i = 0; i < p.size(); i++) {
            if (p.is(i, Persons.SEEKS_SPOUSE) && !p.gone(i)) {
                if (n == seekers.length) {
                    seekers = java.util.Arrays.copyOf(seekers, 2 * n);
                }
                seekers[n++] = i;
                size[r.countyOf(p.household(i))][p.sex(i)]++;
            }
        }
        int[][][] pools = new int[counties][2][];
        for (int c = 0; c < counties; c++) {
            pools[c][0] = new int[size[c][0]];
            pools[c][1] = new int[size[c][1]];
            size[c][0] = 0;
            size[c][1] = 0;
        }
        for (int k = 0; k < n; k++) {
            int i = seekers[k];
            int c = r.countyOf(p.household(i));
            pools[c][p.sex(i)][size[c][p.sex(i)]++] = i;
        }
        return pools;
    }

    private static void shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}

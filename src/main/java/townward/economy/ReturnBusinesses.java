package townward.economy;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;
import townward.household.Households;
import townward.household.Residence;
import townward.model.Phase;
import townward.model.Region;
import townward.model.Streams;
import townward.scenario.Lever;

/**
 * The return_entrepreneurship lever (返乡创业; MODEL.md 4, 5.9, 6.3). Each year the families back from a
 * destination system with someone of working age at home share the programme's business slots (its quota over all
 * its counties), drawn by per-family keys; a business adds its income at home for as long as someone of working age
 * lives there. Before they know, families weigh a slot by the chance they expect of one: the quota over the eligible
 * families, smoothed with {@code labour.expectation_weight} as the labour market's chances are, so a good year does
 * not send everyone home the next (no cobweb).
 */
public final class ReturnBusinesses {
    /** Key of a family's draw for a slot among the year's eligible families. */
    private static final long SLOT_KEY = 0x534C4F54L;
    /** Per county: the chance of a slot a family back this year expects; NaN where no programme runs. */
    private final double[] chance;

    public ReturnBusinesses(int counties) {
        chance = new double[counties];
        Arrays.fill(chance, Double.NaN);
    }

    /** The chance of a slot a family of county c expects this year (NaN where no programme runs). */
    public double chance(int c) {
        return chance[c];
    }

    /**
     * Business income (yuan of this year, a year) family h may expect from the programme if it comes home: the
     * chance of a slot times the business's income; 0 where none runs or when the family already has a business.
     */
    public double offered(Region r, int h) {
        int c = r.countyOf(h);
        Lever.ReturnEntrepreneurship l = r.policy.returnProgramme[c];
        if (l == null || r.households.returnBusiness(h) > 0) {
            return 0;
        }
        return chance[c] * l.businessIncome() * r.wageIndex;
    }

    /**
     * The chances of this year, before the decisions. A programme new in a county starts from its quota over the
     * families its counties expect back without it ({@code returnWithout}: each family's return hazard, the
     * programme's income left out), which a planner can know from the returns of the years before.
     */
    public void expect(Region r, IntToDoubleFunction returnWithout) {
        Lever.ReturnEntrepreneurship[] programme = r.policy.returnProgramme;
        double[] back = null;
        for (int c = 0; c < chance.length; c++) {
            if (programme[c] == null) {
                chance[c] = Double.NaN;
            } else if (Double.isNaN(chance[c]) && back == null) {
                back = expectedBack(r, returnWithout);
            }
        }
        for (int c = 0; c < chance.length; c++) {
            if (programme[c] != null && Double.isNaN(chance[c])) {
                chance[c] = slotShare(r, programme[c], sum(programme, programme[c], back));
            }
        }
    }

    /** Per county: families expected back this year without the programme. */
    private static double[] expectedBack(Region r, IntToDoubleFunction returnWithout) {
        Households hh = r.households;
        double[] back = new double[r.countyNames.size()];
        for (int h = 0; h < hh.size(); h++) {
            if (hh.alive(h) && hh.returnBusiness(h) == 0) {
                back[r.countyOf(h)] += returnWithout.applyAsDouble(h);
            }
        }
        return back;
    }

    private static double sum(Lever.ReturnEntrepreneurship[] programme, Lever.ReturnEntrepreneurship l, double[] v) {
        double s = 0;
        for (int c = 0; c < programme.length; c++) {
            s += programme[c] == l ? v[c] : 0;
        }
        return s;
    }

    /** The share of the eligible families a programme's quota serves (simulated families). */
    private static double slotShare(Region r, Lever.ReturnEntrepreneurship l, double eligible) {
        return eligible > 0 ? Math.min(1, l.quota() * r.scale() / eligible) : 1;
    }

    /**
     * Accounting, before incomes are realized: a family with nobody of working age left at home gives its business
     * up; then each programme hands out its quota (rounded stochastically) among the families back this year, in the
     * order of their keys, books the grants and interest subsidies, and updates the chance its counties expect.
     */
    public void allocate(Region r) {
        Households hh = r.households;
        Lever.ReturnEntrepreneurship[] programme = r.policy.returnProgramme;
        boolean running = Arrays.stream(programme).anyMatch(l -> l != null);
        int[] eligible = running ? new int[hh.size()] : null;
        int[] county = running ? new int[hh.size()] : null;
        int n = 0;
        for (int h = 0; h < hh.size(); h++) {
            if (!hh.alive(h)) {
                continue;
            }
            boolean someoneHome = hh.adults(h) > Residence.adultsAway(hh, h, hh.arrangement(h));
            if (!someoneHome) {
                hh.setReturnBusiness(h, 0);
            } else if (running && hh.is(h, Households.RETURNED_THIS_YEAR) && hh.returnBusiness(h) == 0
                    && programme[r.countyOf(h)] != null) {
                eligible[n] = h;
                county[n++] = r.countyOf(h);
            }
        }
        if (!running) {
            return;
        }
        SplittableRandom rng = r.streams.phase(r.year, Phase.ACCOUNTING);
        double weight = r.scenario.labour().expectationWeight();
        for (int c = 0; c < programme.length; c++) {
            Lever.ReturnEntrepreneurship l = programme[c];
            if (l == null || firstCounty(programme, l) != c) {
                continue;   // each programme once, at its first county
            }
            long[] keyed = keyed(r, programme, l, eligible, county, n);
            int slots = Math.min(keyed.length, Streams.roundStochastic(l.quota() * r.scale(), rng));
            for (int i = 0; i < slots; i++) {
                hh.setReturnBusiness((int) keyed[i], l.businessIncome());
            }
            r.tally.returnBusinesses += slots;
            r.costs.book(l.key(), slots * l.costPerBusiness() / r.scale());
            double share = slotShare(r, l, keyed.length);
            for (int k = 0; k < programme.length; k++) {
                if (programme[k] == l) {
                    chance[k] = (1 - weight) * chance[k] + weight * share;
                }
            }
        }
    }

    private static int firstCounty(Lever.ReturnEntrepreneurship[] programme, Lever.ReturnEntrepreneurship l) {
        for (int c = 0; c < programme.length; c++) {
            if (programme[c] == l) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The programme's eligible families sorted by their own key (its top 31 bits, then the family's number), so
     * that who gets a slot depends on the seed and the family, never on the order of the threads.
     */
    private static long[] keyed(Region r, Lever.ReturnEntrepreneurship[] programme, Lever.ReturnEntrepreneurship l,
                                int[] eligible, int[] county, int n) {
        int m = 0;
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            if (programme[county[i]] == l) {
                int h = eligible[i];
                long key = (long) (r.streams.uniform(r.year, Phase.ACCOUNTING, h, SLOT_KEY) * (1L << 31));
                keyed[m++] = key << 32 | h;
            }
        }
        long[] out = Arrays.copyOf(keyed, m);
        Arrays.sort(out);
        return out;
    }
}

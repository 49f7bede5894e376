package townward.destination;

import townward.labour.Unemployment;
import townward.model.Region;
import townward.place.CensusMortality;
import townward.place.Settlement;
import townward.place.UrbanCohorts;
import townward.scenario.Behaviour;

/**
 * The places' own cohorts who leave the region, and those of them who come back (MODEL.md 10.4): the rate by age
 * rises with the wage gap between the systems and the region's posts and with urban unemployment, the Northeast
 * mechanism. Leavers go to the systems that do not mirror, in shares of their pull (size and distance, 5.3); moves to
 * a mirrored system are matched by as many coming the other way, so they are not simulated. Expected numbers,
 * deterministic. The stock beyond the region ages and dies there (its births are not the region's); a share
 * {@code cohort_return_rate} returns each year to the places, in proportion to their cohorts of the same age.
 */
public final class UrbanEmigrants {
    private static final int GROUPS = UrbanCohorts.GROUPS;
    /** Relative rates by five-year group (MODEL.md 10.4, assumed): 1 at 20-29, 0.6 at 15-19 and 30-34, 0.3 at 35-44. */
    private static final double[] AGE_PROFILE = profile();
    /** The unemployment rate at which the rate is cohort_out_peak · profile when wages are equal (MODEL.md 10.4). */
    private static final double UNEMPLOYMENT_NORM = 0.04;

    private final Behaviour.Cohorts c;
    private final Behaviour beh;
    /** [system][group][sex][hukou], flattened: the region's cohort members beyond it. */
    private final double[] stock;
    private final double[] share;
    private final double[] rate = new double[GROUPS];
    private final double[][][] left = new double[GROUPS][2][2];
    private final double[][][] back = new double[GROUPS][2][2];
    private double leftThisYear;
    private double returnedThisYear;
    private double returnedUrban;

    public UrbanEmigrants(Region r) {
        this.beh = r.scenario.behaviour();
        this.c = beh.cohorts();
        this.stock = new double[r.systems.count() * GROUPS * 4];
        this.share = new double[r.systems.count()];
    }

    private static double[] profile() {
        double[] p = new double[GROUPS];
        java.util.Arrays.fill(p, 0.1);
        p[3] = 0.6;
        p[4] = 1;
        p[5] = 1;
        p[6] = 0.6;
        p[7] = 0.3;
        p[8] = 0.3;
        return p;
    }

    /** The relative rate of leaving at five-year group g (also the age profile of migrants arriving, 10.5). */
    static double ageProfile(int g) {
        return AGE_PROFILE[g];
    }

    private static int at(int k, int g, int sex, int hukou) {
        return ((k * GROUPS + g) * 2 + sex) * 2 + hukou;
    }

    /**
     * This year's rates by group, from last year's wages, posts and unemployment; 0 when every system mirrors (a
     * closed scenario). Also sets the split of leavers over the systems.
     */
    public double[] rates(Region r) {
        Systems sys = r.systems;
        double sysPay = 0;
        double sysPosts = 0;
        double pullSum = 0;
        for (int k = 0; k < sys.count(); k++) {
            share[k] = 0;
            if (!sys.mirrored(k)) {
                share[k] = Math.exp(sys.pull(k, beh));
                pullSum += share[k];
                sysPay += sys.posts(k) * sys.wage(sys.dest(k));
                sysPosts += sys.posts(k);
            }
        }
        double regionWage = UrbanPosts.wage(r);
        if (pullSum == 0 || regionWage <= 0 || sysPay <= 0) {
            java.util.Arrays.fill(rate, 0);
            return rate;
        }
        for (int k = 0; k < share.length; k++) {
            share[k] /= pullSum;
        }
        double gap = Math.log((sysPay / sysPosts) / regionWage);
        double u = Unemployment.urbanRate(r.settlements, UNEMPLOYMENT_NORM);
        double factor = Math.exp(c.wage() * gap + c.unemployment() * (u - UNEMPLOYMENT_NORM));
        for (int g = 0; g < GROUPS; g++) {
            rate[g] = Math.min(1, c.outPeak() * AGE_PROFILE[g] * factor);
        }
        return rate;
    }

    /** The accumulator the cohorts' step adds its leavers to, by [group][sex][hukou]; cleared for this year. */
    public double[][][] leaving() {
        for (double[][] g : left) {
            for (double[] s : g) {
                s[0] = 0;
                s[1] = 0;
            }
        }
        return left;
    }

    /**
     * The year beyond the region: last year's stock ages and dies, a share returns to the places, and this year's
     * leavers join the stock.
     */
    public void step(Region r, CensusMortality mortality) {
        int systems = share.length;
        returnedThisYear = 0;
        returnedUrban = 0;
        leftThisYear = 0;
        for (double[][] g : back) {
            for (double[] s : g) {
                s[0] = 0;
                s[1] = 0;
            }
        }
        for (int k = 0; k < systems; k++) {
            for (int g = GROUPS - 1; g >= 0; g--) {
                double survive = 1 - mortality.rate(g);
                for (int sex = 0; sex < 2; sex++) {
                    for (int hk = 0; hk < 2; hk++) {
                        int i = at(k, g, sex, hk);
                        double n = stock[i] * survive;
                        double returning = n * c.returnRate();
                        back[g][sex][hk] += returning;
                        double rest = n - returning;
                        double ageing = g < GROUPS - 1 ? rest / 5 : 0;
                        stock[i] = rest - ageing;
                        if (g < GROUPS - 1) {
                            stock[at(k, g + 1, sex, hk)] += ageing;
                        }
                        stock[i] += left[g][sex][hk] * share[k];
                    }
                }
            }
        }
        for (int g = 0; g < GROUPS; g++) {
            for (int sex = 0; sex < 2; sex++) {
                leftThisYear += left[g][sex][0] + left[g][sex][1];
            }
        }
        settle(r);
    }

    /** Returners join the places' cohorts of their age, in proportion to each place's. */
    private void settle(Region r) {
        for (int g = 0; g < GROUPS; g++) {
            double total = 0;
            for (Settlement s : r.settlements) {
                total += s.cohorts.group(g);
            }
            if (total <= 0) {
                continue;
            }
            for (Settlement s : r.settlements) {
                double w = s.cohorts.group(g) / total;
                for (int sex = 0; sex < 2; sex++) {
                    for (int hk = 0; hk < 2; hk++) {
                        double n = back[g][sex][hk] * w;
                        s.cohorts.add(g, sex, hk, n);
                        returnedThisYear += n;
                        returnedUrban += s.urban ? n : 0;
                    }
                }
            }
        }
    }

    /** The region's cohort members beyond it, at system k. */
    public double atSystem(int k) {
        double n = 0;
        for (int i = k * GROUPS * 4; i < (k + 1) * GROUPS * 4; i++) {
            n += stock[i];
        }
        return n;
    }

    public double total() {
        double n = 0;
        for (double x : stock) {
            n += x;
        }
        return n;
    }

    public double leftThisYear() {
        return leftThisYear;
    }

    public double returned() {
        return returnedThisYear;
    }

    /** Returners who settled at places urban now (the decomposition of the change in urban residents). */
    public double returnedUrban() {
        return returnedUrban;
    }
}

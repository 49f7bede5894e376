package townward.destination;

import townward.household.Arrangement;
import townward.household.Households;
import townward.household.Whereabouts;
import townward.model.Parallel;
import townward.model.Region;
import townward.people.LifeCourse;
import townward.people.Persons;
import townward.place.CensusMortality;
import townward.place.Settlement;
import townward.place.UrbanCohorts;
import townward.scenario.Behaviour;

/**
 * Persons from the {@code mirror_inflow} systems living in the region's places (MODEL.md 2.2, 10.5): expected
 * numbers per place, system, five-year age group and sex, rural hukou of elsewhere. A mirrored system holds, in
 * the region, as many persons of each age and sex as the region has counted there, so a scenario standing for a
 * whole country stays closed: its migrants to the rest of the country are matched by the rest of the country's
 * migrants to it.
 * <p>
 * [departure] The mirror is kept on the stock: each year the stocks age, and the difference between the region's
 * members at the system and the stock arrives (allocated to the urban places by an URBAN-nest logit of their post
 * wage and size) or leaves (from every place in proportion). Arrivals so include the children born to the region's
 * families there, and departures the returns and deaths; in-migrants do not choose tenure or join the household
 * matching: they hold posts at the incumbents' employment rate and rent outside the tracked stock (MODEL.md 14.5).
 * <p>
 * A system with an {@code inflow} sends arrivals by gravity instead (10.5): the stated number in the first simulated
 * year, moved by China's pool of cross-province migrants and by b_income and b_size times the change since then of
 * ln(the region's expected earnings / the system's) and ln(the region's posts); they arrive at the migrants' ages and
 * leave at the return hazard of 5.9 (age, earnings back home against here, years here) or die (MODEL.md 14.7).
 */
public final class InMigrants {
    private static final int GROUPS = UrbanCohorts.GROUPS;
    private static final int FIRST_WORKING = 3;    // 15-19, as the urban cohorts
    private static final int FIRST_ELDERLY = 12;   // 60-64
    /** Men among arrivals by gravity: migrant workers are mostly men (assumed; the survey's rows are not in data/). */
    private static final double MALE_ARRIVALS = 0.6;
    private final int places;
    private final int systems;
    private final boolean[] mirrored;
    private final double[] inflow;
    /** Arrivals by gravity, shares by [group][sex] (the out-migration age profile on the start's pyramid). */
    private final double[] arrivalProfile;
    /** Mean years in the region of system k's gravity in-migrants. */
    private final double[] years;
    /** The start's terms of the gravity inflow: the migrant pool, ln(E_r/E_s) per system, ln(region's posts). */
    private double pool0;
    private final double[] earningsGap0;
    private double logPosts0;
    /** [place][system][group][sex], flattened. */
    private final double[] stock;
    private double arrivals;
    private double departures;
    /** Net arrivals at the places urban this year, for the decomposition of the change in urban residents. */
    private double netUrban;

    public InMigrants(Region r) {
        this.places = r.settlements.size();
        this.systems = r.systems.count();
        this.mirrored = new boolean[systems];
        this.inflow = new double[systems];
        for (int k = 0; k < systems; k++) {
            mirrored[k] = r.scenario.destinations().get(k).mirrorInflow();
            inflow[k] = r.scenario.destinations().get(k).inflow() * r.scale();
        }
        this.stock = new double[places * systems * GROUPS * 2];
        this.years = new double[systems];
        this.earningsGap0 = new double[systems];
        this.arrivalProfile = arrivalProfile(r.scenario.startYear());
    }

    private static double[] arrivalProfile(int startYear) {
        double[] pyramid = townward.place.CensusPyramid.shares(startYear);
        double[] p = new double[GROUPS * 2];
        double sum = 0;
        for (int g = 0; g < GROUPS; g++) {
            double n = pyramid[g] * UrbanEmigrants.ageProfile(g);
            p[g * 2] = n * MALE_ARRIVALS;
            p[g * 2 + 1] = n * (1 - MALE_ARRIVALS);
            sum += n;
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /** Whether any system mirrors its flows or sends an inflow: otherwise the phase does nothing. */
    public boolean any() {
        for (int k = 0; k < systems; k++) {
            if (mirrored[k] || inflow[k] > 0) {
                return true;
            }
        }
        return false;
    }

    private int at(int s, int k, int g, int sex) {
        return ((s * systems + k) * GROUPS + g) * 2 + sex;
    }

    /** In-migrants living at place s. */
    public double at(int s) {
        double n = 0;
        for (int i = s * systems * GROUPS * 2; i < (s + 1) * systems * GROUPS * 2; i++) {
            n += stock[i];
        }
        return n;
    }

    /** In-migrants of five-year group g and sex at place s. */
    public double count(int s, int g, int sex) {
        double n = 0;
        for (int k = 0; k < systems; k++) {
            n += stock[at(s, k, g, sex)];
        }
        return n;
    }

    /** In-migrants of five-year group g at place s. */
    public double group(int s, int g) {
        return count(s, g, 0) + count(s, g, 1);
    }

    /** In-migrants from system k (an index among the systems) in the whole region. */
    public double fromSystem(int k) {
        double n = 0;
        for (int s = 0; s < places; s++) {
            for (int i = at(s, k, 0, 0); i < at(s, k, 0, 0) + GROUPS * 2; i++) {
                n += stock[i];
            }
        }
        return n;
    }

    public double arrivals() {
        return arrivals;
    }

    public double departures() {
        return departures;
    }

    public double netUrban() {
        return netUrban;
    }

    /**
     * The year's in-migration: the stocks of mirrored systems set to the mirror of the region's members counted
     * there, then the gravity arrivals and departures. At the start the mirrored stocks are empty and all of it
     * arrives without being counted as this year's flow; the gravity terms of the start are recorded.
     */
    public void step(Region r, boolean start) {
        arrivals = 0;
        departures = 0;
        netUrban = 0;
        if (!any()) {
            return;
        }
        if (!start) {
            age();
        }
        double[] weight = placeWeights(r);
        mirror(r, weight);
        if (start) {
            arrivals = 0;
            departures = 0;
            netUrban = 0;
        } else {
            gravity(r, weight);
        }
        for (Settlement s : r.settlements) {
            s.inMigrantsWorkingAge = workingAge(s.index);
        }
    }

    private void mirror(Region r, double[] weight) {
        double[] target = membersAtSystems(r);
        for (int k = 0; k < systems; k++) {
            if (!mirrored[k]) {
                continue;
            }
            for (int g = 0; g < GROUPS; g++) {
                for (int sex = 0; sex < 2; sex++) {
                    double have = 0;
                    for (int s = 0; s < places; s++) {
                        have += stock[at(s, k, g, sex)];
                    }
                    double change = target[(k * GROUPS + g) * 2 + sex] - have;
                    for (int s = 0; s < places; s++) {
                        int i = at(s, k, g, sex);
                        // arrivals by the places' pull; departures from everywhere alike
                        double d = change >= 0 ? change * weight[s] : have > 0 ? change * stock[i] / have : 0;
                        stock[i] += d;
                        netUrban += r.settlements.get(s).urban ? d : 0;
                    }
                    arrivals += Math.max(0, change);
                    departures += Math.max(0, -change);
                }
            }
        }
    }

    /** The first simulated year's terms, after a labour market has set the chances of a post the earnings use. */
    private void gravityBase(Region r) {
        pool0 = MigrantPool.in(r.year);
        double earnings = UrbanPosts.expectedEarnings(r);
        for (int k = 0; k < systems; k++) {
            earningsGap0[k] = Math.log(earnings / r.systems.expectedMonthly(r.systems.dest(k)));
        }
        logPosts0 = Math.log(UrbanPosts.count(r));
    }

    /** Departures at the return hazard and deaths, then this year's arrivals, for each system with an inflow. */
    private void gravity(Region r, double[] weight) {
        Behaviour.Return c = r.scenario.behaviour().returns();
        Behaviour b = r.scenario.behaviour();
        if (pool0 == 0) {
            gravityBase(r);
        }
        CensusMortality mortality = new CensusMortality(r.scenario.demography(), r.year);
        double earnings = UrbanPosts.expectedEarnings(r);
        double logPosts = Math.log(UrbanPosts.count(r));
        double pool = MigrantPool.in(r.year) / pool0;
        for (int k = 0; k < systems; k++) {
            if (inflow[k] <= 0) {
                continue;
            }
            double origin = r.systems.expectedMonthly(r.systems.dest(k));
            double gap = Math.log(earnings / origin);
            double stayed = 0;
            for (int g = 0; g < GROUPS; g++) {
                // the return hazard at the group's middle age, its origin's earnings against the region's
                double back = ReturnHazard.hazard(c, g * 5 + 2.5, false, origin, earnings, years[k], false, false);
                double leave = Math.min(1, back + mortality.rate(g));
                for (int sex = 0; sex < 2; sex++) {
                    for (int s = 0; s < places; s++) {
                        int i = at(s, k, g, sex);
                        double d = stock[i] * leave;
                        stock[i] -= d;
                        departures += d;
                        netUrban -= r.settlements.get(s).urban ? d : 0;
                        stayed += stock[i];
                    }
                }
            }
            double n = inflow[k] * pool * Math.exp(b.bIncome() * (gap - earningsGap0[k])
                    + b.bSize() * (logPosts - logPosts0));
            for (int g = 0; g < GROUPS; g++) {
                for (int sex = 0; sex < 2; sex++) {
                    for (int s = 0; s < places; s++) {
                        double a = n * arrivalProfile[g * 2 + sex] * weight[s];
                        stock[at(s, k, g, sex)] += a;
                        netUrban += r.settlements.get(s).urban ? a : 0;
                    }
                }
            }
            arrivals += n;
            years[k] = stayed + n > 0 ? (years[k] + 1) * stayed / (stayed + n) : 0;
        }
    }

    private double workingAge(int s) {
        double n = 0;
        for (int g = FIRST_WORKING; g < FIRST_ELDERLY; g++) {
            n += group(s, g);
        }
        return n;
    }

    /** A fifth of each five-year group ages into the next, as the urban cohorts. */
    private void age() {
        for (int base = 0; base < stock.length; base += GROUPS * 2) {
            for (int g = GROUPS - 2; g >= 0; g--) {
                for (int sex = 0; sex < 2; sex++) {
                    double ageing = stock[base + g * 2 + sex] / 5;
                    stock[base + g * 2 + sex] -= ageing;
                    stock[base + (g + 1) * 2 + sex] += ageing;
                }
            }
        }
    }

    /** The region's members counted at each system this year, [system][group][sex]; families in parallel chunks. */
    private double[] membersAtSystems(Region r) {
        Households hh = r.households;
        Persons p = r.persons;
        double monthsAway = r.scenario.behaviour().monthsAway();
        int n = systems * GROUPS * 2;
        double[][] parts = new double[Parallel.chunks(hh.size())][];
        r.parallel.forRange(hh.size(), (from, to) -> {
            double[] part = new double[n];
            for (int h = from; h < to; h++) {
                if (hh.alive(h) && hh.apart(h) > 0 && monthsAway >= 6) {
                    apartAtSystems(r, p, h, part);
                }
                if (!hh.alive(h) || !r.isSystem(hh.away(h)) || !mirrored[r.systems.of(hh.away(h))]) {
                    continue;
                }
                int arr = hh.arrangement(h);
                if (Arrangement.loneWorkers(arr) && monthsAway < 6) {
                    continue;   // counted at home (the six-month rule)
                }
                int k = r.systems.of(hh.away(h));
                int accompanying = Whereabouts.anchor(p, h, arr);
                for (int i = p.first(h); i < p.end(h); i++) {
                    if (Whereabouts.away(p, i, arr, accompanying)) {
                        part[(k * GROUPS + LifeCourse.ageGroup(p.age(i))) * 2 + p.sex(i)]++;
                    }
                }
            }
            parts[from / Parallel.CHUNK] = part;
        });
        double[] out = new double[n];
        for (double[] part : parts) {
            for (int i = 0; i < n; i++) {
                out[i] += part[i];
            }
        }
        return out;
    }

    /** Members of family h living apart (MODEL.md 5.8) at a mirrored system, added to {@code part}. */
    private void apartAtSystems(Region r, Persons p, int h, double[] part) {
        for (int i = p.first(h); i < p.end(h); i++) {
            int d = p.alone(i);
            if (d != Persons.NONE && r.isSystem(d) && mirrored[r.systems.of(d)]) {
                part[(r.systems.of(d) * GROUPS + LifeCourse.ageGroup(p.age(i))) * 2 + p.sex(i)]++;
            }
        }
    }

    /**
     * Shares of the arrivals by place: the URBAN nest's terms an in-migrant can weigh without a home in the region,
     * b_income·ln(post wage) + b_size·ln(posts), over the places urban now.
     */
    private static double[] placeWeights(Region r) {
        Behaviour b = r.scenario.behaviour();
        double[] v = new double[r.settlements.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (Settlement s : r.settlements) {
            if (s.urban) {
                v[s.index] = b.bIncome() * Math.log(Math.max(1, s.postWage()))
                        + b.bSize() * Math.log(Math.max(1, s.posts));
                max = Math.max(max, v[s.index]);
            }
        }
        double sum = 0;
        for (Settlement s : r.settlements) {
            v[s.index] = s.urban ? Math.exp(v[s.index] - max) : 0;
            sum += v[s.index];
        }
        for (int s = 0; s < v.length; s++) {
            v[s] = sum > 0 ? v[s] / sum : 0;
        }
        return v;
    }
}

package townward.destination;

import townward.household.Arrangement;
import townward.household.Households;
import townward.household.Whereabouts;
import townward.model.Parallel;
import townward.model.Region;
import townward.people.LifeCourse;
import townward.people.Persons;
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
 */
public final class InMigrants {
    private static final int GROUPS = UrbanCohorts.GROUPS;
    private static final int FIRST_WORKING = 3;    // 15-19, as the urban cohorts
    private static final int FIRST_ELDERLY = 12;   // 60-64
    private final int places;
    private final int systems;
    private final boolean[] mirrored;
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
        for (int k = 0; k < systems; k++) {
            mirrored[k] = r.scenario.destinations().get(k).mirrorInflow();
        }
        this.stock = new double[places * systems * GROUPS * 2];
    }

    /** Whether any system mirrors its flows: otherwise the region has no in-migrants and the phase does nothing. */
    public boolean any() {
        for (boolean m : mirrored) {
            if (m) {
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
     * Sets the stocks to the mirror of the region's members counted at each mirrored system. At the start the
     * stocks are empty and all of it arrives without being counted as this year's flow.
     */
    public void mirror(Region r, boolean start) {
        arrivals = 0;
        departures = 0;
        netUrban = 0;
        if (!any()) {
            return;
        }
        if (!start) {
            age();
        }
        double[] target = membersAtSystems(r);
        double[] weight = placeWeights(r);
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
        if (start) {
            arrivals = 0;
            departures = 0;
            netUrban = 0;
        }
        for (Settlement s : r.settlements) {
            s.inMigrantsWorkingAge = workingAge(s.index);
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
                if (!hh.alive(h) || !r.isSystem(hh.away(h)) || !mirrored[r.systems.of(hh.away(h))]) {
                    continue;
                }
                int arr = hh.arrangement(h);
                if (Arrangement.loneWorkers(arr) && monthsAway < 6) {
                    continue;   // counted at home (the six-month rule)
                }
                int k = r.systems.of(hh.away(h));
                int accompanying = Whereabouts.accompanyingAdult(p, h, arr);
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
                v[s.index] = b.bIncome() * Math.log(Math.max(1, s.wage * (1 + s.wagePremium)))
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

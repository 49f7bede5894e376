package townward.model;

import java.util.Map;
import townward.household.Arrangement;
import townward.household.Households;
import townward.household.Residence;
import townward.household.Stage;
import townward.household.Tenure;
import townward.labour.Unemployment;
import townward.people.Persons;
import townward.place.Settlement;
import townward.place.Village;
import townward.scenario.PlaceKind;

/**
 * Phase 9: the metrics of MODEL.md section 7 for this year, in real units (simulated counts divided by scale),
 * handed to the sink in a fixed order. Residents are counted by the six-month rule; {@code outside} is excluded
 * from the region's residents.
 */
public final class Recording implements YearPhase {
    public static final String REGION = "region";
    private static final String[] GOLD_KEYS = {"wages", "dividends", "rent", "security", "land_farmed",
        "land_transferred", "land_subsidy"};
    private final MetricSink sink;
    /** Filled urban posts at the end of last year (NaN before the start year), for their net change. */
    private double filledLastYear = Double.NaN;

    /** Chunks' logs of double sums, reused from year to year (RuralIncome). */
    private OrderedSums.Pool sumsPool;
    private OrderedSums.Pool passPool;

    public Recording(MetricSink sink) {
        this.sink = sink;
    }

    /** A pool of chunk logs of {@code sums} sums, kept for the next years. */
    OrderedSums.Pool sumsPool(int sums) {
        if (sumsPool == null || sumsPool.sums() != sums) {
            sumsPool = new OrderedSums.Pool(sums);
        }
        return sumsPool;
    }

    void put(Region r, String place, String metric, double value) {
        sink.record(r.year, place, metric, value);
    }

    @Override
    public void run(Region r) {
        double scale = r.scale();
        Households hh = r.households;
        double monthsAway = r.scenario.behaviour().monthsAway();
        Census census = Census.take(r);
        double[] atVillage = census.atVillage;
        double[] population = census.population;
        Pass pass = households(r, monthsAway);
        double urbanHukou = pass.urbanHukou;
        double commuters = pass.commuters;
        double adultsHome = pass.adultsHome;
        double accompanying = pass.accompanying;
        double[] tenureStock = new double[Tenure.COUNT];
        for (int k = 0; k < Tenure.COUNT; k++) {
            tenureStock[k] = pass.tenureStock[k];
        }
        double[] land = new double[LAND];   // farmed, entrusted, transferred, idle, exited
        System.arraycopy(pass.totals, LAND_AT, land, 0, LAND);
        double[] apart = {pass.apart[0], pass.apart[1]};   // members living apart: all, at systems
        double urban = 0;
        double rural = 0;
        for (Settlement s : r.settlements) {
            urbanHukou += s.cohorts.urbanHukou();
            if (s.urban) {
                urban += population[s.index];
            } else {
                rural += population[s.index];
            }
        }
        double[] builtUp = population.clone();
        for (Village v : r.villages) {
            if (v.urban) {
                urban += atVillage[v.index];
                if (v.urbanOf >= 0) {
                    builtUp[v.urbanOf] += atVillage[v.index];
                }
            } else {
                rural += atVillage[v.index];
            }
        }
        double residents = urban + rural;
        Tally t = r.tally;
        if (Double.isNaN(t.urbanResidentsAtStart)) {
            t.urbanResidentsAtStart = urban;
        }
        put(r, REGION, "urbanization_rate", residents > 0 ? urban / residents : 0);
        put(r, REGION, "hukou_urbanization_rate", residents > 0 ? urbanHukou / residents : 0);
        put(r, REGION, "residents", residents / scale);
        put(r, REGION, "urban_residents", urban / scale);
        put(r, REGION, "rural_residents", rural / scale);
        decomposition(r, urban);
        put(r, REGION, "urban_residents_gained", (urban - t.urbanResidentsAtStart) / scale);
        put(r, REGION, "births", t.births / scale);
        put(r, REGION, "deaths", t.deaths / scale);
        put(r, REGION, "crude_birth_rate", residents > 0 ? 1000 * t.residentBirths / residents : 0);
        put(r, REGION, "crude_death_rate", residents > 0 ? 1000 * t.residentDeaths / residents : 0);
        put(r, REGION, "marriages", t.marriages / scale);
        put(r, REGION, "married_out", t.marriedOut / scale);
        put(r, REGION, "left_region", t.leftRegion / scale);
        put(r, REGION, "households_formed", t.householdsFormed / scale);
        people(r, PeopleCensus.take(r));
        put(r, REGION, "out_migrants", t.outMigrants / scale);
        put(r, REGION, "out_migrants_urban", t.outMigrantsUrban / scale);
        put(r, REGION, "out_migrants_rural", t.outMigrantsRural / scale);
        put(r, REGION, "cohort_returners", r.urbanEmigrants.returned() / scale);
        put(r, REGION, "cohort_emigrants", r.urbanEmigrants.total() / scale);
        put(r, REGION, "returners", t.returners / scale);
        put(r, REGION, "youth_apart", apart[0] / scale);
        put(r, REGION, "youth_apart_outside", apart[1] / scale);
        put(r, REGION, "youth_left_family", t.youthLeft / scale);
        put(r, REGION, "youth_rejoined_family", t.youthRejoined / scale);
        put(r, REGION, "youth_moved_apart", t.youthMoved / scale);
        Students.record(r, this);
        put(r, REGION, "returners_attributable", t.returnersAttributable / scale);
        put(r, REGION, "return_businesses", t.returnBusinesses / scale);
        put(r, REGION, "population_outside", census.beyondRegion(r) / scale);
        put(r, REGION, "in_migrants", inMigrants(r) / scale);
        systems(r, census);
        movers(r);
        jobs(r, commuters);
        put(r, REGION, "commuting_share", adultsHome > 0 ? commuters / adultsHome : 0);
        housing(r, tenureStock);
        schools(r, accompanying);
        landAndHomestead(r, land);
        golds(r);
        RuralIncome.record(r, this);
        costs(r);
        counties(r, census);
        places(r, population, builtUp, atVillage);
        t.urbanResidentsBefore = urban;
    }

    /** Census households, pupils by school location, left-behind and accompanying children, the age pyramid. */
    private void people(Region r, PeopleCensus c) {
        double scale = r.scale();
        put(r, REGION, "household_size_census", c.households.size());
        put(r, REGION, "compulsory_education_urbanization", c.compulsoryUrbanization());
        double primary = c.pupils[Stage.PRIMARY];
        put(r, REGION, "primary_pupils_village_share", primary > 0 ? c.ruralSchool[Stage.PRIMARY] / primary : 0);
        for (int st = Stage.PRIMARY; st <= Stage.JUNIOR; st++) {
            double all = c.pupils[st];
            put(r, REGION, "left_behind_pupils_" + Stage.key(st) + "_share", all > 0 ? c.leftBehindPupils[st] / all : 0);
        }
        put(r, REGION, "left_behind_children", c.leftBehindChildren / scale);
        put(r, REGION, "left_behind_children_share", c.ruralChildren > 0 ? c.leftBehindChildren / c.ruralChildren : 0);
        put(r, REGION, "accompanying_children", c.accompanyingChildren / scale);
        put(r, REGION, "bused_pupils", c.busedPupils / scale);
        put(r, REGION, "pupils_transferred", r.tally.pupilsTransferred / scale);
        String[] sexes = {"male", "female"};
        String[] residence = {"rural", "urban"};
        String[] hukou = {"rural_hukou", "urban_hukou"};
        for (int g = 0; g < PeopleCensus.GROUPS; g++) {
            String place = g < PeopleCensus.GROUPS - 1 ? "age:" + 5 * g + "-" + (5 * g + 4) : "age:" + 5 * g + "+";
            for (int sex = 0; sex < 2; sex++) {
                for (int u = 0; u < 2; u++) {
                    for (int k = 0; k < 2; k++) {
                        put(r, place, "persons_" + sexes[sex] + "_" + residence[u] + "_" + hukou[k],
                                c.pyramid[g][sex][u][k] / scale);
                    }
                }
            }
        }
    }

    /**
     * Adds the youth of family h living apart (MODEL.md 5.8; students are not among them) to {@code apart}: all of
     * them, and those at the systems; returns those with urban hukou counted in the region (a student's or
     * graduate's own hukou, 10.3, else the family's).
     */
    private static int countApart(Region r, int h, long[] apart, boolean urbanFamily) {
        Persons p = r.persons;
        boolean monthsThere = r.scenario.behaviour().monthsAway() >= 6;
        int inRegion = 0;
        for (int i = p.first(h); i < p.end(h); i++) {
            if (p.apart(i)) {
                boolean outside = r.isSystem(p.alone(i));
                boolean student = p.studying(i);
                apart[0] += student ? 0 : 1;
                apart[1] += outside && !student ? 1 : 0;
                boolean urban = urbanFamily || p.is(i, Persons.URBAN_HUKOU);
                inRegion += outside && (monthsThere || student) || !urban ? 0 : 1;
            }
        }
        return inRegion;
    }

    private static void addLand(Households hh, int h, OrderedSums land) {
        double free = hh.landUntransferred(h);
        int arr = hh.arrangement(h);
        boolean adultsHome = hh.adults(h) > Residence.adultsAway(hh, h, arr);
        boolean elderlyHome = hh.elderly(h) > 0 && arr != Arrangement.TOGETHER_AWAY;
        land.add(LAND_AT + (adultsHome ? 0 : elderlyHome ? 1 : 3), free);
        land.add(LAND_AT + 2, hh.landTransferred(h));
        land.add(LAND_AT + 4, hh.landExited(h));
    }

    // the double sums of the households' pass, kept in the serial loop's order (OrderedSums)
    private static final int LAND = 5;
    private static final int LAND_AT = 0;
    private static final int SUMS = LAND_AT + LAND;

    /**
     * One pass over the households for the region's counts and land: a chunk's part, then the whole. (The golds stay
     * a serial loop: seven float addends per group and household, where keeping each addend for the serial order
     * costs more than the sum.)
     */
    private static final class Pass {
        long urbanHukou;
        long commuters;
        long adultsHome;
        long accompanying;
        final long[] tenureStock = new long[Tenure.COUNT];
        final long[] apart = new long[2];
        final OrderedSums sums;
        double[] totals;

        Pass(OrderedSums sums) {
            this.sums = sums;
        }

        void add(Pass o) {
            urbanHukou += o.urbanHukou;
            commuters += o.commuters;
            adultsHome += o.adultsHome;
            accompanying += o.accompanying;
            for (int k = 0; k < tenureStock.length; k++) {
                tenureStock[k] += o.tenureStock[k];
            }
            apart[0] += o.apart[0];
            apart[1] += o.apart[1];
            o.sums.addTo(totals);
        }
    }

    /** Households are counted in parallel chunks: whole numbers per chunk, double sums in household order. */
    private Pass households(Region r, double monthsAway) {
        Households hh = r.households;
        Pass all = new Pass(null);
        all.totals = new double[SUMS];
        if (passPool == null) {
            passPool = new OrderedSums.Pool(SUMS);
        }
        OrderedSums.Pool pool = passPool;
        r.parallel.forChunks(hh.size(), (from, to) -> {
            Pass part = new Pass(pool.take());
            for (int h = from; h < to; h++) {
                if (hh.alive(h)) {
                    household(r, h, monthsAway, part);
                }
            }
            return part;
        }, part -> {
            all.add(part);
            pool.give(part.sums);
        });
        return all;
    }

    private static void household(Region r, int h, double monthsAway, Pass part) {
        Households hh = r.households;
        OrderedSums sums = part.sums;
        if (hh.urbanHukou(h)) {
            int away = Residence.countedAway(hh, h, monthsAway);   // boarders count in the region either way
            part.urbanHukou += hh.persons(h) - (r.isSystem(hh.away(h)) ? away : 0);
        }
        part.commuters += hh.commuters(h);
        part.adultsHome += Residence.workersHome(hh, h, hh.arrangement(h));
        part.accompanying += hh.arrangement(h) == Arrangement.ACCOMPANY ? 1 : 0;
        part.tenureStock[hh.tenure(h)]++;
        addLand(hh, h, sums);
        if (hh.apart(h) > 0) {
            part.urbanHukou += countApart(r, h, part.apart, hh.urbanHukou(h));
        }
    }

    private void decomposition(Region r, double urban) {
        Tally t = r.tally;
        double scale = r.scale();
        double before = Double.isNaN(t.urbanResidentsBefore) ? urban : t.urbanResidentsBefore;
        double change = urban - before;
        double natural = t.urbanBirths - t.urbanDeaths;
        double out = r.urbanEmigrants.returnedUrban() - t.urbanOutMigrants;
        double reclass = t.reclassifiedPersons;
        double in = r.inMigrants.netUrban();
        put(r, REGION, "urban_residents_added", change / scale);
        put(r, REGION, "change_natural", natural / scale);
        put(r, REGION, "change_out_migration", out / scale);
        put(r, REGION, "change_reclassification", reclass / scale);
        put(r, REGION, "change_in_migration", in / scale);
        // the rest: households' moves, and births, deaths and ageing among movers' members
        put(r, REGION, "change_migration", (change - natural - out - reclass - in) / scale);
    }

    private static double inMigrants(Region r) {
        double n = 0;
        for (Settlement s : r.settlements) {
            n += r.inMigrants.at(s.index);
        }
        return n;
    }

    /** Per destination system: the region's members there, this year's movers to it and returners from it. */
    private void systems(Region r, Census census) {
        Tally t = r.tally;
        double scale = r.scale();
        for (int k = 0; k < r.systems.count(); k++) {
            int d = r.systems.dest(k);
            String system = "system:" + r.scenario.destinations().get(k).name();
            put(r, system, "members", census.atSettlement[d] / scale);
            put(r, system, "movers_to", t.moversTo[d] / scale);
            put(r, system, "returners", t.returnersFrom[d] / scale);
            put(r, system, "in_migrants", r.inMigrants.fromSystem(k) / scale);
            put(r, system, "cohort_emigrants", r.urbanEmigrants.atSystem(k) / scale);
        }
        put(r, REGION, "in_migrant_arrivals", r.inMigrants.arrivals() / scale);
        put(r, REGION, "in_migrant_departures", r.inMigrants.departures() / scale);
    }

    private void movers(Region r) {
        Tally t = r.tally;
        double scale = r.scale();
        double total = 0;
        for (double m : t.moversByArrangement) {
            total += m;
        }
        put(r, REGION, "movers", total / scale);
        put(r, REGION, "mover_households", t.moverHouseholds / scale);
        put(r, REGION, "mover_households_formed_this_year", t.newMoverHouseholds / scale);
        for (int m = 0; m < Tally.MOTIVES.length; m++) {
            put(r, REGION, "movers_" + Tally.MOTIVES[m], t.moversByMotive[m] / scale);
        }
        for (int a = Arrangement.WORKERS_AWAY; a < Arrangement.COUNT; a++) {
            put(r, REGION, "movers_" + Arrangement.key(a), t.moversByArrangement[a] / scale);
        }
        put(r, REGION, "relocated_households", t.relocatedHouseholds / scale);
        put(r, REGION, "hukou_conversions", t.hukouConversions / scale);
        for (int c = 0; c < r.countyNames.size(); c++) {
            put(r, "county:" + r.countyNames.get(c), "movers_from", t.moversFromCounty[c] / scale);
        }
        double toSystems = 0;
        for (int d = r.settlements.size(); d < r.destinations(); d++) {
            toSystems += t.moversTo[d];
        }
        put(r, "outside", "movers_to", toSystems / scale);
        double toUrban = 0;
        for (Settlement s : r.settlements) {
            toUrban += s.urban ? t.moversTo[s.index] : 0;
        }
        t.moversToUrbanSinceStart += toUrban;
        put(r, REGION, "movers_to_urban", toUrban / scale);
        put(r, REGION, "movers_to_urban_cumulative", t.moversToUrbanSinceStart / scale);
    }

    private void jobs(Region r, double commuters) {
        double scale = r.scale();
        double posts = 0;
        double filled = 0;
        double hires = 0;
        double informal = 0;
        double flexibleJobs = 0;
        double flexibleWorkers = 0;
        for (Settlement s : r.settlements) {
            if (s.urban) {
                posts += s.posts;
                filled += s.postsFilled();
                hires += s.hires;
                informal += s.informalWorkers;
                flexibleJobs += s.flexibleJobs;
                flexibleWorkers += s.flexibleWorkers;
            }
        }
        put(r, REGION, "posts", posts / scale);
        put(r, REGION, "posts_filled", filled / scale);
        put(r, REGION, "posts_filled_added", Double.isNaN(filledLastYear) ? 0 : (filled - filledLastYear) / scale);
        filledLastYear = filled;
        put(r, REGION, "urban_hires", hires / scale);
        put(r, REGION, "informal_workers", informal / scale);
        put(r, REGION, "informal_share", filled + informal > 0 ? informal / (filled + informal) : 0);
        put(r, REGION, "vacancies", Math.max(0, posts - filled) / scale);   // sums of doubles: no -1e-9
        put(r, REGION, "posts_added", r.tally.postsAdded / scale);
        put(r, REGION, "flexible_jobs", flexibleJobs / scale);
        put(r, REGION, "flexible_workers", flexibleWorkers / scale);
        put(r, REGION, "commuters", commuters / scale);
        put(r, REGION, "trained", r.tally.trained / scale);
        put(r, REGION, "unemployment_rate", Unemployment.urbanRate(r.settlements, 0));
    }

    private void housing(Region r, double[] tenureStock) {
        double scale = r.scale();
        Tally t = r.tally;
        for (int k = Tenure.MARKET_RENT; k < Tenure.COUNT; k++) {
            put(r, REGION, "housing_taken_" + Tenure.key(k), t.takenByTenure[k] / scale);
            put(r, REGION, "households_" + Tenure.key(k), tenureStock[k] / scale);
        }
        for (int k = 0; k < Tenure.SCHEME_COUNT; k++) {
            put(r, REGION, "housing_scheme_" + Tenure.schemeKey(k), t.takenByScheme[k] / scale);
        }
        double market = 0;
        double rental = 0;
        double let = 0;
        double affordable = 0;
        double swap = 0;
        for (Settlement s : r.settlements) {
            market += s.marketUnits;
            rental += s.rentalUnits;
            let += s.rentalsLet;
            affordable += s.affordableRentUnits + s.affordableSaleUnits + s.purchasedRentUnits + s.purchasedSaleUnits;
            swap += s.swapFlats;
        }
        put(r, REGION, "market_units", market / scale);
        put(r, REGION, "rental_units", rental / scale);
        put(r, REGION, "rentals_let", let / scale);
        put(r, REGION, "affordable_units", affordable / scale);
        put(r, REGION, "swap_flats", swap / scale);
        put(r, REGION, "flats_purchased", t.flatsPurchased / scale);
    }

    private void schools(Region r, double accompanying) {
        double scale = r.scale();
        int open = 0;
        for (Village v : r.villages) {
            open += v.schoolOpen && !v.urban ? 1 : 0;
        }
        put(r, REGION, "village_schools_open", open);
        put(r, REGION, "village_schools_closed", r.tally.villageSchoolsClosed);
        put(r, REGION, "accompanying_parents", accompanying / scale);
        put(r, REGION, "seats_added", r.tally.seatsAdded / scale);
        for (int st = Stage.PRIMARY; st < Stage.COUNT; st++) {
            double used = 0;
            for (Settlement s : r.settlements) {
                used += s.usedSeats[st];
            }
            put(r, REGION, "seats_used_" + Stage.key(st), used / scale);
        }
    }

    private void landAndHomestead(Region r, double[] land) {
        double scale = r.scale();
        Tally t = r.tally;
        put(r, REGION, "land_farmed_mu", land[0] / scale);
        put(r, REGION, "land_entrusted_mu", land[1] / scale);
        put(r, REGION, "land_transferred_mu", land[2] / scale);
        put(r, REGION, "land_idle_mu", land[3] / scale);
        put(r, REGION, "land_exited_mu", land[4] / scale);
        put(r, REGION, "homestead_swapped_m2", t.homesteadSwappedM2 / scale);
        put(r, REGION, "homestead_exited_m2", t.homesteadExitedM2 / scale);
        put(r, REGION, "quota_mu", t.quotaMu / scale);
        put(r, REGION, "quota_value", t.quotaMu * r.scenario.economy().quotaValuePerMu() / scale);
    }

    /** Mean golds per household of movers (moved during the run and living away), stayers (never moved), all. */
    private void golds(Region r) {
        Households hh = r.households;
        double[][] sum = new double[3][Households.GOLDS + 1];
        double[] net = new double[3];
        double[] count = new double[3];
        double betterOff = 0;
        double betterOffReal = 0;
        double cpi = cpi(r, r.year);
        for (int h = 0; h < hh.size(); h++) {
            if (!hh.alive(h)) {
                continue;
            }
            boolean mover = hh.is(h, Households.EVER_MOVED) && hh.arrangement(h) != Arrangement.TOGETHER_HOME;
            boolean stayer = !hh.is(h, Households.EVER_MOVED);
            double total = hh.goldsTotal(h);
            for (int group = 0; group < 3; group++) {
                if (group == 0 && !mover || group == 1 && !stayer) {
                    continue;
                }
                count[group]++;
                for (int g = 0; g < Households.GOLDS; g++) {
                    sum[group][g] += hh.gold(h, g);
                }
                sum[group][Households.GOLDS] += total;
                net[group] += hh.netIncome(h);
            }
            if (mover && total >= hh.incomeBefore(h)) {
                betterOff++;
            }
            if (mover && total / cpi >= hh.incomeBefore(h) / cpi(r, hh.incomeBeforeYear(h))) {
                betterOffReal++;
            }
        }
        String[] groups = {"movers", "stayers", "all"};
        for (int group = 0; group < 3; group++) {
            for (int g = 0; g <= Households.GOLDS; g++) {
                String key = g < Households.GOLDS ? GOLD_KEYS[g] : "total";
                put(r, REGION, "gold_" + key + "_" + groups[group], count[group] > 0 ? sum[group][g] / count[group] : 0);
            }
            double total = count[group] > 0 ? sum[group][Households.GOLDS] / count[group] : 0;
            double netMean = count[group] > 0 ? net[group] / count[group] : 0;
            put(r, REGION, "gold_net_" + groups[group], netMean);
            put(r, REGION, "gold_total_" + groups[group] + "_real", total / cpi);
            put(r, REGION, "gold_net_" + groups[group] + "_real", netMean / cpi);
        }
        put(r, REGION, "better_off_share", count[0] > 0 ? betterOff / count[0] : 0);
        put(r, REGION, "better_off_share_real", count[0] > 0 ? betterOffReal / count[0] : 0);
    }

    /** Consumer price index of a year, the start year = 1 ({@code economy.cpi_growth}). */
    private static double cpi(Region r, int year) {
        return Math.pow(1 + r.scenario.economy().cpiGrowth(), year - r.scenario.startYear());
    }

    private void costs(Region r) {
        double total = 0;
        for (Map.Entry<String, Double> e : r.costs.thisYear().entrySet()) {
            put(r, REGION, "cost_" + e.getKey(), e.getValue());
            total += e.getValue();
        }
        put(r, REGION, "cost_total", total);
    }

    /** Residents and urbanization of each county: its places and village clusters (MODEL.md section 7). */
    private void counties(Region r, Census census) {
        int n = r.countyNames.size();
        double[][] counties = census.counties(r);
        double[] all = counties[0];
        double[] urban = counties[1];
        for (int c = 0; c < n; c++) {
            String place = "county:" + r.countyNames.get(c);
            put(r, place, "urbanization_rate", all[c] > 0 ? urban[c] / all[c] : 0);
            put(r, place, "residents", all[c] / r.scale());
            put(r, place, "urban_residents", urban[c] / r.scale());
        }
    }

    private void places(Region r, double[] population, double[] builtUp, double[] atVillage) {
        double scale = r.scale();
        double[] seatedRural = new double[r.settlements.size()];
        for (Village v : r.villages) {
            seatedRural[v.seat] += v.urban ? 0 : atVillage[v.index];
        }
        double[] byKind = new double[PlaceKind.values().length];
        for (Settlement s : r.settlements) {
            String n = s.name();
            byKind[s.kind().ordinal()] += population[s.index];
            put(r, n, "population", population[s.index] / scale);
            put(r, n, "urban", s.urban ? 1 : 0);
            put(r, n, "built_up_residents", builtUp[s.index] / scale);
            if (s.urban) {   // the town-area (镇域) rate: the place and the rural clusters seated at it
                double area = builtUp[s.index] + seatedRural[s.index];
                put(r, n, "area_urbanization_rate", area > 0 ? builtUp[s.index] / area : 0);
            }
            put(r, n, "posts", s.posts / scale);
            put(r, n, "posts_filled", s.postsFilled() / scale);
            put(r, n, "vacancies", s.vacancies() / scale);
            put(r, n, "commuters", s.commuters / scale);
            put(r, n, "employment_rate", s.employmentRate());
            put(r, n, "urban_hires", s.hires / scale);
            put(r, n, "informal_workers", s.informalWorkers / scale);
            put(r, n, "hire_chance", s.hireChance);
            put(r, n, "informal_chance", s.informalChance);
            put(r, n, "flexible_jobs", s.flexibleJobs / scale);
            put(r, n, "flexible_workers", s.flexibleWorkers / scale);
            put(r, n, "wage", s.postWage() * r.wageIndex);
            put(r, n, "price", s.price);
            put(r, n, "market_units", s.marketUnits / scale);
            put(r, n, "rental_units", s.rentalUnits / scale);
            put(r, n, "rentals_let", s.rentalsLet / scale);
            put(r, n, "affordable_units",
                    (s.affordableRentUnits + s.affordableSaleUnits + s.purchasedRentUnits + s.purchasedSaleUnits) / scale);
            put(r, n, "swap_flats", s.swapFlats / scale);
            for (int st = Stage.PRIMARY; st < Stage.COUNT; st++) {
                put(r, n, "seats_used_" + Stage.key(st), s.usedSeats[st] / scale);
            }
            put(r, n, "movers_to", r.tally.moversTo[s.index] / scale);
        }
        for (Village v : r.villages) {
            byKind[PlaceKind.VILLAGE.ordinal()] += atVillage[v.index];
            if (v.listed) {
                put(r, v.name, "population", atVillage[v.index] / scale);
            }
        }
        for (PlaceKind k : PlaceKind.values()) {
            put(r, "kind:" + k.key(), "population", byKind[k.ordinal()] / scale);
        }
    }

}

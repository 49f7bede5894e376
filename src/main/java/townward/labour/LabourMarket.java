package townward.labour;

import java.util.Arrays;
import java.util.SplittableRandom;
import townward.household.Households;
import townward.household.Residence;
import townward.model.OrderedSums;
import townward.model.Phase;
import townward.model.Region;
import townward.model.Streams;
import townward.model.YearPhase;
import townward.people.Persons;
import townward.place.Settlement;
import townward.place.Village;
import townward.scenario.Labour;

/**
 * Phase after matching: the urban labour market of MODEL.md 6.1, one pool per place. Household members holding
 * posts keep them unless they separate; the vacancies go to the place's unposted seekers (members living there
 * and commuters) in the order of keys drawn per household, so that the hires do not depend on the thread count;
 * the seekers left over, with the urban cohorts' own seekers, share the informal openings, which grow with the
 * filled posts and the residents (a congested informal sector, not an unlimited one). The chances households
 * expect are smoothed over the years, so that a place full this year does not look empty next year (no cobweb).
 * <p>
 * [departure] Members are counted per family (a family's workers at a place), not per person; commuters are
 * hired as an expected number each year; the urban cohorts keep their own share of posts (as version 2) and
 * compete only for informal work.
 */
public final class LabourMarket implements YearPhase {
    /** Urban cohorts' seekers without a post, per post they hold (as version 2's labour force: 1.25 per post). */
    private static final double COHORT_SEEKERS_PER_POST = 0.25;

    /** Keys of the separation and hiring draws of a member living apart, mixed with the person's number. */
    private static final long APART_SEPARATION_KEY = 0x5E9A4A7EL << 32;
    private static final long APART_HIRING_KEY = 0x41D1E5L << 32;
    /** Low word of a hiring entry that stands for a person row (a member living apart), not a family. */
    private static final long PERSON_ENTRY = 0x80000000L;

    /** Per household: this year's hiring key (a uniform raised to 1/weight); NaN for a family not seeking. */
    private double[] key = new double[0];
    /** Per person row: the hiring key of a member living apart who seeks a post where he or she lives; else NaN. */
    private double[] personKey = new double[0];

    @Override
    public void run(Region r) {
        separate(r);
        Pools pools = Pools.count(r);
        hire(r, pools);
        double w = r.scenario.labour().expectationWeight();
        settle(r, pools, false, w);
        flexible(r, pools, false, w);
        localWork(r, false, w);
    }

    /**
     * The start's county pools of local work, opened from the rural residents at the start, and the chances
     * households expect in the first year ({@link #expectFromStart}).
     */
    public static void start(Region r) {
        Households hh = r.households;
        double months = r.scenario.behaviour().monthsAway();
        double perResident = r.scenario.labour().localJobsPerResident();
        for (int h = 0; h < hh.size(); h++) {
            if (hh.alive(h)) {
                r.localWork.openings[r.countyOf(h)] += perResident * Residence.countedHome(hh, h, months);
            }
        }
        expectFromStart(r, 1);
    }

    /**
     * The chances households expect in the first year: those of the start state as it stands (its commuters
     * included once the start's work modes are chosen), without hires; {@code weight} of them replaces the previous
     * expectation, as each year's do.
     */
    public static void expectFromStart(Region r, double weight) {
        Pools pools = Pools.count(r);
        for (Settlement s : r.settlements) {
            pools.hires[s.index] = Math.min(Math.floor(s.vacancies()), pools.seekers[s.index]);
        }
        settle(r, pools, true, weight);
        flexible(r, pools, true, weight);
        localWork(r, true, weight);
    }

    /**
     * The county pools (MODEL.md 6.1): the workers at home who do not commute share the county's local openings,
     * which grow each year; the chance is min(1, openings / seekers), smoothed as the urban chances are.
     */
    private static void localWork(Region r, boolean first, double weight) {
        LocalWork w = r.localWork;
        Labour l = r.scenario.labour();
        Households hh = r.households;
        Arrays.fill(w.seekers, 0);
        int counties = w.seekers.length;
        r.parallel.forChunks(hh.size(), (from, to) -> {   // whole numbers per chunk, added in chunk order
            long[] seekers = new long[counties];
            for (int h = from; h < to; h++) {
                if (hh.alive(h)) {
                    seekers[r.countyOf(h)] += Residence.workersHome(hh, h, hh.arrangement(h)) - hh.commuters(h);
                }
            }
            return seekers;
        }, seekers -> {
            for (int c = 0; c < counties; c++) {
                w.seekers[c] += seekers[c];
            }
        });
        for (int c = 0; c < w.openings.length; c++) {
            if (!first) {
                w.openings[c] *= 1 + l.localJobGrowth();
            }
            double now = w.seekers[c] > 0 ? Math.min(1, w.openings[c] / w.seekers[c]) : 1;
            w.chanceNow[c] = now;
            w.chance[c] = (1 - weight) * w.chance[c] + weight * now;
        }
    }

    /**
     * Posts of members who are no longer workers there are left; each other post is left with the separation
     * rate, from the family's own stream.
     */
    private void separate(Region r) {
        Households hh = r.households;
        double rate = r.scenario.labour().separationRate();
        if (key.length < hh.size()) {
            key = new double[hh.size() + hh.size() / 8];   // room for a few years' new families
        }
        if (personKey.length < r.persons.size()) {
            personKey = new double[r.persons.size() + r.persons.size() / 8];
        }
        double[] keys = key;
        r.parallel.forRange(hh.size(), (from, to) -> {
            Streams.Cursor rng = new Streams.Cursor();   // the family's stream, without allocating one per family
            for (int h = from; h < to; h++) {
                if (h < r.persons.households()) {
                    separateApart(r, h, rate);
                }
                keys[h] = Double.NaN;
                int posts = hh.alive(h) ? hh.posts(h) : 0;
                int workers = hh.alive(h) ? workersAt(r, h) : 0;
                if (workers == 0) {
                    if (posts > 0) {
                        hh.setPosts(h, 0);
                    }
                    continue;
                }
                rng.at(r.streams.householdSeed(r.year, Phase.LABOUR_MARKET, h), 0);
                int kept = 0;
                // a holder who died, retired to 60 or left the place since last year has left the post
                for (int k = 0; k < Math.min(posts, workers); k++) {
                    kept += rng.nextDouble() < rate ? 0 : 1;
                }
                hh.setPosts(h, kept);
                if (workers > kept) {
                    double weight = 1 + trainedShare(hh, h) * r.policy.trainingPostUplift[r.countyOf(h)];
                    keys[h] = Math.pow(rng.nextDouble(), 1 / weight);
                }
            }
        });
    }

    /**
     * Members of family h living apart at an urban place of the region (MODEL.md 5.8) keep a post unless they
     * separate; those without one seek, each with a key of his or her own. Their draws are keyed by the person, so
     * the family's own draws are those it would make without them.
     */
    private void separateApart(Region r, int h, double rate) {
        Persons p = r.persons;
        for (int i = p.first(h); i < p.end(h); i++) {
            personKey[i] = Double.NaN;
            if (!p.apart(i)) {
                continue;
            }
            if (!r.urbanDestination(p.alone(i)) || p.studying(i)) {   // students do not work (MODEL.md 10.3)
                p.setPost(i, false);
                continue;
            }
            if (p.holdsPost(i)) {
                p.setPost(i, r.streams.uniform(r.year, Phase.LABOUR_MARKET, h, APART_SEPARATION_KEY | p.pid(i)) >= rate);
            }
            if (!p.holdsPost(i)) {
                double u = r.streams.uniform(r.year, Phase.LABOUR_MARKET, h, APART_HIRING_KEY | p.pid(i));
                personKey[i] = p.graduate(i) ? 0.9999 + 0.0001 * u : u;   // graduates first in line (MODEL.md 5.8)
            }
        }
    }

    /**
     * The vacancies of each place go first to its commuters' expected share, then to the families living there
     * in descending key order (weighted sampling without replacement, Efraimidis-Spirakis); posts are never
     * given beyond the vacancies.
     */
    private void hire(Region r, Pools pools) {
        Households hh = r.households;
        SplittableRandom rng = r.streams.phase(r.year, Phase.LABOUR_MARKET);
        int places = r.settlements.size();
        Persons p = r.persons;
        int[] start = new int[places + 1];
        for (int h = 0; h < hh.size(); h++) {
            int d = seekingAt(r, h);
            if (d >= 0) {
                start[d + 1]++;
            }
        }
        for (int i = 0; i < p.size(); i++) {
            if (!Double.isNaN(personKey[i])) {
                start[p.alone(i) + 1]++;
            }
        }
        for (int d = 0; d < places; d++) {
            start[d + 1] += start[d];
        }
        long[] order = new long[start[places]];
        int[] fill = Arrays.copyOf(start, places);
        for (int h = 0; h < hh.size(); h++) {
            int d = seekingAt(r, h);
            if (d >= 0) {
                // high 31 bits: the key's order; low 32 bits: the family (ties broken by index)
                order[fill[d]++] = (long) (key[h] * Integer.MAX_VALUE) << 32 | h;
            }
        }
        for (int i = 0; i < p.size(); i++) {
            if (!Double.isNaN(personKey[i])) {
                order[fill[p.alone(i)]++] = (long) (personKey[i] * Integer.MAX_VALUE) << 32 | PERSON_ENTRY | i;
            }
        }
        for (Settlement s : r.settlements) {
            int d = s.index;
            double seekers = pools.seekers[d];
            double vacancies = Math.floor(s.vacancies());
            double hires = Math.min(vacancies, seekers);
            double commuterHires = s.commuters > 0
                    ? Math.min(s.commuters, Streams.roundStochastic(hires * s.commuters / seekers, rng)) : 0;
            s.commuterPosts = commuterHires;
            int left = (int) (hires - commuterHires);
            Arrays.sort(order, start[d], start[d + 1]);
            for (int i = start[d + 1] - 1; i >= start[d] && left > 0; i--) {
                int entry = (int) order[i];
                if (entry < 0) {   // a member living apart
                    p.setPost(entry & Integer.MAX_VALUE, true);
                    s.postsHeld++;
                    left--;
                    continue;
                }
                int take = Math.min(left, workersAt(r, entry) - hh.posts(entry));
                hh.setPosts(entry, hh.posts(entry) + take);
                s.postsHeld += take;
                left -= take;
            }
            pools.hires[d] = hires - left;
        }
    }

    /**
     * Counts what the hires left: informal openings O = per post × filled posts + per resident × residents, shared
     * by every seeker left (families', commuters' and the cohorts'); this year's chances, and their smoothed
     * expectation.
     */
    private static void settle(Region r, Pools pools, boolean first, double weight) {
        Labour l = r.scenario.labour();
        for (Settlement s : r.settlements) {
            int d = s.index;
            double seekers = pools.seekers[d];
            double hires = pools.hires[d];
            double cohortSeekers = COHORT_SEEKERS_PER_POST * s.incumbentPosts;
            double left = seekers - hires + cohortSeekers;
            double openings = l.informalPerPost() * s.postsFilled() + l.informalPerResident() * pools.residents[d];
            double informal = left > 0 ? Math.min(1, openings / left) : 1;
            double hireChance = seekers > 0 ? hires / seekers : s.vacancies() >= 1 ? 1 : 0;
            s.hires = first ? 0 : hires;   // the start pool only sets the first expectations: nobody is hired
            s.informalChanceNow = informal;
            s.informalWorkers = informal * left;
            s.labourForce = s.postsFilled() + left;
            double w = weight;
            s.hireChance = (1 - w) * s.hireChance + w * hireChance;
            s.informalChance = (1 - w) * s.informalChance + w * informal;
        }
    }

    /**
     * The jobs reserved for carers (flexible_employment, MODEL.md 4) go to the carers out of work living at each
     * place, as many as there are jobs; their chance, and its smoothed expectation. A place with jobs and no carer
     * promises one. The subsidy is paid for each carer employed while the lever runs.
     */
    private static void flexible(Region r, Pools pools, boolean first, double weight) {
        for (Settlement s : r.settlements) {
            int d = s.index;
            double carers = pools.carers[d];
            s.carers = carers;
            s.flexibleWorkers = first ? 0 : Math.min(s.flexibleJobs, carers);
            double now = carers > 0 ? Math.min(1, s.flexibleJobs / carers) : s.flexibleJobs >= 1 ? 1 : 0;
            s.flexibleChanceNow = now;
            s.flexibleChance = (1 - weight) * s.flexibleChance + weight * now;
            double subsidy = r.policy.flexibleSubsidy[d];
            if (s.flexibleWorkers > 0 && subsidy > 0) {
                r.costs.book("flexible_employment", s.flexibleWorkers * subsidy / r.scale());
            }
        }
    }

    /** Workers of family h at its place away, or 0 when it has none at an urban place of the region. */
    static int workersAt(Region r, int h) {
        Households hh = r.households;
        return urbanPlace(r, hh.away(h)) ? Residence.workersAway(hh, h, hh.arrangement(h)) : 0;
    }

    /** Whether d is an urban place of the region (not a system, not a township). */
    private static boolean urbanPlace(Region r, int d) {
        return d >= 0 && !r.isSystem(d) && r.settlements.get(d).urban;
    }

    private int seekingAt(Region r, int h) {
        return h < key.length && !Double.isNaN(key[h]) && r.households.alive(h) ? r.households.away(h) : -1;
    }

    private static double trainedShare(Households hh, int h) {
        return hh.adults(h) > 0 ? (double) hh.trained(h) / hh.adults(h) : 0;
    }

    /** Seekers without a post, residents and carers out of work of each place, and the hires made. */
    private static final class Pools {
        final double[] seekers;
        final double[] residents;
        final double[] carers;
        final double[] hires;

        private Pools(int places) {
            seekers = new double[places];
            residents = new double[places];
            carers = new double[places];
            hires = new double[places];
        }

        /**
         * Counts households in parallel chunks: whole numbers per chunk, added in chunk order; the residents, which
         * start from the cohorts' (not whole) numbers, get their addends in household order ({@link OrderedSums}).
         */
        static Pools count(Region r) {
            int places = r.settlements.size();
            Pools p = new Pools(places);
            Households hh = r.households;
            for (Settlement s : r.settlements) {
                s.commuters = 0;
                s.postsHeld = 0;
                p.residents[s.index] = s.cohorts.total() + r.inMigrants.at(s.index);
            }
            long[] postsHeld = new long[places];
            long[] seekers = new long[places];
            long[] commuters = new long[places];
            long[] carers = new long[places];
            r.parallel.forChunks(hh.size(), (from, to) -> {
                Part part = new Part(places);
                for (int h = from; h < to; h++) {
                    if (hh.alive(h)) {
                        part.household(r, h);
                    }
                }
                return part;
            }, part -> {
                for (int d = 0; d < places; d++) {
                    postsHeld[d] += part.postsHeld[d];
                    seekers[d] += part.seekers[d];
                    commuters[d] += part.commuters[d];
                    carers[d] += part.carers[d];
                }
                part.residents.addTo(p.residents);
            });
            for (Settlement s : r.settlements) {
                s.postsHeld += (int) postsHeld[s.index];
                s.commuters += commuters[s.index];
                p.seekers[s.index] += seekers[s.index];
                p.carers[s.index] = carers[s.index];
            }
            for (Settlement s : r.settlements) {
                s.commuterPosts = 0;
                p.seekers[s.index] += s.commuters;
            }
            return p;
        }

        /** A chunk's counts; its residents' addends in household order. */
        private static final class Part {
            final long[] postsHeld;
            final long[] seekers;
            final long[] commuters;
            final long[] carers;
            final OrderedSums residents;

            Part(int places) {
                postsHeld = new long[places];
                seekers = new long[places];
                commuters = new long[places];
                carers = new long[places];
                residents = new OrderedSums(places);
            }

            void household(Region r, int h) {
                Households hh = r.households;
                if (hh.apart(h) > 0) {
                    countApart(r, r.persons, h);
                }
                int d = hh.away(h);
                int workers = workersAt(r, h);
                if (workers > 0) {
                    postsHeld[d] += hh.posts(h);
                    seekers[d] += workers - hh.posts(h);
                    residents.add(d, Residence.personsAway(hh, h, hh.arrangement(h)));
                }
                if (Residence.carerOutOfWork(hh, h, hh.arrangement(h)) && urbanPlace(r, d)) {
                    carers[d]++;
                }
                // the move of the year may have taken workers away from home: only those left commute
                hh.setCommuters(h, Math.min(hh.commuters(h), Residence.workersHome(hh, h, hh.arrangement(h))));
                Village v = r.villages.get(hh.village(h));
                if (v.commuteTo >= 0 && hh.commuters(h) > 0) {
                    commuters[v.commuteTo] += hh.commuters(h);
                }
            }

            /** Members of family h living apart at urban places of the region: residents, post holders or seekers. */
            private void countApart(Region r, Persons persons, int h) {
                for (int i = persons.first(h); i < persons.end(h); i++) {
                    int d = persons.alone(i);
                    if (d != Persons.NONE && r.urbanDestination(d)) {
                        boolean post = persons.holdsPost(i);
                        postsHeld[d] += post ? 1 : 0;
                        seekers[d] += post || persons.studying(i) ? 0 : 1;
                        residents.add(d, 1);
                    }
                }
            }
        }
    }
}

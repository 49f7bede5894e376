package townward.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import townward.household.Arrangement;
import townward.household.Homestead;
import townward.household.Households;
import townward.household.Residence;
import townward.household.Tenure;
import townward.decision.Moves;
import townward.household.Stage;
import townward.people.Members;
import townward.people.Persons;
import townward.place.Settlement;
import townward.place.Village;
import townward.scenario.County;

/**
 * Draws one rural family from its county's distributions (MODEL.md section 9): its members with ages and sexes,
 * land, homestead, savings, and whether its workers already live away and where.
 *
 * <p>Families are of five types: elders alone; a working couple (or a lone adult) with or without children under
 * 18, unmarried grown children and the husband's parents. The family size is set by one parameter, the
 * <i>fullness</i> k in [0, 4] (children per family with children 1 + Binomial(3, k/4); each child of 18-29 still at
 * home with probability min(1, 0.3 k)), which {@link #fit} chooses per county so that the census household size of the
 * start (persons per co-resident household, {@link CensusHouseholds}) equals the county's {@code household.size}.
 */
final class HouseholdFactory {
    /** Of the households with members 60+, the share of elders living alone or as a couple; assumed. */
    private static final double ELDERS_ALONE = 0.35;
    /** Elders in households with elders: two (60 %) or one; assumed. */
    private static final double TWO_ELDERLY = 0.6;
    /** Working adults living as a couple; assumed. */
    private static final double COUPLE = 0.92;
    /** The working couple is younger than the scenario's mean head age (the head is often its father); assumed. */
    private static final double COUPLE_AGE_BELOW_HEAD = 8;
    /** Spread of contracted land and homestead sizes (log-normal sigma); assumed. */
    private static final double SIZE_SIGMA = 0.5;
    private static final double MALE_BIRTH_SHARE = 0.53;
    private static final int FIT_SAMPLE = 4000;
    private static final double MAX_FULLNESS = 4;
    /** Bisection steps: the fullness to 4 / 2^9, finer than the sample's own error of about 0.02 persons. */
    private static final int FIT_STEPS = 9;

    private final Region r;
    /** Per county: urban destinations of workers already away, weighted by posts. */
    private final List<List<Settlement>> awayPlaces = new ArrayList<>();
    private final int[] counts = new int[Members.APART + 1];
    private final java.util.Map<List<Object>, Double> fits = new java.util.HashMap<>();

    HouseholdFactory(Region r) {
        this.r = r;
        for (int c = 0; c < r.countyNames.size(); c++) {
            List<Settlement> places = new ArrayList<>();
            for (Settlement s : r.settlements) {
                if (s.county == c && s.urban && s.posts > 0) {
                    places.add(s);
                }
            }
            awayPlaces.add(places);
        }
    }

    /**
     * The fullness of a county's families that gives its start-year census household size, by bisection on a sample
     * drawn from a stream of its own (so the fit does not change the draws of the families themselves). Counties
     * with the same profile and the same choice of places away share one fit.
     */
    double fit(int county, Village v) {
        County.HouseholdProfile profile = r.scenario.counties().get(county).household();
        return fits.computeIfAbsent(List.of(profile, awayPlaces.get(county).isEmpty()), key -> {
            double lo = 0;
            double hi = MAX_FULLNESS;
            for (int step = 0; step < FIT_STEPS; step++) {
                double k = (lo + hi) / 2;
                if (sampleSize(v, k) < profile.size()) {
                    lo = k;
                } else {
                    hi = k;
                }
            }
            return (lo + hi) / 2;
        });
    }

    /** The census household size of a sample of families drawn at fullness k. */
    double sampleSize(Village v, double k) {
        Households hh = new Households(FIT_SAMPLE);
        Persons p = new Persons(FIT_SAMPLE * 4);
        Streams streams = new Streams(r.scenario.seed() ^ 0x51CE);
        CensusHouseholds census = new CensusHouseholds();
        double monthsAway = r.scenario.behaviour().monthsAway();
        for (int i = 0; i < FIT_SAMPLE; i++) {
            int h = hh.add(v.index);
            draw(hh, p, h, v, k, streams.startTaste(i));
            census.add(hh, h, r.settlements.size(), monthsAway);
        }
        return census.size();
    }

    void generate(int h, Village v, double fullness, SplittableRandom rng) {
        draw(r.households, r.persons, h, v, fullness, rng);
        enrolSeniors(h, v, rng);
        Households hh = r.households;
        int dest = hh.away(h);
        if (Residence.movesChildren(hh.arrangement(h)) && dest >= 0 && !r.isSystem(dest)) {
            Moves.takeSeats(r, h, r.settlements.get(dest), Moves.mayEnrol(r, h, dest, hh.tenure(h)));
        }
    }

    private void draw(Households hh, Persons p, int h, Village v, double k, SplittableRandom rng) {
        County.HouseholdProfile prof = r.scenario.counties().get(v.county).household();
        members(p, h, prof, k, rng);
        Members.refresh(p, hh, h, counts, r.participation);
        hh.setLandMu(h, logNormal(prof.landMu(), SIZE_SIGMA, rng));
        if (rng.nextDouble() < prof.landTransferred()) {
            hh.setLandTransferred(h, hh.landMu(h));
            boolean cash = rng.nextDouble() >= r.scenario.economy().landRentFreeShare();
            hh.setLandRent(h, cash ? r.scenario.economy().landRentPerMu() : 0);
        }
        hh.setHomesteadM2(h, logNormal(prof.homesteadM2(), SIZE_SIGMA, rng));
        hh.setHomestead(h, Homestead.OCCUPIED);
        hh.setSavings(h, logNormal(prof.savings(), prof.savingsSigma(), rng));
        arrangement(hh, p, h, v, prof, rng, hh == r.households);
    }

    /**
     * Youth living apart at the start (MODEL.md 5.8, 9 item 2): in a family away but not as a whole family, with
     * youth in work, only its youth are away with {@code youth_away_share}, each alone where families away go (a
     * system with {@code away_outside_share}, else a place of the county by posts); the rest of the family lives at
     * home. Whether the family is away is {@code away_share}'s draw, so its meaning (households with workers away)
     * holds, and {@code together_away_share}'s too.
     */
    private boolean youthApart(Households hh, Persons p, int h, Village v, County.HouseholdProfile prof,
                               SplittableRandom rng) {
        int head = Members.workingCoupleHead(p, h);
        boolean any = false;
        for (int i = p.first(h); i < p.end(h) && !any; i++) {
            any = Members.youth(p, i, head) && r.participation.participates(p.pid(i), p.age(i), p.female(i));
        }
        if (!any || rng.nextDouble() >= prof.youthAwayShare()) {
            return false;
        }
        List<Settlement> places = awayPlaces.get(v.county);
        for (int i = p.first(h); i < p.end(h); i++) {
            if (Members.youth(p, i, head) && r.participation.participates(p.pid(i), p.age(i), p.female(i))) {
                p.liveAlone(i, rng.nextDouble() < prof.awayOutsideShare() || places.isEmpty() ? pickSystem(r, rng)
                        : pickByPosts(places, rng).index);
            }
        }
        Members.refresh(p, hh, h, counts, r.participation);
        return true;
    }

    /**
     * Where the family lives at the start (MODEL.md section 9, item 2): workers away with {@code away_share}, at a
     * place weighted by posts or outside; of those, whole families ({@code together_away_share}) renting where they
     * live, else only its youth ({@link #youthApart}), else one adult away ({@code split_away_share}) when there are
     * two or more; of the families at home with
     * pupils, one adult accompanying them at the county seat ({@code accompany_share}), renting there. A dwelling is
     * taken from the place's rentals only for the region's own families ({@code takeStock}; the fit's sample takes
     * none); where none is left, the family keeps the arrangement that needs none.
     */
    private void arrangement(Households hh, Persons p, int h, Village v, County.HouseholdProfile prof,
                             SplittableRandom rng, boolean takeStock) {
        if (hh.adults(h) == 0) {
            return;
        }
        if (rng.nextDouble() < prof.awayShare()) {
            List<Settlement> places = awayPlaces.get(v.county);
            int dest = rng.nextDouble() < prof.awayOutsideShare() || places.isEmpty() ? pickSystem(r, rng)
                    : pickByPosts(places, rng).index;
            hh.setYearsAway(h, 1 + rng.nextInt(10));
            if (rng.nextDouble() < prof.togetherAwayShare() && rent(hh, h, dest, takeStock)) {
                hh.setArrangement(h, Arrangement.TOGETHER_AWAY, dest);
            } else if (youthApart(hh, p, h, v, prof, rng)) {
                hh.setYearsAway(h, 0);
            } else if (hh.adults(h) >= 2 && rng.nextDouble() < prof.splitAwayShare()) {
                hh.setArrangement(h, Arrangement.SPLIT_AWAY, dest);
            } else {
                hh.setArrangement(h, Arrangement.WORKERS_AWAY, dest);
            }
            return;
        }
        int seat = r.countySeat[v.county];
        boolean pupils = hh.kids(h, Stage.PRIMARY) + hh.kids(h, Stage.JUNIOR) > 0;
        if (pupils && r.settlements.get(seat).urban && rng.nextDouble() < prof.accompanyShare()
                && rent(hh, h, seat, takeStock)) {
            hh.setArrangement(h, Arrangement.ACCOMPANY, seat);
            hh.setYearsAway(h, 1 + rng.nextInt(6));
        }
    }

    /** A rented dwelling at dest for a family moving there: outside always has one; a place while rentals last. */
    private boolean rent(Households hh, int h, int dest, boolean takeStock) {
        if (!r.isSystem(dest) && takeStock) {
            Settlement s = r.settlements.get(dest);
            if (s.rentalUnits <= 0) {
                return false;
            }
            s.rentalUnits--;
        }
        hh.setTenure(h, Tenure.MARKET_RENT, Tenure.SCHEME_MARKET);
        return true;
    }

    /** The family's members: elders alone, or a working generation with its children and parents. */
    private static void members(Persons p, int h, County.HouseholdProfile prof, double k, SplittableRandom rng) {
        double withElders = prof.elderlyShare();
        if (rng.nextDouble() < withElders * ELDERS_ALONE) {
            int age = 60 + (int) Math.min(40, -12 * Math.log(1 - rng.nextDouble()));
            if (rng.nextDouble() < TWO_ELDERLY) {
                int man = p.add(h, age + rng.nextInt(3), Persons.MALE, Persons.EVER_MARRIED);
                int wife = p.add(h, Math.max(60, age - rng.nextInt(3)), Persons.FEMALE, Persons.EVER_MARRIED);
                p.marry(man, wife);
            } else {
                p.add(h, age, rng.nextDouble() < 0.6 ? Persons.FEMALE : Persons.MALE, Persons.EVER_MARRIED);
            }
            return;
        }
        int husbandAge = (int) Math.round(clamp(prof.headAge() - COUPLE_AGE_BELOW_HEAD + 8 * rng.nextGaussian(), 20, 59));
        int wifeAge = (int) clamp(husbandAge - 2 + Math.round(2 * rng.nextGaussian()), 18, 59);
        int wife = Persons.NONE;
        if (rng.nextDouble() < COUPLE) {
            int man = p.add(h, husbandAge, Persons.MALE, Persons.EVER_MARRIED);
            wife = p.add(h, wifeAge, Persons.FEMALE, Persons.EVER_MARRIED);
            p.marry(man, wife);
        } else {
            boolean woman = rng.nextDouble() < 0.4;
            int lone = p.add(h, woman ? wifeAge : husbandAge, woman ? Persons.FEMALE : Persons.MALE,
                    husbandAge >= 30 ? Persons.EVER_MARRIED : 0);
            wife = woman ? lone : Persons.NONE;
        }
        int motherAge = wife != Persons.NONE ? p.age(wife) : wifeAge;
        int motherPid = wife != Persons.NONE ? p.pid(wife) : Persons.NONE;
        double childShare = prof.childrenShare() / Math.max(0.05, 1 - withElders * ELDERS_ALONE);
        if (motherAge >= 20 && rng.nextDouble() < childShare) {
            int children = 1 + binomial(3, k / MAX_FULLNESS, rng);
            for (int c = 0; c < children; c++) {
                int age = rng.nextInt(Math.min(18, motherAge - 19));
                p.setMother(p.add(h, age, sex(rng), 0), motherPid);
            }
        }
        // grown children not yet married, still at home
        for (int c = 0; c < 2; c++) {
            int age = motherAge - 20 - rng.nextInt(11);
            if (age >= 18 && age <= 29 && rng.nextDouble() < 0.3 * k) {
                p.setMother(p.add(h, age, sex(rng), 0), motherPid);
            }
        }
        double parents = (withElders - withElders * ELDERS_ALONE) / Math.max(0.05, 1 - withElders * ELDERS_ALONE);
        if (rng.nextDouble() < parents) {
            int age = Math.max(60, husbandAge + 25 + rng.nextInt(8));
            if (rng.nextDouble() < TWO_ELDERLY) {
                int grandfather = p.add(h, age, Persons.MALE, Persons.EVER_MARRIED);
                int grandmother = p.add(h, Math.max(60, age - 2), Persons.FEMALE, Persons.EVER_MARRIED);
                p.marry(grandfather, grandmother);
            } else {
                p.add(h, age, rng.nextDouble() < 0.6 ? Persons.FEMALE : Persons.MALE, Persons.EVER_MARRIED);
            }
        }
    }

    private static byte sex(SplittableRandom rng) {
        return rng.nextDouble() < MALE_BIRTH_SHARE ? Persons.MALE : Persons.FEMALE;
    }

    /** Enrolled senior-stage children at home board at the county seat's senior school while seats last. */
    private void enrolSeniors(int h, Village v, SplittableRandom rng) {
        Households hh = r.households;
        Persons p = r.persons;
        double enrolment = r.scenario.demography().seniorEnrolment();
        int enrolled = 0;
        for (int i = p.first(h); i < p.end(h); i++) {
            int age = p.age(i);
            if (age >= 15 && age < 18 && !p.apart(i) && rng.nextDouble() < enrolment) {   // a youth away works
                p.set(i, Persons.SENIOR_PUPIL);
                enrolled++;
            }
        }
        Members.refresh(p, hh, h, counts, r.participation);
        if (Residence.movesChildren(hh.arrangement(h))) {
            return;     // seniors living with a parent away take a seat there, not a boarding place
        }
        Settlement seat = r.settlements.get(r.countySeat[v.county]);
        int k = Math.min(enrolled, seat.freeSeats[Stage.SENIOR]);
        seat.freeSeats[Stage.SENIOR] -= k;
        seat.usedSeats[Stage.SENIOR] += k;
        hh.setSeniorBoarders(h, k);
    }

    /** A system for a family away beyond the region at the start, by the systems' start shares (MODEL.md 9). */
    private static int pickSystem(Region r, SplittableRandom rng) {
        double u = rng.nextDouble();
        for (int k = 0; k < r.systems.count() - 1; k++) {
            u -= r.scenario.destinations().get(k).startShare();
            if (u < 0) {
                return r.systems.dest(k);
            }
        }
        return r.systems.dest(r.systems.count() - 1);
    }

    private static Settlement pickByPosts(List<Settlement> places, SplittableRandom rng) {
        double total = 0;
        for (Settlement s : places) {
            total += s.posts;
        }
        double u = rng.nextDouble() * total;
        for (Settlement s : places) {
            u -= s.posts;
            if (u < 0) {
                return s;
            }
        }
        return places.get(places.size() - 1);
    }

    /** Log-normal with the given mean. */
    private static double logNormal(double mean, double sigma, SplittableRandom rng) {
        if (mean <= 0) {
            return 0;
        }
        return Math.exp(Math.log(mean) - sigma * sigma / 2 + sigma * rng.nextGaussian());
    }

    private static int binomial(int n, double p, SplittableRandom rng) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            k += rng.nextDouble() < p ? 1 : 0;
        }
        return k;
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}

package townward.people;

import townward.household.Households;
import townward.household.Stage;
import townward.labour.Participation;

/**
 * The household counts the rest of the model reads (adults, elderly, children by stage, the age of the working
 * couple), refilled from the person rows after each rebuild: the person table is the state, these are caches.
 */
public final class Members {
    /** Age from which elders entrust their land rather than farm it (MODEL.md 6.4: capacity 0.5 up to 74). */
    private static final int FARMING_ELDER_TO = 75;

    private Members() {
    }

    /**
     * Counts of a household's members by life-course position ({@link LifeCourse}): stages, adults, elders; of the
     * members its arrangement places, and in {@code out[APART]} those living apart (MODEL.md 5.8).
     */
    public static void count(Persons p, int h, int[] out) {
        java.util.Arrays.fill(out, 0, APART + 1, 0);
        for (int i = p.first(h); i < p.end(h); i++) {
            out[p.apart(i) ? APART : LifeCourse.of(p.age(i), p.is(i, Persons.SENIOR_PUPIL))]++;
        }
    }

    /** Index of the members living apart in the counts of {@link #count}; the counts need APART + 1 slots. */
    public static final int APART = LifeCourse.ELDER + 1;

    /** Writes the counts into the household's cache columns. */
    public static void store(Households hh, int h, int[] counts) {
        hh.setApart(h, counts[APART]);
        hh.setAdults(h, counts[LifeCourse.ADULT]);
        hh.setElderly(h, counts[LifeCourse.ELDER]);
        for (int st = 0; st < Stage.COUNT; st++) {
            hh.setKids(h, st, counts[st]);
        }
    }

    /** Age of group A, the working couple ({@link #workingCoupleHead}); else of the oldest member. */
    public static int workingCoupleAge(Persons p, int h) {
        int head = workingCoupleHead(p, h);
        if (head != Persons.NONE) {
            return p.age(head);
        }
        int any = 0;
        for (int i = p.first(h); i < p.end(h); i++) {
            any = Math.max(any, p.age(i));
        }
        return any;
    }

    /**
     * The row heading group A, the working couple (MODEL.md 2.4): the husband of the youngest mother of a child under
     * 18 in the household (the mother if he is not in it); else the oldest married man of working age; else the
     * oldest adult of working age; else none. Members living apart (5.8) are not of it.
     */
    public static int workingCoupleHead(Persons p, int h) {
        int mother = Persons.NONE;
        for (int i = p.first(h); i < p.end(h); i++) {
            if (p.age(i) < 18) {
                int m = p.find(h, p.mother(i));
                if (m != Persons.NONE && p.spouse(m) != Persons.NONE
                        && (mother == Persons.NONE || p.age(m) < p.age(mother))) {
                    mother = m;
                }
            }
        }
        if (mother != Persons.NONE) {
            int husband = p.find(h, p.spouse(mother));
            return husband != Persons.NONE ? husband : mother;
        }
        int married = Persons.NONE;
        int adult = Persons.NONE;
        for (int i = p.first(h); i < p.end(h); i++) {
            int a = p.age(i);
            if (a >= 16 && a < LifeCourse.ELDER_AGE && !p.apart(i)) {
                adult = adult == Persons.NONE || a > p.age(adult) ? i : adult;
                if (!p.female(i) && p.spouse(i) != Persons.NONE) {
                    married = married == Persons.NONE || a > p.age(married) ? i : married;
                }
            }
        }
        return married != Persons.NONE ? married : adult;
    }

    /**
     * Whether adult row i goes where the working couple goes (MODEL.md 2.5: A, and youth, who would choose alone once
     * 5.8 is built, docs/MODEL.md 14.8); the others of working age (E: the older working generation, unmarried over
     * 34) stay at home in {@code workers_away} and {@code elderly_home}.
     */
    public static boolean goesWithCouple(Persons p, int i, int head) {
        return i == head || head != Persons.NONE && p.pid(i) == p.spouse(head)
                || !p.is(i, Persons.EVER_MARRIED) && p.age(i) <= LifeCourse.YOUTH_MAX_AGE;
    }

    /**
     * Whether row i is a youth who may choose where to live for himself or herself (MODEL.md 5.8, group Y): never
     * married, 16-34 and out of school, and not the head of the working couple; or already living apart, but not
     * at college (10.3).
     */
    public static boolean youth(Persons p, int i, int head) {
        if (p.apart(i)) {
            return !p.studying(i);
        }
        int age = p.age(i);
        return i != head && !p.is(i, Persons.EVER_MARRIED) && age >= 16 && age <= LifeCourse.YOUTH_MAX_AGE
                && !p.is(i, Persons.SENIOR_PUPIL);
    }

    /**
     * The family's workers (adults of working age who participate, MODEL.md 6.1) and their mean earnings factor by
     * age; 1 when it has none.
     */
    public static void storeWork(Persons p, Households hh, int h, Participation work) {
        int workers = 0;
        double factor = 0;
        int older = 0;
        int olderWorkers = 0;
        int farmingElders = 0;
        int head = workingCoupleHead(p, h);
        for (int i = p.first(h); i < p.end(h); i++) {
            int age = p.age(i);
            farmingElders += age >= LifeCourse.ELDER_AGE && age < FARMING_ELDER_TO && !p.apart(i) ? 1 : 0;
            if (!p.apart(i) && LifeCourse.of(age, p.is(i, Persons.SENIOR_PUPIL)) == LifeCourse.ADULT) {
                boolean works = work.participates(p.pid(i), age, p.female(i));
                boolean stays = !goesWithCouple(p, i, head);
                older += stays ? 1 : 0;
                if (works) {
                    workers++;
                    factor += Participation.ageFactor(age);
                    olderWorkers += stays ? 1 : 0;
                }
            }
        }
        hh.setWorkers(h, workers, workers > 0 ? factor / workers : 1);
        hh.setOlderGeneration(h, older, olderWorkers);
        hh.setFarmingElders(h, farmingElders);
    }

    /** Refills every cache of household h from its rows. */
    public static void refresh(Persons p, Households hh, int h, int[] scratch, Participation work) {
        count(p, h, scratch);
        store(hh, h, scratch);
        storeWork(p, hh, h, work);
        hh.setHeadAge(h, workingCoupleAge(p, h));
    }
}

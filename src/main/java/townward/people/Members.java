package townward.people;

import townward.household.Households;
import townward.household.Stage;
import townward.labour.Participation;

/**
 * The household counts the rest of the model reads (adults, elderly, children by stage, the age of the working
 * couple), refilled from the person rows after each rebuild: the person table is the state, these are caches.
 */
public final class Members {

    private Members() {
    }

    /** Counts of a household's members by life-course position ({@link LifeCourse}): stages, adults, elders. */
    public static void count(Persons p, int h, int[] out) {
        java.util.Arrays.fill(out, 0, LifeCourse.ELDER + 1, 0);
        for (int i = p.first(h); i < p.end(h); i++) {
            out[LifeCourse.of(p.age(i), p.is(i, Persons.SENIOR_PUPIL))]++;
        }
    }

    /** Writes the counts into the household's cache columns. */
    public static void store(Households hh, int h, int[] counts) {
        hh.setAdults(h, counts[LifeCourse.ADULT]);
        hh.setElderly(h, counts[LifeCourse.ELDER]);
        for (int st = 0; st < Stage.COUNT; st++) {
            hh.setKids(h, st, counts[st]);
        }
    }

    /**
     * Age of group A, the working couple (MODEL.md 2.4): the husband of the youngest mother of a child under 18 in
     * the household; else the oldest married man of working age; else the oldest adult; else the oldest member.
     */
    public static int workingCoupleAge(Persons p, int h) {
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
            return husband != Persons.NONE ? p.age(husband) : p.age(mother);
        }
        int married = -1;
        int adult = -1;
        int any = -1;
        for (int i = p.first(h); i < p.end(h); i++) {
            int a = p.age(i);
            any = Math.max(any, a);
            if (a >= 16 && a < LifeCourse.ELDER_AGE) {
                adult = Math.max(adult, a);
                if (!p.female(i) && p.spouse(i) != Persons.NONE) {
                    married = Math.max(married, a);
                }
            }
        }
        return married >= 0 ? married : adult >= 0 ? adult : Math.max(0, any);
    }

    /**
     * The family's workers (adults of working age who participate, MODEL.md 6.1) and their mean earnings factor by
     * age; 1 when it has none.
     */
    public static void storeWork(Persons p, Households hh, int h, Participation work) {
        int workers = 0;
        double factor = 0;
        for (int i = p.first(h); i < p.end(h); i++) {
            int age = p.age(i);
            if (LifeCourse.of(age, p.is(i, Persons.SENIOR_PUPIL)) == LifeCourse.ADULT
                    && work.participates(p.pid(i), age, p.female(i))) {
                workers++;
                factor += Participation.ageFactor(age);
            }
        }
        hh.setWorkers(h, workers, workers > 0 ? factor / workers : 1);
    }

    /** Refills every cache of household h from its rows. */
    public static void refresh(Persons p, Households hh, int h, int[] scratch, Participation work) {
        count(p, h, scratch);
        store(hh, h, scratch);
        storeWork(p, hh, h, work);
        hh.setHeadAge(h, workingCoupleAge(p, h));
    }
}

package townward.household;

import townward.people.LifeCourse;
import townward.people.Members;
import townward.people.Persons;

/**
 * Which members of a family live at its away place under its arrangement (MODEL.md 2.5), person by person: the
 * same counts as {@link Residence}, given to the rows. In {@code accompany} the accompanying adult is the first
 * woman of working age, else the first adult; in {@code split_away} the worker away is the first man of working
 * age, else the first adult; in {@code workers_away} and {@code elderly_home} the working couple (A) goes with the
 * youth, the older generation of working age stays. Callers pass the adult the arrangement turns on, its
 * {@link #anchor}.
 */
public final class Whereabouts {

    private Whereabouts() {
    }

    /**
     * The adult an arrangement turns on: the accompanying adult in {@code accompany}, the worker in
     * {@code split_away}, the head of the working couple in {@code workers_away} and {@code elderly_home}; none
     * otherwise.
     */
    public static int anchor(Persons p, int h, int arrangement) {
        return switch (arrangement) {
            case Arrangement.ACCOMPANY -> accompanyingAdult(p, h);
            case Arrangement.SPLIT_AWAY -> splitWorker(p, h);
            case Arrangement.WORKERS_AWAY, Arrangement.ELDERLY_HOME -> Members.workingCoupleHead(p, h);
            default -> Persons.NONE;
        };
    }

    /**
     * The worker away in {@code split_away}: the higher earner, ties going to the man (MODEL.md 2.5); until
     * earnings are personal (step 2), the first man of working age, else the first adult.
     */
    public static int splitWorker(Persons p, int h) {
        int first = Persons.NONE;
        for (int i = p.first(h); i < p.end(h); i++) {
            if (stage(p, i) == LifeCourse.ADULT && !p.apart(i)) {
                if (!p.female(i)) {
                    return i;
                }
                first = first == Persons.NONE ? i : first;
            }
        }
        return first;
    }

    /** The row of the accompanying adult of household h, or {@link Persons#NONE}. */
    public static int accompanyingAdult(Persons p, int h) {
        int first = Persons.NONE;
        for (int i = p.first(h); i < p.end(h); i++) {
            if (stage(p, i) == LifeCourse.ADULT && !p.apart(i)) {
                if (p.female(i)) {
                    return i;
                }
                first = first == Persons.NONE ? i : first;
            }
        }
        return first;
    }

    /**
     * Whether row i lives at the family's away place under {@code arrangement}; a member living apart (5.8) lives
     * at {@link Persons#alone} instead, and is not at the family's place nor at home.
     */
    public static boolean away(Persons p, int i, int arrangement, int anchor) {
        if (p.apart(i)) {
            return false;
        }
        int stage = stage(p, i);
        return switch (arrangement) {
            case Arrangement.WORKERS_AWAY -> stage == LifeCourse.ADULT && Members.goesWithCouple(p, i, anchor);
            case Arrangement.SPLIT_AWAY -> i == anchor;
            case Arrangement.ACCOMPANY -> Stage.schoolAge(stage) && stage < Stage.COUNT || i == anchor;
            case Arrangement.TOGETHER_AWAY -> true;
            case Arrangement.ELDERLY_HOME -> stage < Stage.COUNT
                    || stage == LifeCourse.ADULT && Members.goesWithCouple(p, i, anchor);
            default -> false;
        };
    }

    public static int stage(Persons p, int i) {
        return LifeCourse.of(p.age(i), p.is(i, Persons.SENIOR_PUPIL));
    }
}

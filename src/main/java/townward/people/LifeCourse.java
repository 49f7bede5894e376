package townward.people;

import townward.household.Stage;

/**
 * Where a person of a given age stands in the life course (MODEL.md sections 2.4 and 10.1): a child in a school
 * stage (preschool 0-5, primary 6-11, junior 12-14, senior 15-17 if enrolled), an adult of working age (16-59) or
 * an elder (60+). A 15-year-old not enrolled in senior school stays a child until 16.
 */
public final class LifeCourse {
    public static final int ADULT = Stage.COUNT;
    public static final int ELDER = Stage.COUNT + 1;
    public static final int ELDER_AGE = 60;
    /** Youth are the never-married of working age up to this age (MODEL.md 2.4). */
    public static final int YOUTH_MAX_AGE = 34;
    /** Age at which senior enrolment is decided. */
    public static final int SENIOR_AGE = 15;

    private LifeCourse() {
    }

    /** The school stage (0-3), {@link #ADULT} or {@link #ELDER} of a person aged {@code age}. */
    public static int of(int age, boolean seniorPupil) {
        if (age < 6) {
            return Stage.PRESCHOOL;
        }
        if (age < 12) {
            return Stage.PRIMARY;
        }
        if (age < SENIOR_AGE) {
            return Stage.JUNIOR;
        }
        if (age < 18 && (seniorPupil || age == SENIOR_AGE)) {
            return Stage.SENIOR;
        }
        return age < ELDER_AGE ? ADULT : ELDER;
    }

    /** The five-year age group (0-4, ..., 80-84, 85+) of the census tables. */
    public static int ageGroup(int age) {
        return Math.min(17, age / 5);
    }
}

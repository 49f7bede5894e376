package townward.household;

/** Children's school stages by age: preschool 0-5, primary 6-11, junior 12-14, senior 15-17. */
public final class Stage {
    public static final int PRESCHOOL = 0;
    public static final int PRIMARY = 1;
    public static final int JUNIOR = 2;
    public static final int SENIOR = 3;
    public static final int COUNT = 4;
    /** Years spent in each stage: a child leaves a stage with probability 1/length per year. */
    public static final int[] YEARS = {6, 6, 3, 3};
    private static final String[] KEYS = {"preschool", "primary", "junior", "senior"};

    private Stage() {
    }

    public static String key(int stage) {
        return KEYS[stage];
    }

    /** Stages at school, which move with an accompanying parent. */
    public static boolean schoolAge(int stage) {
        return stage != PRESCHOOL;
    }
}

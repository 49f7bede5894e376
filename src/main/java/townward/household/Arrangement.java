package townward.household;

/** Where a household's members live (MODEL.md section 2); what households choose. Stored as a byte. */
public final class Arrangement {
    public static final byte TOGETHER_HOME = 0;
    /** Working adults away, the rest at home (留守). */
    public static final byte WORKERS_AWAY = 1;
    /** One adult with the school-age children at an urban place (陪读). */
    public static final byte ACCOMPANY = 2;
    public static final byte TOGETHER_AWAY = 3;
    /** All but the elderly moved. */
    public static final byte ELDERLY_HOME = 4;
    /** One working adult away, the rest at home (半工半耕; MODEL.md 2.5). */
    public static final byte SPLIT_AWAY = 5;
    public static final int COUNT = 6;

    private static final String[] KEYS = {"together_home", "workers_away", "accompany", "together_away", "elderly_home",
        "split_away"};

    private Arrangement() {
    }

    /** Arrangements in which workers live away alone (dormitories or shared rooms), the family at home. */
    public static boolean loneWorkers(int arrangement) {
        return arrangement == WORKERS_AWAY || arrangement == SPLIT_AWAY;
    }

    public static String key(int arrangement) {
        return KEYS[arrangement];
    }

    /** Whether members living away need a dwelling of their own (workers alone use dormitories or shared rooms). */
    public static boolean needsDwelling(int arrangement) {
        return arrangement == ACCOMPANY || arrangement == TOGETHER_AWAY || arrangement == ELDERLY_HOME;
    }
}

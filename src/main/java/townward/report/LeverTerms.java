package townward.report;

/** The Chinese names the briefing gives levers (产业园区) and their values (每年新增岗位), for other views such as the GUI. */
public final class LeverTerms {

    private LeverTerms() {
    }

    /** The Chinese name of a lever ({@code industrial_park}), or null. */
    public static String lever(String key) {
        String[] pair = Texts.LEVERS.get(key);
        return pair == null ? null : pair[0];
    }

    /** The Chinese name of a lever's value ({@code posts_per_year}), or null. */
    public static String param(String key) {
        LeverValues.Param p = LeverValues.PARAMS.get(key);
        return p == null ? null : p.zh();
    }
}

package townward.household;

/** Housing tenure at the away place, and the scheme through which it was obtained. */
public final class Tenure {
    public static final byte NONE = 0;
    public static final byte MARKET_RENT = 1;
    public static final byte OWNED = 2;
    public static final byte SWAP = 3;
    public static final byte AFFORDABLE_RENT = 4;
    public static final byte AFFORDABLE_OWNED = 5;
    public static final byte RESETTLED = 6;
    public static final int COUNT = 7;

    private static final String[] KEYS = {"none", "market_rent", "owned", "swap", "affordable_rent",
        "affordable_owned", "resettled"};

    /** Schemes that helped a purchase or provided the dwelling (a household records one, the most generous). */
    public static final byte SCHEME_MARKET = 0;
    public static final byte SCHEME_SUBSIDY = 1;
    public static final byte SCHEME_VOUCHER = 2;
    public static final byte SCHEME_SWAP = 3;
    public static final byte SCHEME_GOVERNMENT_PURCHASE = 4;
    public static final byte SCHEME_AFFORDABLE_RENTAL = 5;
    public static final byte SCHEME_RESETTLEMENT = 6;
    public static final byte SCHEME_PROVIDENT_FUND = 7;
    public static final int SCHEME_COUNT = 8;

    private static final String[] SCHEME_KEYS = {"market", "subsidy", "voucher", "homestead_swap",
        "government_purchase", "affordable_rental", "resettlement", "provident_fund"};

    private Tenure() {
    }

    public static String key(int tenure) {
        return KEYS[tenure];
    }

    public static String schemeKey(int scheme) {
        return SCHEME_KEYS[scheme];
    }

    public static boolean owns(int tenure) {
        return tenure == OWNED || tenure == SWAP || tenure == AFFORDABLE_OWNED || tenure == RESETTLED;
    }
}

package townward.household;

import java.util.Arrays;

/**
 * All rural-origin households as a struct of arrays (DESIGN.md): one slot per household, columns behind named
 * accessors. Households formed during a run are appended; extinct ones keep their slot (flag {@link #EXTINCT}).
 */
public final class Households {

    public static final int NO_PLACE = -1;

    /** Flags. */
    public static final int EXTINCT = 1;
    public static final int EVER_MOVED = 2;
    public static final int MOVED_THIS_YEAR = 4;
    public static final int NEW_THIS_YEAR = 8;
    public static final int FORFEITED_DIVIDEND = 16;
    public static final int RELOCATED = 32;
    public static final int RETURNED_THIS_YEAR = 64;
    /** A life event of the family this year (a child turning 6, 12 or 15, a marriage, a separation; MODEL.md 5.1). */
    public static final int LIFE_EVENT = 128;
    /** A child of the family reached primary, junior or senior school age this year (the return hazard, MODEL.md 5.9). */
    public static final int SCHOOL_ENTRY = 256;
    /** Drawn by the return hazard this year: weighs home and its county seat only, with no moving cost (MODEL.md 5.9). */
    public static final int RETURNING = 512;

    /** Five-golds columns. */
    public static final int WAGES = 0;
    public static final int DIVIDENDS = 1;
    public static final int RENT = 2;
    public static final int SECURITY = 3;
    public static final int LAND_FARMED = 4;
    public static final int LAND_TRANSFERRED = 5;
    public static final int LAND_SUBSIDY = 6;
    public static final int GOLDS = 7;

    /** Columns of the income comparable with the rural household survey (MODEL.md 6.3), for members counted rural. */
    public static final int SURVEY_WAGE = 0;
    public static final int SURVEY_OPERATING = 1;
    public static final int SURVEY_PROPERTY = 2;
    public static final int SURVEY_TRANSFER = 3;
    public static final int SURVEY = 4;

    private int size;
    private int[] village;
    private int[] away;
    private byte[] arrangement;
    private byte[] adults;
    private byte[] workers;
    private float[] earnFactor;
    private byte[] elderly;
    private byte[] elderlyFormal;
    private byte[] kids;
    private byte[] seniorBoarders;
    private byte[] seated;
    private byte[] bused;
    private byte[] headAge;
    private byte[] urbanHukou;
    private byte[] yearsAway;
    private byte[] posts;
    private byte[] trained;
    private byte[] commuters;
    /** Adults of working age, and workers among them, outside group A and youth (E): at home when A is away. */
    private byte[] older;
    private byte[] olderWorkers;
    private byte[] farmingElders;
    /** Members living apart from the family's arrangement (youth who chose alone, MODEL.md 5.8). */
    private byte[] apart;
    private byte[] tenure;
    private byte[] scheme;
    private byte[] homestead;
    private byte[] motive;
    private int[] flags;
    private float[] landMu;
    private float[] landTransferred;
    private float[] landExited;
    private float[] landRent;
    private float[] homesteadM2;
    private float[] housingCost;
    private float[] flatValue;
    private float[] savings;
    private float[] incomeBefore;
    /** Year of the income recorded as incomeBefore (the year before the first move), for its real value. */
    private short[] incomeBeforeYear;
    /** Realized net income of the year: the golds less housing, living-cost premium and boarding. */
    private float[] netIncome;
    private float[] dibao;
    private float[] mobility;
    /** Yearly income of the family's 返乡创业 business, start-year yuan; 0 without one. */
    private float[] returnBusiness;
    private float[] golds;
    private float[] survey;

    public Households(int capacity) {
        allocate(Math.max(16, capacity));
    }

    private void allocate(int cap) {
        village = new int[cap];
        away = new int[cap];
        arrangement = new byte[cap];
        adults = new byte[cap];
        workers = new byte[cap];
        earnFactor = new float[cap];
        elderly = new byte[cap];
        elderlyFormal = new byte[cap];
        kids = new byte[cap * Stage.COUNT];
        seniorBoarders = new byte[cap];
        seated = new byte[cap * Stage.COUNT];
        bused = new byte[cap];
        headAge = new byte[cap];
        urbanHukou = new byte[cap];
        yearsAway = new byte[cap];
        posts = new byte[cap];
        trained = new byte[cap];
        commuters = new byte[cap];
        older = new byte[cap];
        olderWorkers = new byte[cap];
        farmingElders = new byte[cap];
        apart = new byte[cap];
        tenure = new byte[cap];
        scheme = new byte[cap];
        homestead = new byte[cap];
        motive = new byte[cap];
        flags = new int[cap];
        landMu = new float[cap];
        landTransferred = new float[cap];
        landExited = new float[cap];
        landRent = new float[cap];
        homesteadM2 = new float[cap];
        housingCost = new float[cap];
        flatValue = new float[cap];
        savings = new float[cap];
        incomeBefore = new float[cap];
        incomeBeforeYear = new short[cap];
        netIncome = new float[cap];
        dibao = new float[cap];
        mobility = new float[cap];
        returnBusiness = new float[cap];
        golds = new float[cap * GOLDS];
        survey = new float[cap * SURVEY];
    }

    private void grow(int cap) {
        village = Arrays.copyOf(village, cap);
        away = Arrays.copyOf(away, cap);
        arrangement = Arrays.copyOf(arrangement, cap);
        adults = Arrays.copyOf(adults, cap);
        workers = Arrays.copyOf(workers, cap);
        earnFactor = Arrays.copyOf(earnFactor, cap);
        elderly = Arrays.copyOf(elderly, cap);
        elderlyFormal = Arrays.copyOf(elderlyFormal, cap);
        kids = Arrays.copyOf(kids, cap * Stage.COUNT);
        seniorBoarders = Arrays.copyOf(seniorBoarders, cap);
        seated = Arrays.copyOf(seated, cap * Stage.COUNT);
        bused = Arrays.copyOf(bused, cap);
        headAge = Arrays.copyOf(headAge, cap);
        urbanHukou = Arrays.copyOf(urbanHukou, cap);
        yearsAway = Arrays.copyOf(yearsAway, cap);
        posts = Arrays.copyOf(posts, cap);
        trained = Arrays.copyOf(trained, cap);
        commuters = Arrays.copyOf(commuters, cap);
        older = Arrays.copyOf(older, cap);
        olderWorkers = Arrays.copyOf(olderWorkers, cap);
        farmingElders = Arrays.copyOf(farmingElders, cap);
        apart = Arrays.copyOf(apart, cap);
        tenure = Arrays.copyOf(tenure, cap);
        scheme = Arrays.copyOf(scheme, cap);
        homestead = Arrays.copyOf(homestead, cap);
        motive = Arrays.copyOf(motive, cap);
        flags = Arrays.copyOf(flags, cap);
        landMu = Arrays.copyOf(landMu, cap);
        landTransferred = Arrays.copyOf(landTransferred, cap);
        landExited = Arrays.copyOf(landExited, cap);
        landRent = Arrays.copyOf(landRent, cap);
        homesteadM2 = Arrays.copyOf(homesteadM2, cap);
        housingCost = Arrays.copyOf(housingCost, cap);
        flatValue = Arrays.copyOf(flatValue, cap);
        savings = Arrays.copyOf(savings, cap);
        incomeBefore = Arrays.copyOf(incomeBefore, cap);
        incomeBeforeYear = Arrays.copyOf(incomeBeforeYear, cap);
        netIncome = Arrays.copyOf(netIncome, cap);
        dibao = Arrays.copyOf(dibao, cap);
        mobility = Arrays.copyOf(mobility, cap);
        returnBusiness = Arrays.copyOf(returnBusiness, cap);
        golds = Arrays.copyOf(golds, cap * GOLDS);
        survey = Arrays.copyOf(survey, cap * SURVEY);
    }

    /** Appends an empty household at the given village, living together at home; returns its index. */
    public int add(int villageIndex) {
        if (size == village.length) {
            grow(size + (size >> 1) + 16);
        }
        int h = size++;
        village[h] = villageIndex;
        away[h] = NO_PLACE;
        arrangement[h] = Arrangement.TOGETHER_HOME;
        return h;
    }

    public int size() { return size; }

    // --- location ---
    public int village(int h) { return village[h]; }
    public int away(int h) { return away[h]; }
    public int arrangement(int h) { return arrangement[h]; }

    /** Sets where the household lives; the away place is {@link #NO_PLACE} for {@code together_home}. */
    public void setArrangement(int h, int arr, int awayPlace) {
        arrangement[h] = (byte) arr;
        away[h] = arr == Arrangement.TOGETHER_HOME ? NO_PLACE : awayPlace;
    }

    // --- members ---
    public int adults(int h) { return adults[h]; }
    public void setAdults(int h, int n) { adults[h] = (byte) n; }
    /** Adults of working age who work for pay (MODEL.md 6.1). */
    public int workers(int h) { return workers[h]; }
    /** Mean earnings factor by age of the family's workers. */
    public double earnFactor(int h) { return earnFactor[h]; }
    public void setWorkers(int h, int n, double factor) {
        workers[h] = (byte) n;
        earnFactor[h] = (float) factor;
    }
    public int elderly(int h) { return elderly[h]; }
    public void setElderly(int h, int n) { elderly[h] = (byte) n; }
    /** Elderly members drawing an employee pension (they held a formal post before 60). */
    public int elderlyFormal(int h) { return elderlyFormal[h]; }
    public void setElderlyFormal(int h, int n) { elderlyFormal[h] = (byte) n; }
    public int kids(int h, int stage) { return kids[h * Stage.COUNT + stage]; }
    public void setKids(int h, int stage, int n) { kids[h * Stage.COUNT + stage] = (byte) n; }
    /** Senior-stage children boarding at their county seat's senior school (counted there). */
    public int seniorBoarders(int h) { return seniorBoarders[h]; }
    public void setSeniorBoarders(int h, int n) { seniorBoarders[h] = (byte) n; }
    /** Children of a stage holding a seat at a school of the away place. */
    public int seated(int h, int stage) { return seated[h * Stage.COUNT + stage]; }
    public void setSeated(int h, int stage, int n) { seated[h * Stage.COUNT + stage] = (byte) n; }
    /** Primary pupils living at home who go by bus to the school of their village's seat (school_transfer). */
    public int bused(int h) { return bused[h]; }
    public void setBused(int h, int n) { bused[h] = (byte) n; }
    public int headAge(int h) { return headAge[h]; }
    public void setHeadAge(int h, int age) { headAge[h] = (byte) Math.min(120, age); }

    public int children(int h) {
        int b = h * Stage.COUNT;
        return kids[b] + kids[b + 1] + kids[b + 2] + kids[b + 3];
    }

    public int schoolChildren(int h) {
        int b = h * Stage.COUNT;
        return kids[b + 1] + kids[b + 2] + kids[b + 3];
    }

    public int persons(int h) {
        return adults[h] + elderly[h] + children(h);
    }

    // --- hukou ---
    public boolean urbanHukou(int h) { return urbanHukou[h] != 0; }
    public void setUrbanHukou(int h, boolean urban) { urbanHukou[h] = (byte) (urban ? 1 : 0); }
    /** Years the household has lived at its current away place. */
    public int yearsAway(int h) { return yearsAway[h]; }
    public void setYearsAway(int h, int years) { yearsAway[h] = (byte) Math.min(100, years); }

    // --- work ---
    /** Adults holding a formal post (away, or commuting from home). */
    public int posts(int h) { return posts[h]; }
    public void setPosts(int h, int n) { posts[h] = (byte) n; }
    public int trained(int h) { return trained[h]; }
    public void setTrained(int h, int n) { trained[h] = (byte) n; }
    /** Adults living at home who commute to a town within commuting distance. */
    public int commuters(int h) { return commuters[h]; }
    public void setCommuters(int h, int n) { commuters[h] = (byte) n; }
    public int older(int h) { return older[h]; }
    /** Members living apart (5.8): not in {@link #persons}, which counts those the arrangement places. */
    public int apart(int h) { return apart[h]; }
    public void setApart(int h, int n) { apart[h] = (byte) n; }
    public int olderWorkers(int h) { return olderWorkers[h]; }
    /** Members of 60-74 living with the family: they still farm (MODEL.md 6.4's capacity k = 0.5 at 65-74). */
    public int farmingElders(int h) { return farmingElders[h]; }
    public void setFarmingElders(int h, int n) { farmingElders[h] = (byte) n; }
    public void setOlderGeneration(int h, int adults, int workers) {
        older[h] = (byte) adults;
        olderWorkers[h] = (byte) workers;
    }

    // --- housing ---
    public int tenure(int h) { return tenure[h]; }
    public int scheme(int h) { return scheme[h]; }
    public void setTenure(int h, int t, int s) { tenure[h] = (byte) t; scheme[h] = (byte) s; }
    /** Annual cost of the town dwelling: rent, or the user cost of an owned flat (interest, foregone interest). */
    public double housingCost(int h) { return housingCost[h]; }
    public void setHousingCost(int h, double c) { housingCost[h] = (float) c; }
    public double flatValue(int h) { return flatValue[h]; }
    public void setFlatValue(int h, double v) { flatValue[h] = (float) v; }
    public double savings(int h) { return savings[h]; }
    public void setSavings(int h, double v) { savings[h] = (float) v; }

    // --- land and homestead ---
    public double landMu(int h) { return landMu[h]; }
    public void setLandMu(int h, double mu) { landMu[h] = (float) mu; }
    public double landTransferred(int h) { return landTransferred[h]; }
    public void setLandTransferred(int h, double mu) { landTransferred[h] = (float) mu; }
    public double landExited(int h) { return landExited[h]; }
    public void setLandExited(int h, double mu) { landExited[h] = (float) mu; }
    /** Cash rent per mu of the household's transfer contract (0 for the rent-free transfers). */
    public double landRent(int h) { return landRent[h]; }
    public void setLandRent(int h, double r) { landRent[h] = (float) r; }
    /** Land still under the household's contract and not transferred. */
    public double landUntransferred(int h) { return Math.max(0, landMu[h] - landTransferred[h] - landExited[h]); }
    public double homesteadM2(int h) { return homesteadM2[h]; }
    public void setHomesteadM2(int h, double m2) { homesteadM2[h] = (float) m2; }
    public int homestead(int h) { return homestead[h]; }
    public void setHomestead(int h, int status) { homestead[h] = (byte) status; }

    // --- flags, motives, income ---
    public boolean is(int h, int flag) { return (flags[h] & flag) != 0; }
    public void set(int h, int flag) { flags[h] |= flag; }
    public void clear(int h, int flag) { flags[h] &= ~flag; }
    public boolean alive(int h) { return (flags[h] & EXTINCT) == 0; }
    public int motive(int h) { return motive[h]; }
    public void setMotive(int h, int m) { motive[h] = (byte) m; }
    /** Five-golds total in the year before the household's first move. */
    public double incomeBefore(int h) { return incomeBefore[h]; }
    public void setIncomeBefore(int h, double v, int year) {
        incomeBefore[h] = (float) v;
        incomeBeforeYear[h] = (short) year;
    }
    public int incomeBeforeYear(int h) { return incomeBeforeYear[h]; }
    public double netIncome(int h) { return netIncome[h]; }
    public void setNetIncome(int h, double v) { netIncome[h] = (float) v; }
    /** Rural 低保 paid this year (an expected value at the take-up share). */
    public double dibao(int h) { return dibao[h]; }
    public void setDibao(int h, double v) { dibao[h] = (float) v; }
    /**
     * Persistent propensity to leave home, in utility units, added to every alternative but staying together at
     * home (mover-stayer heterogeneity, docs/MODEL.md section 10).
     */
    public double mobility(int h) { return mobility[h]; }
    public void setMobility(int h, double v) { mobility[h] = (float) v; }
    /** Yearly income of the business the family started under return_entrepreneurship (start-year yuan), or 0. */
    public double returnBusiness(int h) { return returnBusiness[h]; }
    public void setReturnBusiness(int h, double yuan) { returnBusiness[h] = (float) yuan; }
    public double gold(int h, int gold) { return golds[h * GOLDS + gold]; }
    public void setGold(int h, int gold, double v) { golds[h * GOLDS + gold] = (float) v; }
    public double survey(int h, int part) { return survey[h * SURVEY + part]; }
    public void setSurvey(int h, int part, double v) { survey[h * SURVEY + part] = (float) v; }

    public double goldsTotal(int h) {
        int b = h * GOLDS;
        double t = 0;
        for (int g = 0; g < GOLDS; g++) {
            t += golds[b + g];
        }
        return t;
    }
}

package townward.model;

import townward.household.Arrangement;
import townward.household.Tenure;

/** Counts of the year's events, in simulated units, filled by the phases and read by Recording. */
public final class Tally {
    public static final String[] MOTIVES = {"jobs", "school", "housing", "land", "network", "hukou"};
    public static final int JOBS = 0;
    public static final int SCHOOL = 1;
    public static final int HOUSING = 2;
    public static final int LAND = 3;
    public static final int NETWORK = 4;
    public static final int HUKOU = 5;

    public final double[] moversByMotive = new double[MOTIVES.length];
    public final double[] moversByArrangement = new double[Arrangement.COUNT];
    public final double[] moversFromCounty;
    public final double[] moversTo;
    public double moverHouseholds;
    /** Of the moving households, those formed this year (marriage or separation). */
    public double newMoverHouseholds;
    public double returners;
    /** Youth who left the family to live apart this year, who rejoined it, who moved while apart (MODEL.md 5.8). */
    public double youthLeft;
    public double youthRejoined;
    public double youthMoved;
    /**
     * Persons of families at the systems whom return_entrepreneurship brings back this year, in expectation: the
     * rise of each family's return hazard with the programme's business income, times its persons away.
     */
    public double returnersAttributable;
    /** Businesses started this year under return_entrepreneurship. */
    public double returnBusinesses;
    /** Persons of returning families, by the destination they returned from (systems only). */
    public final double[] returnersFrom;
    public double outMigrants;
    /** The urban cohorts' out-migrants at places urban now (the decomposition of the change in urban residents). */
    public double urbanOutMigrants;
    /**
     * Out-migrants beyond the region by where they lived: urban places (their cohorts, and families' members who
     * lived at one) or rural ones (villages, and the cohorts of places not urban); women marrying out are apart.
     */
    public double outMigrantsUrban;
    public double outMigrantsRural;
    /**
     * Persons who left the simulated population: women marrying out of the region and the places' own cohorts
     * moving away (a family member moving to a destination system stays in it, counted there).
     */
    public double leftRegion;
    public double urbanBirths;
    /** Births and deaths of everyone: urban and rural cohorts, and household members wherever they live. */
    public double births;
    public double deaths;
    /** Births and deaths of the region's residents (members outside the region excluded). */
    public double residentBirths;
    public double residentDeaths;
    /** First marriages of household members; women who married out of the region; families formed. */
    public double marriages;
    public double marriedOut;
    public double householdsFormed;
    public double urbanDeaths;
    public double reclassifiedPersons;
    public double relocatedHouseholds;
    public final double[] takenByTenure = new double[Tenure.COUNT];
    public final double[] takenByScheme = new double[Tenure.SCHEME_COUNT];
    public double hukouConversions;
    public double quotaMu;
    public double homesteadSwappedM2;
    public double homesteadExitedM2;
    public double landExitedMu;
    public double trained;
    public double villageSchoolsClosed;
    public double seatsAdded;
    public double pupilsTransferred;
    public double postsAdded;
    public double flatsPurchased;
    /** Urban residents at the end of the previous year, for the yearly decomposition. */
    public double urbanResidentsBefore = Double.NaN;
    /** Urban residents in the start year, for the cumulative gain. */
    public double urbanResidentsAtStart = Double.NaN;
    /** Persons who moved into urban places since the start (never reset). */
    public double moversToUrbanSinceStart;

    Tally(int destinations, int counties) {
        moversFromCounty = new double[counties];
        moversTo = new double[destinations];
        returnersFrom = new double[destinations];
    }

    void newYear() {
        java.util.Arrays.fill(moversByMotive, 0);
        java.util.Arrays.fill(moversByArrangement, 0);
        java.util.Arrays.fill(moversFromCounty, 0);
        java.util.Arrays.fill(moversTo, 0);
        java.util.Arrays.fill(returnersFrom, 0);
        java.util.Arrays.fill(takenByTenure, 0);
        java.util.Arrays.fill(takenByScheme, 0);
        moverHouseholds = 0;
        newMoverHouseholds = 0;
        returners = 0;
        youthLeft = 0;
        youthRejoined = 0;
        youthMoved = 0;
        returnersAttributable = 0;
        returnBusinesses = 0;
        outMigrants = 0;
        urbanOutMigrants = 0;
        outMigrantsUrban = 0;
        outMigrantsRural = 0;
        leftRegion = 0;
        urbanBirths = 0;
        urbanDeaths = 0;
        births = 0;
        deaths = 0;
        residentBirths = 0;
        residentDeaths = 0;
        marriages = 0;
        marriedOut = 0;
        householdsFormed = 0;
        reclassifiedPersons = 0;
        relocatedHouseholds = 0;
        hukouConversions = 0;
        quotaMu = 0;
        homesteadSwappedM2 = 0;
        homesteadExitedM2 = 0;
        landExitedMu = 0;
        trained = 0;
        villageSchoolsClosed = 0;
        seatsAdded = 0;
        pupilsTransferred = 0;
        postsAdded = 0;
        flatsPurchased = 0;
    }
}

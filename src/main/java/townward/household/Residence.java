package townward.household;

/**
 * Who of a household lives where under an arrangement (MODEL.md section 2), and where each member is counted by
 * the six-month rule (section 5 "Residence").
 */
public final class Residence {

    private Residence() {
    }

    /** Adults living at the away place under an arrangement. */
    public static int adultsAway(Households hh, int h, int arr) {
        return switch (arr) {
            case Arrangement.TOGETHER_AWAY -> hh.adults(h);
            case Arrangement.WORKERS_AWAY, Arrangement.ELDERLY_HOME -> hh.adults(h) - hh.older(h);
            case Arrangement.ACCOMPANY, Arrangement.SPLIT_AWAY -> Math.min(1, hh.adults(h));
            default -> 0;
        };
    }

    /**
     * Workers (adults who work for pay) living at the away place: all of them where every adult goes; where one
     * adult goes (split_away sends a worker; accompany sends the carer), a family with an adult out of work sends
     * that one to accompany the children (陪读), who then earns nothing away.
     */
    public static int workersAway(Households hh, int h, int arr) {
        return switch (arr) {
            case Arrangement.TOGETHER_AWAY -> hh.workers(h);
            case Arrangement.WORKERS_AWAY, Arrangement.ELDERLY_HOME -> hh.workers(h) - hh.olderWorkers(h);
            case Arrangement.SPLIT_AWAY -> Math.min(1, hh.workers(h));
            case Arrangement.ACCOMPANY -> hh.adults(h) > 0 && hh.workers(h) == hh.adults(h) ? 1 : 0;
            default -> 0;
        };
    }

    /**
     * Whether school-age children live away under {@code arr} with an adult there out of work who cares for them (陪读,
     * or a parent at home with the children of a family that moved): the one who may take a carer's flexible job.
     */
    public static boolean carerOutOfWork(Households hh, int h, int arr) {
        return movesChildren(arr) && hh.schoolChildren(h) > 0 && adultsAway(hh, h, arr) > workersAway(hh, h, arr);
    }

    /** Workers living at home under an arrangement. */
    public static int workersHome(Households hh, int h, int arr) {
        return hh.workers(h) - workersAway(hh, h, arr);
    }

    /** Whether school-age children live at the away place under an arrangement. */
    public static boolean movesChildren(int arr) {
        return arr == Arrangement.ACCOMPANY || arr == Arrangement.TOGETHER_AWAY || arr == Arrangement.ELDERLY_HOME;
    }

    public static int kidsAway(Households hh, int h, int arr, int stage) {
        if (arr == Arrangement.ACCOMPANY) {
            return Stage.schoolAge(stage) ? hh.kids(h, stage) : 0;
        }
        return arr == Arrangement.TOGETHER_AWAY || arr == Arrangement.ELDERLY_HOME ? hh.kids(h, stage) : 0;
    }

    /** Members living at the away place under an arrangement (whatever the months). */
    public static int personsAway(Households hh, int h, int arr) {
        return switch (arr) {
            case Arrangement.WORKERS_AWAY -> hh.adults(h) - hh.older(h);
            case Arrangement.SPLIT_AWAY -> Math.min(1, hh.adults(h));
            case Arrangement.ACCOMPANY -> Math.min(1, hh.adults(h)) + hh.schoolChildren(h);
            case Arrangement.TOGETHER_AWAY -> hh.persons(h);
            case Arrangement.ELDERLY_HOME -> hh.persons(h) - hh.elderly(h) - hh.older(h);
            default -> 0;
        };
    }

    /**
     * Members counted as residents of the away place: workers alone away for fewer than six months a year stay
     * counted at home.
     */
    public static int countedAway(Households hh, int h, double monthsAway) {
        int arr = hh.arrangement(h);
        if (Arrangement.loneWorkers(arr) && monthsAway < 6) {
            return 0;
        }
        return personsAway(hh, h, arr);
    }

    /** Senior-stage children boarding at the county seat's senior school: those who did not move with a parent. */
    public static int seniorBoardersCounted(Households hh, int h) {
        return movesChildren(hh.arrangement(h)) ? 0 : hh.seniorBoarders(h);
    }

    /** Members counted at the home village. */
    public static int countedHome(Households hh, int h, double monthsAway) {
        return hh.persons(h) - countedAway(hh, h, monthsAway) - seniorBoardersCounted(hh, h);
    }
}

package townward.model;

import townward.destination.InMigrants;
import townward.household.Arrangement;
import townward.household.Households;
import townward.household.Residence;
import townward.household.Stage;
import townward.household.Whereabouts;
import townward.people.LifeCourse;
import townward.people.Persons;
import townward.place.Settlement;
import townward.place.UrbanCohorts;
import townward.place.Village;

/**
 * The person-level counts of MODEL.md section 7 for one year: residents by five-year age, sex, residence and hukou;
 * pupils by school location; left-behind and accompanying children; census households. Residence follows the
 * six-month rule as {@link Census} does; urban cohorts are added by age where a count concerns all residents.
 */
final class PeopleCensus {
    static final int GROUPS = UrbanCohorts.GROUPS;
    /** Residents [age group][sex][urban][urban hukou]. */
    final double[][][][] pyramid = new double[GROUPS][2][2][2];
    /** Compulsory-stage pupils (primary, junior) of the region: all, in urban schools, in rural schools. */
    final double[] pupils = new double[Stage.COUNT];
    final double[] urbanSchool = new double[Stage.COUNT];
    final double[] ruralSchool = new double[Stage.COUNT];
    /** Pupils at home with no parent at home, a parent away (the Ministry of Education's left-behind pupils). */
    final double[] leftBehindPupils = new double[Stage.COUNT];
    /** Children under 18 living at rural places, and those of them with a parent away (the census definition). */
    double ruralChildren;
    double leftBehindChildren;
    /** Compulsory-stage children living with a parent at an urban place of the region away from home (随迁). */
    double accompanyingChildren;
    /** Primary pupils at home going by bus to a town school (school_transfer). */
    double busedPupils;
    final CensusHouseholds households = new CensusHouseholds();

    /** Families are counted in parallel chunks, whose counts (whole numbers) add up in chunk order. */
    static PeopleCensus take(Region r) {
        Households hh = r.households;
        double monthsAway = r.scenario.behaviour().monthsAway();
        PeopleCensus[] parts = new PeopleCensus[Parallel.chunks(hh.size())];
        r.parallel.forRange(hh.size(), (from, to) -> {
            PeopleCensus part = new PeopleCensus();
            for (int h = from; h < to; h++) {
                if (hh.alive(h)) {
                    part.family(r, h, monthsAway);
                    part.households.add(hh, h, r.settlements.size(), monthsAway);
                }
            }
            parts[from / Parallel.CHUNK] = part;
        });
        PeopleCensus c = new PeopleCensus();
        for (PeopleCensus part : parts) {
            c.add(part);
        }
        for (Settlement s : r.settlements) {
            c.cohorts(s, r.inMigrants);
        }
        return c;
    }

    private void add(PeopleCensus o) {
        for (int g = 0; g < GROUPS; g++) {
            for (int sex = 0; sex < 2; sex++) {
                for (int u = 0; u < 2; u++) {
                    pyramid[g][sex][u][0] += o.pyramid[g][sex][u][0];
                    pyramid[g][sex][u][1] += o.pyramid[g][sex][u][1];
                }
            }
        }
        for (int st = 0; st < Stage.COUNT; st++) {
            pupils[st] += o.pupils[st];
            urbanSchool[st] += o.urbanSchool[st];
            ruralSchool[st] += o.ruralSchool[st];
            leftBehindPupils[st] += o.leftBehindPupils[st];
        }
        ruralChildren += o.ruralChildren;
        leftBehindChildren += o.leftBehindChildren;
        accompanyingChildren += o.accompanyingChildren;
        busedPupils += o.busedPupils;
        households.persons += o.households.persons;
        households.households += o.households.households;
    }

    private void family(Region r, int h, double monthsAway) {
        Households hh = r.households;
        Persons p = r.persons;
        int arr = hh.arrangement(h);
        int accompanying = Whereabouts.anchor(p, h, arr);
        boolean seasonal = Arrangement.loneWorkers(arr) && monthsAway < 6;
        int boarders = Residence.movesChildren(arr) ? 0 : hh.seniorBoarders(h);
        Village v = r.villages.get(hh.village(h));
        int dest = hh.away(h);
        boolean outside = r.isSystem(dest);
        boolean urbanAway = r.urbanDestination(dest);
        boolean seatUrban = r.settlements.get(v.seat).urban;
        boolean primaryUrban = v.urban || !v.schoolOpen && seatUrban;
        boolean juniorUrban = v.urban || seatUrban;   // junior schools are the township's (乡镇中学), not the village's
        int bused = Residence.movesChildren(arr) ? 0 : hh.bused(h);
        busedPupils += bused;
        int hukou = hh.urbanHukou(h) ? 1 : 0;
        for (int i = p.first(h); i < p.end(h); i++) {
            if (p.apart(i)) {
                apart(r, p, i, hukou, monthsAway, v);
                continue;
            }
            int stage = Whereabouts.stage(p, i);
            boolean away = Whereabouts.away(p, i, arr, accompanying);
            boolean countedAway = away && !seasonal;
            boolean boarder = !away && stage == Stage.SENIOR && p.is(i, Persons.SENIOR_PUPIL) && boarders-- > 0;
            if (countedAway && outside) {
                continue;   // not a resident of the region
            }
            boolean urban = countedAway ? urbanAway : boarder || v.urban;
            pyramid[LifeCourse.ageGroup(p.age(i))][p.sex(i)][urban ? 1 : 0][hukou]++;
            if (stage == Stage.PRIMARY || stage == Stage.JUNIOR) {
                pupils[stage]++;
                boolean urbanSchool = away ? urbanAway
                        : stage == Stage.JUNIOR ? juniorUrban : primaryUrban || seatUrban && bused-- > 0;
                (urbanSchool ? this.urbanSchool : ruralSchool)[stage]++;
                if (away && urbanAway) {
                    accompanyingChildren++;
                }
            }
            if (!away && p.age(i) < 18 && !urban) {
                ruralChildren++;
                int parentsAway = arr == Arrangement.TOGETHER_HOME ? 0 : parentsAway(p, h, i, arr, accompanying);
                if (parentsAway > 0) {
                    leftBehindChildren++;
                    if ((stage == Stage.PRIMARY || stage == Stage.JUNIOR) && parentsAway == 2) {
                        leftBehindPupils[stage]++;
                    }
                }
            }
        }
    }

    /**
     * A member living apart (MODEL.md 5.8), a lone worker: where he or she lives from six months away, unless that
     * is a system beyond the region; else at home. Never a pupil, nor a child.
     */
    private void apart(Region r, Persons p, int i, int hukou, double monthsAway, Village home) {
        int d = p.alone(i);
        boolean there = monthsAway >= 6 || p.studying(i);   // students are at college all year (MODEL.md 10.3)
        if (there && r.isSystem(d)) {
            return;
        }
        boolean urban = there ? r.urbanDestination(d) : home.urban;
        pyramid[LifeCourse.ageGroup(p.age(i))][p.sex(i)][urban ? 1 : 0][p.is(i, Persons.URBAN_HUKOU) ? 1 : hukou]++;
    }

    /**
     * 0 if no parent of child i lives away, 1 if a parent does and another is at home, 2 if every living parent in
     * the family lives away. A child whose parents are not members (orphans, or parents in another family) counts 0.
     */
    private static int parentsAway(Persons p, int h, int i, int arr, int accompanying) {
        int mother = p.find(h, p.mother(i));
        if (mother == Persons.NONE) {
            return 0;
        }
        int father = p.find(h, p.spouse(mother));
        boolean motherAway = Whereabouts.away(p, mother, arr, accompanying);
        boolean fatherAway = father != Persons.NONE && Whereabouts.away(p, father, arr, accompanying);
        if (!motherAway && !fatherAway) {
            return 0;
        }
        return motherAway && (father == Persons.NONE || fatherAway) ? 2 : 1;
    }

    /**
     * Urban cohorts and in-migrants (rural hukou of elsewhere): residents by age and sex; their pupils (ages 6-14
     * from the five-year groups) at their place.
     */
    private void cohorts(Settlement s, InMigrants in) {
        int urban = s.urban ? 1 : 0;
        for (int g = 0; g < GROUPS; g++) {
            for (int sex = 0; sex < 2; sex++) {
                pyramid[g][sex][urban][0] += s.cohorts.count(g, sex, 0) + in.count(s.index, g, sex);
                pyramid[g][sex][urban][1] += s.cohorts.count(g, sex, 1);
            }
        }
        // 5-9: four of five years are primary (6-9); 10-14: two primary (10-11), three junior (12-14)
        double primary = (s.cohorts.group(1) + in.group(s.index, 1)) * 4 / 5
                + (s.cohorts.group(2) + in.group(s.index, 2)) * 2 / 5;
        double junior = (s.cohorts.group(2) + in.group(s.index, 2)) * 3 / 5;
        pupils[Stage.PRIMARY] += primary;
        pupils[Stage.JUNIOR] += junior;
        double[] school = s.urban ? urbanSchool : ruralSchool;
        school[Stage.PRIMARY] += primary;
        school[Stage.JUNIOR] += junior;
    }

    double compulsoryUrbanization() {
        double all = pupils[Stage.PRIMARY] + pupils[Stage.JUNIOR];
        return all > 0 ? (urbanSchool[Stage.PRIMARY] + urbanSchool[Stage.JUNIOR]) / all : 0;
    }
}

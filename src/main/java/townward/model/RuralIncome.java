package townward.model;

import townward.economy.SurveyIncome;
import townward.household.Arrangement;
import townward.household.Households;
import townward.household.Residence;
import townward.people.Persons;
import townward.place.Settlement;
import townward.scenario.PlaceKind;

/**
 * Incomes as the statistics report them (MODEL.md 6.3, 7): rural residents' per-capita income by the household
 * survey's four parts, on the survey's definition since 2013 (members counted at rural villages) and on the old net
 * income (纯收入) one, whose members also include the lone workers away; and the monthly income of local and of
 * outside migrant workers in work (the migrant-worker monitoring survey).
 */
final class RuralIncome {
    private static final String[] PARTS = {"wage", "operating", "property", "transfer"};

    private RuralIncome() {
    }

    // the double sums, kept in the serial loop's order (OrderedSums); outside workers by destination follow them
    private static final int PARTS_AT = 0;
    private static final int LOCAL_PAY = Households.SURVEY;
    private static final int LOCAL_WORKING = LOCAL_PAY + 1;
    private static final int AWAY_PAY = LOCAL_PAY + 2;
    private static final int AWAY_WORKING = LOCAL_PAY + 3;
    private static final int CROSS_PROVINCE = LOCAL_PAY + 4;
    private static final int WHOLE_FAMILY = LOCAL_PAY + 5;
    private static final int LOCAL_URBAN = LOCAL_PAY + 6;
    private static final int COMMUTING_OUTSIDE = LOCAL_PAY + 7;
    private static final int DIBAO_MEMBERS = LOCAL_PAY + 8;
    private static final int AGES_AT = LOCAL_PAY + 9;
    private static final int OUTSIDE_AT = AGES_AT + MigrantWorkerAges.SUMS;

    /** A chunk's part: whole-number counts, and the addends of the double sums in order. */
    private static final class Part {
        final OrderedSums sums;
        long rural;
        long withLoneWorkers;

        Part(OrderedSums sums) {
            this.sums = sums;
        }
    }

    /** Households are counted in parallel chunks; every sum has the value of one serial pass in household order. */
    static void record(Region r, Recording out) {
        Households hh = r.households;
        int sumCount = OUTSIDE_AT + r.destinations();
        OrderedSums.Pool pool = out.sumsPool(sumCount);
        double[] totals = new double[sumCount];
        long[] counts = new long[2];
        r.parallel.forChunks(hh.size(), (from, to) -> {
            Part part = new Part(pool.take());
            MigrantWorkerAges ages = new MigrantWorkerAges(part.sums, AGES_AT);
            for (int h = from; h < to; h++) {
                if (hh.alive(h)) {
                    household(r, h, part, ages);
                }
            }
            return part;
        }, part -> {
            part.sums.addTo(totals);
            pool.give(part.sums);
            counts[0] += part.rural;
            counts[1] += part.withLoneWorkers;
        });
        double[] parts = new double[Households.SURVEY];
        System.arraycopy(totals, PARTS_AT, parts, 0, parts.length);
        double rural = counts[0];
        double withLoneWorkers = counts[1];
        double localPay = totals[LOCAL_PAY];
        double localWorking = totals[LOCAL_WORKING];
        double awayPay = totals[AWAY_PAY];
        double awayWorking = totals[AWAY_WORKING];
        double crossProvince = totals[CROSS_PROVINCE];
        double wholeFamily = totals[WHOLE_FAMILY];
        MigrantWorkerAges ages = MigrantWorkerAges.of(totals, AGES_AT);
        MigrantWorkerPlaces places = new MigrantWorkerPlaces(r);
        places.set(totals, OUTSIDE_AT, totals[LOCAL_URBAN]);
        double total = 0;
        for (double p : parts) {
            total += p;
        }
        out.put(r, Recording.REGION, "rural_income_pc", rural > 0 ? total / rural : 0);
        out.put(r, Recording.REGION, "rural_net_income_pc", withLoneWorkers > 0 ? total / withLoneWorkers : 0);
        out.put(r, Recording.REGION, "dibao_recipient_share", rural > 0 ? totals[DIBAO_MEMBERS] / rural : 0);
        for (int k = 0; k < parts.length; k++) {
            out.put(r, Recording.REGION, "rural_income_" + PARTS[k] + "_pc", rural > 0 ? parts[k] / rural : 0);
            out.put(r, Recording.REGION, "rural_income_" + PARTS[k] + "_share", total != 0 ? parts[k] / total : 0);
        }
        out.put(r, Recording.REGION, "local_migrant_monthly_income", localWorking > 0 ? localPay / localWorking : 0);
        out.put(r, Recording.REGION, "outside_migrant_monthly_income", awayWorking > 0 ? awayPay / awayWorking : 0);
        out.put(r, Recording.REGION, "local_migrant_workers", localWorking / r.scale());
        out.put(r, Recording.REGION, "outside_migrant_workers", awayWorking / r.scale());
        // outside migrants who live at home: commuters beyond the township (to a county seat or a city)
        out.put(r, Recording.REGION, "commuting_outside_migrant_workers", totals[COMMUTING_OUTSIDE] / r.scale());
        out.put(r, Recording.REGION, "cross_province_share_of_outside", awayWorking > 0 ? crossProvince / awayWorking : 0);
        // the survey's 举家外出农民工: outside workers in work whose whole family left with them
        out.put(r, Recording.REGION, "whole_family_migrant_workers", wholeFamily / r.scale());
        ages.record(r, out);
        places.record(r, out);
    }

    /** Household h's addends, in the order of the serial loop. */
    private static void household(Region r, int h, Part part, MigrantWorkerAges ages) {
        Households hh = r.households;
        OrderedSums sums = part.sums;
        var e = r.scenario.economy();
        int county = r.countyOf(h);
        double factor = hh.earnFactor(h)
                * (1 + trainedShare(hh, h) * r.policy.trainingWageUplift[county]);
        int arr = hh.arrangement(h);
        int home = Residence.workersHome(hh, h, arr);
        int away = Residence.workersAway(hh, h, arr);
        int members = SurveyIncome.members(r, h);
        if (members > 0) {
            part.rural += members;
            part.withLoneWorkers += members + (Arrangement.loneWorkers(arr) ? away : 0);
            for (int k = 0; k < Households.SURVEY; k++) {
                sums.add(PARTS_AT + k, hh.survey(h, k));
            }
        }
        // 低保 is paid as an expected value, so its recipients are the members of the families below the line times
        // the take-up
        sums.add(DIBAO_MEMBERS, members > 0 && hh.dibao(h) > 0 ? members * e.dibaoTakeUp() : 0);
        double local = (home - hh.commuters(h)) * r.localWork.chanceNow(county);
        double localHere = local;
        sums.add(LOCAL_PAY, local * e.localWage() * r.wageIndex * factor);
        double commuting = 0;
        double commutePay = 0;
        int commuteTo = r.villages.get(hh.village(h)).commuteTo;
        if (hh.commuters(h) > 0) {
            Settlement t = r.settlements.get(commuteTo);
            double hired = t.commuters > 0 ? t.commuterPosts / t.commuters : 0;
            commuting = hh.commuters(h) * (hired + (1 - hired) * t.informalChanceNow);
            commutePay = hh.commuters(h) * factor * r.wageIndex
                    * (hired * t.postWage() + (1 - hired) * t.informalChanceNow * t.informalWage);
        }
        // the survey's 本地 work lies in the home township, 外出 work beyond it, wherever the worker sleeps: a
        // commuter to a town (the township's seat) is local, one to a county seat or a city is outside
        boolean commuteLocal = commuting == 0 || r.settlements.get(commuteTo).kind() == PlaceKind.TOWN;
        double homeWorking = local + commuting;
        if (commuteLocal) {
            localHere += commuting;
            sums.add(LOCAL_PAY, commutePay);
        }
        sums.add(LOCAL_WORKING, localHere);
        int d = hh.away(h);
        double working = 0;
        if (!commuteLocal) {
            sums.add(AWAY_PAY, commutePay);
            sums.add(AWAY_WORKING, commuting);   // not by destination: they live at home, not where they work
        }
        sums.add(COMMUTING_OUTSIDE, commuteLocal ? 0 : commuting);
        if (away > 0 && r.isSystem(d)) {
            working = away * r.systems.spec(d).hireChance();
            sums.add(AWAY_PAY, working * factor * r.systems.wage(d));
            sums.add(CROSS_PROVINCE, r.systems.spec(d).inProvince() ? 0 : working);
        } else if (away > 0 && r.urbanDestination(d)) {
            Settlement s = r.settlements.get(d);
            int posts = Math.min(hh.posts(h), away);
            double informal = (away - posts) * s.informalChanceNow;
            working = posts + informal;
            sums.add(AWAY_PAY, factor * r.wageIndex * (posts * s.postWage() + informal * s.informalWage));
        }
        sums.add(AWAY_WORKING, working);
        sums.add(WHOLE_FAMILY, arr == Arrangement.TOGETHER_AWAY ? working : 0);
        // ages by where the worker lives: a commuter's with the workers at home
        boolean apartWorkers = ages.add(r.persons, r.participation, h, arr, hh.apart(h) > 0, homeWorking, working);
        if (working > 0) {
            sums.add(OUTSIDE_AT + d, working);
        }
        sums.add(LOCAL_URBAN, r.villages.get(hh.village(h)).urban ? localHere : 0);
        if (hh.apart(h) > 0 && apartWorkers) {   // members living apart work where they live (MODEL.md 5.8)
            Persons p = r.persons;
            for (int i = p.first(h); i < p.end(h); i++) {
                if (!ages.apartWorker(i - p.first(h))) {
                    continue;
                }
                int at = p.alone(i);
                double inWork;
                if (r.isSystem(at)) {
                    inWork = r.systems.spec(at).hireChance();
                    sums.add(AWAY_PAY, inWork * r.systems.wage(at));
                } else if (r.urbanDestination(at)) {
                    Settlement s = r.settlements.get(at);
                    inWork = p.holdsPost(i) ? 1 : s.informalChanceNow;
                    sums.add(AWAY_PAY, r.wageIndex * (p.holdsPost(i) ? s.postWage() : inWork * s.informalWage));
                } else {
                    inWork = 0;
                }
                sums.add(AWAY_WORKING, inWork);
                sums.add(CROSS_PROVINCE, r.isSystem(at) && !r.systems.spec(at).inProvince() ? inWork : 0);
                ages.addApart(p.age(i), inWork);
                if (inWork > 0) {
                    sums.add(OUTSIDE_AT + at, inWork);
                }
            }
        }
    }

    private static double trainedShare(Households hh, int h) {
        return hh.adults(h) > 0 ? (double) hh.trained(h) / hh.adults(h) : 0;
    }
}

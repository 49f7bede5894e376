package townward.model;

import townward.economy.SurveyIncome;
import townward.household.Arrangement;
import townward.household.Households;
import townward.household.Residence;
import townward.people.Persons;
import townward.place.Settlement;

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

    static void record(Region r, Recording out) {
        Households hh = r.households;
        double[] parts = new double[Households.SURVEY];
        double rural = 0;
        double withLoneWorkers = 0;
        // monthly earnings and workers in work: local (at home, not commuting), commuters, away in the region, outside
        double localPay = 0;
        double localWorking = 0;
        double awayPay = 0;
        double awayWorking = 0;
        double crossProvince = 0;
        double wholeFamily = 0;
        MigrantWorkerAges ages = new MigrantWorkerAges();
        MigrantWorkerPlaces places = new MigrantWorkerPlaces(r);
        var e = r.scenario.economy();
        for (int h = 0; h < hh.size(); h++) {
            if (!hh.alive(h)) {
                continue;
            }
            int county = r.countyOf(h);
            double factor = hh.earnFactor(h)
                    * (1 + trainedShare(hh, h) * r.policy.trainingWageUplift[county]);
            int arr = hh.arrangement(h);
            int home = Residence.workersHome(hh, h, arr);
            int away = Residence.workersAway(hh, h, arr);
            int members = SurveyIncome.members(r, h);
            if (members > 0) {
                rural += members;
                withLoneWorkers += members + (Arrangement.loneWorkers(arr) ? away : 0);
                for (int k = 0; k < parts.length; k++) {
                    parts[k] += hh.survey(h, k);
                }
            }
            double local = (home - hh.commuters(h)) * r.localWork.chanceNow(county);
            double localHere = local;
            localPay += local * e.localWage() * r.wageIndex * factor;
            if (hh.commuters(h) > 0) {
                Settlement t = r.settlements.get(r.villages.get(hh.village(h)).commuteTo);
                double hired = t.commuters > 0 ? t.commuterPosts / t.commuters : 0;
                double working = hh.commuters(h) * (hired + (1 - hired) * t.informalChanceNow);
                localHere += working;
                localPay += hh.commuters(h) * factor * r.wageIndex
                        * (hired * postWage(t) + (1 - hired) * t.informalChanceNow * t.informalWage);
            }
            localWorking += localHere;
            int d = hh.away(h);
            double working = 0;
            if (away > 0 && r.isSystem(d)) {
                working = away * r.systems.spec(d).hireChance();
                awayPay += working * factor * r.systems.wage(d);
                crossProvince += r.systems.spec(d).inProvince() ? 0 : working;
            } else if (away > 0 && r.urbanDestination(d)) {
                Settlement s = r.settlements.get(d);
                int posts = Math.min(hh.posts(h), away);
                double informal = (away - posts) * s.informalChanceNow;
                working = posts + informal;
                awayPay += factor * r.wageIndex * (posts * postWage(s) + informal * s.informalWage);
            }
            awayWorking += working;
            wholeFamily += arr == Arrangement.TOGETHER_AWAY ? working : 0;
            ages.add(r.persons, r.participation, h, arr, localHere, working);
            places.outside(d, working);
            places.localUrban(r.villages.get(hh.village(h)).urban ? localHere : 0);
            if (hh.apart(h) > 0) {   // members living apart work where they live (MODEL.md 5.8)
                Persons p = r.persons;
                for (int i = p.first(h); i < p.end(h); i++) {
                    if (!p.apart(i) || !MigrantWorkerAges.isWorker(p, r.participation, i)) {
                        continue;
                    }
                    int at = p.alone(i);
                    double inWork;
                    if (r.isSystem(at)) {
                        inWork = r.systems.spec(at).hireChance();
                        awayPay += inWork * r.systems.wage(at);
                    } else if (r.urbanDestination(at)) {
                        Settlement s = r.settlements.get(at);
                        inWork = p.holdsPost(i) ? 1 : s.informalChanceNow;
                        awayPay += r.wageIndex * (p.holdsPost(i) ? postWage(s) : inWork * s.informalWage);
                    } else {
                        inWork = 0;
                    }
                    awayWorking += inWork;
                    crossProvince += r.isSystem(at) && !r.systems.spec(at).inProvince() ? inWork : 0;
                    ages.addApart(p.age(i), inWork);
                    places.outside(at, inWork);
                }
            }
        }
        double total = 0;
        for (double p : parts) {
            total += p;
        }
        out.put(r, Recording.REGION, "rural_income_pc", rural > 0 ? total / rural : 0);
        out.put(r, Recording.REGION, "rural_net_income_pc", withLoneWorkers > 0 ? total / withLoneWorkers : 0);
        for (int k = 0; k < parts.length; k++) {
            out.put(r, Recording.REGION, "rural_income_" + PARTS[k] + "_pc", rural > 0 ? parts[k] / rural : 0);
            out.put(r, Recording.REGION, "rural_income_" + PARTS[k] + "_share", total != 0 ? parts[k] / total : 0);
        }
        out.put(r, Recording.REGION, "local_migrant_monthly_income", localWorking > 0 ? localPay / localWorking : 0);
        out.put(r, Recording.REGION, "outside_migrant_monthly_income", awayWorking > 0 ? awayPay / awayWorking : 0);
        out.put(r, Recording.REGION, "local_migrant_workers", localWorking / r.scale());
        out.put(r, Recording.REGION, "outside_migrant_workers", awayWorking / r.scale());
        out.put(r, Recording.REGION, "cross_province_share_of_outside", awayWorking > 0 ? crossProvince / awayWorking : 0);
        // the survey's 举家外出农民工: outside workers in work whose whole family left with them
        out.put(r, Recording.REGION, "whole_family_migrant_workers", wholeFamily / r.scale());
        ages.record(r, out);
        places.record(r, out);
    }

    private static double postWage(Settlement s) {
        return s.wage * (1 + s.wagePremium);
    }

    private static double trainedShare(Households hh, int h) {
        return hh.adults(h) > 0 ? (double) hh.trained(h) / hh.adults(h) : 0;
    }
}

package townward.policy;

import java.util.List;
import townward.place.Settlement;
import townward.scenario.County;
import townward.scenario.Lever;
import townward.scenario.Scenario;

/**
 * Phase 1: switches on, changes or switches off the levers whose years begin or end now, by rebuilding the
 * year's {@link ActivePolicy} from the levers in force.
 */
public final class PolicySchedule {
    private final Scenario scenario;
    private final List<Settlement> settlements;
    private final List<String> countyNames;

    public PolicySchedule(Scenario scenario, List<Settlement> settlements, List<String> countyNames) {
        this.scenario = scenario;
        this.settlements = settlements;
        this.countyNames = countyNames;
    }

    public ActivePolicy forYear(int year) {
        ActivePolicy p = new ActivePolicy(settlements.size(), countyNames.size(), scenario);
        List<County> counties = scenario.counties();
        for (int c = 0; c < counties.size(); c++) {
            p.dividend[c] = counties.get(c).household().dividend();
        }
        for (Lever lever : scenario.policies()) {
            if (lever.scope().activeIn(year)) {
                apply(p, lever, ActivePolicy.Reach.of(lever, settlements, countyNames));
            }
        }
        for (Settlement s : settlements) {
            s.hukouOpen = s.spec.hukouOpen() || p.hukouOpened[s.index];
            s.openEnrolment = s.spec.schools().openEnrolment() || p.servicesOpened[s.index];
            s.wagePremium = p.wagePremium[s.index];
        }
        return p;
    }

    private static void apply(ActivePolicy p, Lever lever, ActivePolicy.Reach r) {
        boolean[] s = r.settlements();
        boolean[] c = r.counties();
        if (lever instanceof Lever.IndustrialPark l) {
            ActivePolicy.forEach(s, i -> {
                p.parkPosts[i] += l.postsPerYear();
                p.wagePremium[i] = l.wagePremium();
                p.parkCostPerPost[i] = l.costPerPost();
            });
        } else if (lever instanceof Lever.FlexibleEmployment l) {
            ActivePolicy.forEach(s, i -> {
                p.flexibleJobs[i] += l.jobsPerYear();
                p.flexibleMonths[i] = l.months();
                p.flexibleWageRatio[i] = l.wageRatio();
                p.flexibleSubsidy[i] = l.subsidyPerWorker();
            });
        } else if (lever instanceof Lever.SkillsTraining l) {
            ActivePolicy.forEach(c, i -> {
                p.trainingShare[i] = l.sharePerYear();
                p.trainingWageUplift[i] = l.wageUplift();
                p.trainingPostUplift[i] = l.postUplift();
                p.trainingCost[i] = l.costPerTrainee();
            });
        } else if (lever instanceof Lever.SchoolConsolidation l) {
            ActivePolicy.forEach(c, i -> {
                p.closeShare[i] = l.closeSharePerYear();
                p.seniorToCountySeat[i] = l.seniorToCountySeat();
                p.boardingCost[i] = l.boardingCost();
            });
            ActivePolicy.forEach(s, i -> {
                p.seatsAdded[i] += l.seatsPerYear();
                p.seatCost[i] = l.costPerSeat();
            });
        } else if (lever instanceof Lever.SchoolTransfer l) {
            ActivePolicy.forEach(s, i -> {
                p.transferPupils[i] += l.pupilsPerYear();
                p.busCost[i] = l.busCostPerPupil();
                p.transferSeats[i] += l.seatsPerYear();
                p.transferSeatCost[i] = l.costPerSeat();
            });
        } else if (lever instanceof Lever.HousingSubsidy l) {
            ActivePolicy.forEach(s, i -> {
                p.subsidyShare[i] = l.share();
                p.subsidyCap[i] = l.capPerUnit();
                p.subsidyEligible[i] = l.eligible();
            });
        } else if (lever instanceof Lever.HousingVoucher l) {
            ActivePolicy.forEach(s, i -> {
                p.voucherValue[i] = l.value();
                p.voucherRecipients[i] = l.recipients();
            });
        } else if (lever instanceof Lever.HomesteadSwap l) {
            ActivePolicy.forEach(s, i -> {
                p.swapRatio[i] = l.flatM2PerHomesteadM2();
                p.swapFlats[i] += l.flatsPerYear();
                p.swapCostPerFlat[i] = l.costPerFlat();
            });
        } else if (lever instanceof Lever.GovernmentPurchase l) {
            ActivePolicy.forEach(s, i -> {
                p.purchaseUnits[i] += l.unitsPerYear();
                p.purchaseMaxM2[i] = l.maxM2();
                p.purchaseUse[i] = l.use();
                p.purchaseRent[i] = l.rent();
                p.purchasePriceShare[i] = l.priceShare();
            });
        } else if (lever instanceof Lever.ProvidentFund l) {
            ActivePolicy.forEach(s, i -> {
                p.pfRate[i] = l.rate();
                p.pfLoanToValue[i] = l.loanToValue();
                p.pfEligible[i] = l.eligible();
            });
        } else if (lever instanceof Lever.HukouOpening l) {
            ActivePolicy.forEach(s, i -> {
                p.hukouOpened[i] = true;
                p.servicesOpened[i] |= l.services();
            });
        } else if (lever instanceof Lever.LandTransfer l) {
            ActivePolicy.forEach(c, i -> {
                p.landLever[i] = true;
                p.landRent[i] = l.rentPerMu();
                p.landDepth[i] = l.marketDepth();
                p.landOperatorDemand[i] = l.operatorDemandMu();
                p.landSubsidy[i] = l.subsidyPerMu();
            });
        } else if (lever instanceof Lever.RightsRetention l) {
            ActivePolicy.forEach(c, i -> p.rightsRetention[i] = true);
        } else if (lever instanceof Lever.VoluntaryExit l) {
            ActivePolicy.forEach(c, i -> {
                p.exitPerMu[i] = l.perMu();
                p.exitPerM2[i] = l.perM2Homestead();
            });
        } else if (lever instanceof Lever.CollectiveShares l) {
            ActivePolicy.forEach(c, i -> p.dividend[i] = l.dividend());
        } else if (lever instanceof Lever.Pension l) {
            ActivePolicy.forEach(c, i ->
                    p.pensionMonthly[i] = l.residentMonthly() + l.topUpMonthly());
        } else if (lever instanceof Lever.ReturnEntrepreneurship l) {
            ActivePolicy.forEach(c, i -> p.returnProgramme[i] = l);
        } else if (lever instanceof Lever.CollegeExpansion l) {
            ActivePolicy.forEach(s, i -> {
                p.collegeSeats[i] += l.seatsPerYear();
                p.collegeOutsideShare[i] = l.outsideShare();
                p.collegeSeatCost[i] = l.costPerSeat();
            });
        } else if (lever instanceof Lever.GraduateRetention l) {
            ActivePolicy.forEach(s, i -> {
                p.retentionPayment[i] = l.payment();
                p.retentionYears[i] = l.years();
                p.retentionHousing[i] = l.freeHousing();
            });
        }
        // a reclassification acts once, in its first year, through the Reclassification phase
    }
}

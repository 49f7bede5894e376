package townward.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes one lever in resolved form: scope keys (and its id), then the lever's own keys in catalogue order. */
final class LeverYaml {

    private LeverYaml() {
    }

    static void write(ObjectNode n, Lever l) {
        n.put("lever", l.key());
        Scope s = l.scope();
        if (s.id() != null) {
            n.put("id", s.id());
        }
        n.put("from", s.from());
        n.put("to", s.to());
        ResolvedYaml.names(n, "counties", s.counties());
        ResolvedYaml.names(n, "places", s.places());
        if (l instanceof Lever.IndustrialPark x) {
            own(n, l, x.postsPerYear(), x.wagePremium(), x.costPerPost());
        } else if (l instanceof Lever.FlexibleEmployment x) {
            own(n, l, x.jobsPerYear(), x.months(), x.wageRatio(), x.subsidyPerWorker());
        } else if (l instanceof Lever.SkillsTraining x) {
            own(n, l, x.sharePerYear(), x.wageUplift(), x.postUplift(), x.costPerTrainee());
        } else if (l instanceof Lever.SchoolConsolidation x) {
            own(n, l, x.closeSharePerYear(), x.seatsPerYear(), x.seniorToCountySeat(), x.boardingCost(), x.costPerSeat());
        } else if (l instanceof Lever.SchoolTransfer x) {
            own(n, l, x.pupilsPerYear(), x.seatsPerYear(), x.busCostPerPupil(), x.costPerSeat());
        } else if (l instanceof Lever.HousingSubsidy x) {
            own(n, l, x.share(), x.capPerUnit(), x.eligible().key());
        } else if (l instanceof Lever.HousingVoucher x) {
            own(n, l, x.value(), x.recipients().key());
        } else if (l instanceof Lever.HomesteadSwap x) {
            own(n, l, x.flatM2PerHomesteadM2(), x.flatsPerYear(), x.costPerFlat());
        } else if (l instanceof Lever.GovernmentPurchase x) {
            own(n, l, x.unitsPerYear(), x.maxM2(), x.use().key(), x.rent(), x.priceShare());
        } else if (l instanceof Lever.ProvidentFund x) {
            own(n, l, x.rate(), x.loanToValue(), x.eligible().key());
        } else if (l instanceof Lever.HukouOpening x) {
            own(n, l, x.services());
        } else if (l instanceof Lever.LandTransfer x) {
            own(n, l, x.rentPerMu(), x.marketDepth(), x.operatorDemandMu(), x.subsidyPerMu());
        } else if (l instanceof Lever.RightsRetention) {
            own(n, l);
        } else if (l instanceof Lever.VoluntaryExit x) {
            own(n, l, x.perMu(), x.perM2Homestead());
        } else if (l instanceof Lever.CollectiveShares x) {
            own(n, l, x.dividend());
        } else if (l instanceof Lever.Pension x) {
            own(n, l, x.residentMonthly(), x.topUpMonthly());
        } else if (l instanceof Lever.ReturnEntrepreneurship x) {
            own(n, l, x.quota(), x.grant(), x.loan(), x.interestSubsidy(), x.loanYears(), x.businessIncome());
        } else if (l instanceof Lever.CollegeExpansion x) {
            own(n, l, x.seatsPerYear(), x.outsideShare(), x.costPerSeat());
        } else if (l instanceof Lever.GraduateRetention x) {
            own(n, l, x.payment(), x.years(), x.freeHousing());
        } else if (l instanceof Lever.Reclassification x) {
            ResolvedYaml.names(n, "villages", x.villages());
            n.put("nearest_villages", x.nearestVillages());
            ResolvedYaml.names(n, "townships", x.townships());
            if (x.relocateTo() != null) {
                n.put("relocate_to", x.relocateTo());
            }
            n.put("consent_share", x.consentShare());
            n.put("consent_required", x.consentRequired());
            n.put("cost_per_household", x.costPerHousehold());
        }
    }

    /** The lever's own values, matched to its catalogue keys after the scope keys. */
    private static void own(ObjectNode n, Lever l, Object... values) {
        Spec.Obj spec = LeverCatalogue.LEVERS.get(l.key());
        var keys = java.util.List.copyOf(spec.fields().keySet()).subList(LeverKeys.SCOPE_KEYS, spec.fields().size());
        ObjectNode tmp = n.objectNode();
        ResolvedYaml.fill(tmp, Spec.Obj.of("", keys.stream().map(k -> spec.get(k)).toArray(Spec.Field[]::new)), values);
        n.setAll(tmp);
    }
}

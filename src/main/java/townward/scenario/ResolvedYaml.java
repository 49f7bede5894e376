package townward.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a resolved scenario back as YAML with the file's key names, in the catalogue's fixed order. Values that
 * mean "not given" (NaN coordinates, NaN purchase rent, unlimited operator demand) are left out, since leaving
 * them out is how a file says so.
 */
final class ResolvedYaml {

    private static final JsonNodeFactory N = JsonNodeFactory.instance;
    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build());

    private ResolvedYaml() {
    }

    static String write(Scenario s) {
        ObjectNode o = N.objectNode();
        o.put("name", s.name());
        o.put("region", s.region());
        if (!s.description().isEmpty()) {
            o.put("description", s.description());
        }
        o.put("start_year", s.startYear());
        o.put("end_year", s.endYear());
        o.put("seed", s.seed());
        o.put("scale", s.scale());
        years(o.putObject("observed"), "urbanization_rate", s.observed().urbanizationRate());
        Economy e = s.economy();
        fill(o.putObject("economy"), Catalogue.ECONOMY, e.wageGrowth(), e.farmIncomePerMu(), e.entrustedIncomePerMu(),
                e.landRentPerMu(), e.landRentFreeShare(), e.landMarketDepth(), e.localWage(), e.pensionMonthly(),
                e.employeePensionShare(), e.mortgageRate(), e.mortgageYears(), e.downPayment(), e.subsistence(),
                e.workerRentShare(), e.commuteCostPerKm(), e.boardingCost(), e.villageRentPerM2(),
                e.villageRentDemand(), e.quotaValuePerMu(), e.priceElasticity(),
                e.cpiGrowth(), e.wageGrowthFrom(), e.landSubsidyPerMu(), e.depositRate(), e.contributionsPerPerson(),
                e.otherFarmIncome(), e.farmIncomeGrowth(), e.dibaoLine(), e.dibaoTakeUp(), e.pensionTopupShare());
        Labour lab = s.labour();
        fill(o.putObject("labour"), Catalogue.LABOUR, lab.informalWageRatio(), lab.informalPerPost(),
                lab.informalPerResident(), lab.separationRate(), lab.expectationWeight(), lab.participationScale(),
                lab.monthsPost(), lab.monthsInformal(), lab.monthsLocal(), lab.farmMonthsPerMu(), lab.localJobsPerResident(),
                lab.localJobGrowth(), lab.businessShare(), lab.businessIncomeRatio(), lab.remitShare());
        Demography d = s.demography();
        fill(o.putObject("demography"), Catalogue.DEMOGRAPHY, d.tfrRural(), d.tfrUrban(), d.mortalityFactor(),
                d.mortalityDecline(), d.marriageScale(), d.separateAtMarriage(), d.separateRate(),
                d.seniorEnrolment(), d.college().entry(), d.college().years(), d.college().localShare(),
                d.college().hukouTransfer(), d.college().graduateWageFactor(), d.college().graduateHukouRate());
        ArrayNode systems = o.putArray("destinations");
        for (Destination x : s.destinations()) {
            fill(systems.addObject(), Catalogue.DESTINATION, x.name(), x.inProvince(), x.distanceKm(), x.wage(),
                    x.wageGrowth(), x.wageGrowthFrom(), x.posts(), x.postGrowth(), x.hireChance(), x.rent(),
                    x.livingCost(), x.publicSchoolShare(), x.examOpen(), x.constant(), x.count(), x.startShare(),
                    x.mirrorInflow(), x.inflow(), x.urbanShare(), tiers(x.tiers()));
        }
        Behaviour b = s.behaviour();
        fill(o.putObject("behaviour"), Catalogue.BEHAVIOUR, b.considerRate(), b.eventConsiderRate(), b.lambda(), b.bIncome(), b.bSchool(),
                b.bNetwork(), b.bSize(), b.bHukou(), b.bLogDistance(), b.bExamPenalty(), b.bMove(), b.bSplit(), b.cSplitAway(), b.bAge(), b.cUrban(),
                b.cOutside(), b.schoolTownValue(), b.boardingPenalty(), b.noEnrolmentPenalty(), b.commuteKm(), b.bCommuteKm(),
                b.maxDistanceKm(), b.hukouYears(), b.hukouConversionRate(), b.forfeitFactor(), b.monthsAway(),
                b.mobilitySd(), b.returns().constant(), b.returns().age(), b.returns().school(), b.returns().local(),
                b.returns().years(), b.returns().care(), b.returns().unemployed(), b.cohorts().outPeak(),
                b.cohorts().wage(), b.cohorts().unemployment(), b.cohorts().returnRate(), b.youth().considerRate(),
                b.youth().male(), b.youth().female(), b.youth().age());
        ArrayNode counties = o.putArray("counties");
        for (County c : s.counties()) {
            ObjectNode n = counties.addObject();
            n.put("name", c.name());
            n.put("rural_households", c.ruralHouseholds());
            fill(n.putObject("villages"), Catalogue.VILLAGES, c.villages().count(), c.villages().radiusKm(),
                    c.villages().closedSchoolShare());
            County.HouseholdProfile h = c.household();
            fill(n.putObject("household"), Catalogue.HOUSEHOLD, h.size(), h.childrenShare(), h.elderlyShare(),
                    h.headAge(), h.landMu(), h.landTransferred(), h.homesteadM2(), h.savings(), h.savingsSigma(),
                    h.awayShare(), h.awayOutsideShare(), h.togetherAwayShare(), h.splitAwayShare(),
                    h.accompanyShare(), h.youthAwayShare(), h.dividend());
        }
        ArrayNode places = o.putArray("places");
        s.places().forEach(p -> place(places.addObject(), p));
        ArrayNode policies = o.putArray("policies");
        s.policies().forEach(l -> LeverYaml.write(policies.addObject(), l));
        ObjectNode t = o.putObject("targets");
        s.targets().region().forEach((k, v) -> years(t, k, v));
        ArrayNode tp = t.putArray("places");
        for (Targets.PlaceTarget p : s.targets().places()) {
            ObjectNode n = tp.addObject();
            n.put("place", p.place());
            p.targets().forEach((k, v) -> years(n, k, v));
        }
        try {
            return YAML.writeValueAsString(o);
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);  // cannot happen for a tree of plain values
        }
    }

    private static void place(ObjectNode n, Place p) {
        n.put("name", p.name());
        n.put("kind", p.kind().key());
        n.put("county", p.county());
        if (p.kind() == PlaceKind.VILLAGE) {
            n.put("seat", p.seat());
            n.put("households", p.households());
        }
        n.put("demonstration", p.demonstration());
        put(n, "lon", p.lon());
        put(n, "lat", p.lat());
        n.put("population", p.population());
        n.put("urban_hukou_share", p.urbanHukouShare());
        n.put("built_up_km2", p.builtUpKm2());
        n.put("built_up_growth_km2", p.builtUpGrowthKm2());
        n.put("hukou_open", p.hukouOpen());
        n.put("living_cost", p.livingCost());
        n.put("tier", p.tier().key());
        Place.Jobs j = p.jobs();
        fill(n.putObject("jobs"), Catalogue.JOBS, j.posts(), j.vacant(), j.growth(), j.wage(), j.informalWage());
        Place.Housing h = p.housing();
        fill(n.putObject("housing"), Catalogue.HOUSING, h.units(), h.price(), h.flatM2(), h.rent(), h.rentalUnits(),
                h.completions(), h.rentalShare(), h.affordableUnits(), h.affordableRent(), h.affordablePrice());
        Place.Schools sc = p.schools();
        fill(n.putObject("schools"), Catalogue.SCHOOLS, sc.primary(), sc.junior(), sc.senior(), sc.college(),
                sc.openEnrolment());
    }

    private static ObjectNode tiers(Destination.Tiers t) {
        ObjectNode n = N.objectNode();
        fill(n, Catalogue.TIER_SHARES, t.municipality(), t.capital(), t.prefecture());
        return n;
    }

    /** Puts values under the object's keys in catalogue order (the caller passes them in that order). */
    static void fill(ObjectNode n, Spec.Obj spec, Object... values) {
        List<String> keys = List.copyOf(spec.fields().keySet());
        if (keys.size() != values.length) {
            throw new IllegalStateException("writer and catalogue disagree on " + keys);
        }
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof Double dv) {
                put(n, keys.get(i), dv);
            } else if (v instanceof Integer iv) {
                n.put(keys.get(i), iv);
            } else if (v instanceof Boolean bv) {
                n.put(keys.get(i), bv);
            } else if (v instanceof ObjectNode o) {
                n.set(keys.get(i), o);
            } else if (v instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<Integer, Double> byYear = (Map<Integer, Double>) m;
                if (!byYear.isEmpty()) {
                    years(n, keys.get(i), byYear);
                }
            } else {
                n.put(keys.get(i), String.valueOf(v));
            }
        }
    }

    /** A number, left out when it is the "not given" NaN or infinity. */
    static void put(ObjectNode n, String key, double v) {
        if (Double.isFinite(v)) {
            n.put(key, v);
        }
    }

    static void years(ObjectNode n, String key, Map<Integer, Double> m) {
        ObjectNode y = n.putObject(key);
        m.forEach((year, v) -> y.put(String.valueOf(year), v));
    }

    static void names(ObjectNode n, String key, List<String> names) {
        ArrayNode a = n.putArray(key);
        names.forEach(a::add);
    }
}

package townward.model;

import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;
import townward.decision.Choices;
import townward.decision.Decisions;
import townward.destination.ReturnHazard;
import townward.decision.Matching;
import townward.decision.Utility;
import townward.decision.YouthChoices;
import townward.demography.Demography;
import townward.demography.Reclassification;
import townward.economy.Accounting;
import townward.economy.FiveGolds;
import townward.economy.TownEconomy;
import townward.labour.LabourMarket;
import townward.policy.PolicySchedule;
import townward.scenario.Lever;
import townward.scenario.Scenario;
import townward.school.SchoolConsolidation;

/**
 * The townward model as a MASON {@link SimState}. One schedule step is one year; each phase of MODEL.md section 3
 * is one repeating Steppable, ordered by {@link Phase}. The start year is the observed initial state, recorded
 * before any step; steps simulate the years after it.
 */
public final class TownwardModel extends SimState {
    private static final long serialVersionUID = 1L;
    private final transient Scenario scenario;
    private final transient MetricSink sink;
    private final transient Parallel parallel;
    private transient Region region;
    private transient PolicySchedule policies;
    /** Levers to use from the next simulated year on (set between steps), or null. */
    private transient volatile Scenario nextLevers;
    private double startFactor = 1;
    /** Rounds of the start's work modes and chances; with weight 0.3, 0.7^12 = 1 % of the first guess is left. */
    private static final int START_ROUNDS = 12;

    public TownwardModel(Scenario scenario, int threads, MetricSink sink) {
        super(scenario.seed());
        this.scenario = scenario;
        this.sink = sink;
        this.parallel = new Parallel(threads);
    }

    @Override
    public void start() {
        super.start();
        region = new RegionBuilder(scenario).build(parallel);
        Reclassification.startState(region);
        region.inMigrants.step(region, true);
        for (var s : region.settlements) {
            s.setIncumbentPosts(s.incumbentPosts);   // the in-migrants at the start share the incumbents' posts
        }
        startFactor = StartCalibration.apply(region);
        MoverStayer.assign(region);
        for (Lever l : scenario.policies()) {
            region.costs.book(l.key(), 0);
        }
        region.year = scenario.startYear();
        policies = new PolicySchedule(scenario, region.settlements, region.countyNames);
        region.policy = policies.forYear(region.year);
        for (var s : region.settlements) {
            s.updateIncumbentPosts();
        }
        LabourMarket.start(region);
        FiveGolds golds = new FiveGolds(region);
        Choices choices = new Choices();
        Utility utility = new Utility(region, golds);
        Decisions decisions = new Decisions(choices, utility, new ReturnHazard(region));
        startWorkModes(decisions);
        Recording recording = new Recording(sink);
        new Accounting(golds).realizeOnly(region);
        sink.record(region.year, Recording.REGION, "start_population_factor", startFactor);
        recording.run(region);

        // the year, top-down (MODEL.md section 3)
        phase(Phase.POLICY_SCHEDULE, r -> {
            r.year++;
            r.tally.newYear();
            r.costs.newYear();
            Scenario levers = nextLevers;
            if (levers != null) {
                nextLevers = null;
                policies = new PolicySchedule(levers, r.settlements, r.countyNames);
            }
            r.policy = policies.forYear(r.year);
        });
        phase(Phase.RECLASSIFICATION, new Reclassification(golds.housing()));
        phase(Phase.DEMOGRAPHY, new Demography(golds.housing()));
        phase(Phase.TOWN_ECONOMY, new TownEconomy());
        phase(Phase.SCHOOL_CONSOLIDATION, new SchoolConsolidation());
        phase(Phase.DECISIONS, decisions);
        phase(Phase.MATCHING, new Matching(choices, decisions, utility));
        phase(Phase.YOUTH_CHOICES, new YouthChoices(utility, decisions));
        phase(Phase.IN_MIGRATION, r -> r.inMigrants.step(r, false));
        phase(Phase.LABOUR_MARKET, new LabourMarket());
        phase(Phase.ACCOUNTING, new Accounting(golds));
        phase(Phase.RECORDING, recording);
    }

    /**
     * The start's work modes and the chances they imply, made consistent (MODEL.md 5.7, 9 item 5): the adults at home
     * choose commuting against local work, the commuters join their towns' pools, and the expected chances move
     * towards what the pools give by the yearly expectation weight, for {@link #START_ROUNDS} rounds. One round left
     * the start with every commuter a first-day chance invites and the first simulated year with a fifth of them.
     */
    private void startWorkModes(Decisions decisions) {
        double weight = scenario.labour().expectationWeight();
        for (int k = 0; k < START_ROUNDS; k++) {
            decisions.startWorkModes(region);
            LabourMarket.expectFromStart(region, weight);
        }
    }

    private void phase(Phase phase, YearPhase body) {
        schedule.scheduleRepeating(Schedule.EPOCH, phase.ordinal(), (Steppable) state -> body.run(region), 1.0);
    }

    /**
     * Replaces the levers from the next simulated year on (a GUI changing a lever between two years). The model
     * takes only {@code policies} from {@code levers}; reclassifications still act as the scenario given at
     * construction says. Results are those of a run of {@code levers} from the start only if its levers are in
     * force exactly as before for the years already simulated: change a lever at year Y by ending it at Y - 1 and
     * adding a copy from Y with the new value.
     */
    public void changeLevers(Scenario levers) {
        nextLevers = levers;
    }

    /** The simulated region (for tests and invariant checks). */
    public Region region() {
        return region;
    }

    public boolean done() {
        return region.year >= scenario.endYear();
    }

    @Override
    public void finish() {
        super.finish();
        parallel.close();
    }
}

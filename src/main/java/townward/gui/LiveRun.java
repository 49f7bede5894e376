package townward.gui;

import townward.model.Recording;
import townward.model.TownwardModel;

/**
 * The run of a GUI session as the Model tab sees it: the earliest year a lever change made now can act from, and
 * handing changed levers to the model under way. Headless, so tests drive it exactly as the Console does.
 */
public final class LiveRun implements ModelTab.Run {
    private final LeverSession session;
    private final YearLog log;
    private TownwardModel model;
    private boolean running;

    public LiveRun(LeverSession session, YearLog log) {
        this.session = session;
        this.log = log;
    }

    /** A model was started with the session scenario (its start year recorded). */
    public void started(TownwardModel started) {
        this.model = started;
        this.running = true;
    }

    /** The run was stopped or finished: changes now hold for the next run. */
    public void stopped() {
        running = false;
    }

    public TownwardModel model() {
        return model;
    }

    @Override
    public int year() {
        Integer y = log.lastYear();
        return y != null ? y : session.scenario().startYear();
    }

    @Override
    public double urbanizationRate() {
        return log.get(year(), Recording.REGION, "urbanization_rate");
    }

    @Override
    public long seed() {
        return session.scenario().seed();
    }

    @Override
    public int firstChangeYear() {
        return running && !model.done() ? model.region().year + 1 : session.scenario().startYear();
    }

    @Override
    public void leversChanged() {
        if (running) {
            model.changeLevers(session.scenario());
        }
    }
}

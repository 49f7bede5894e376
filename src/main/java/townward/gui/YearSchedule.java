package townward.gui;

import sim.engine.Schedule;

/**
 * The schedule of a run in the Console, showing years: one step is one year, and the first step (time 0)
 * simulates the year after the observed start. MASON's Console shows the schedule's timestamp, which would
 * otherwise be the step count.
 */
final class YearSchedule extends Schedule {

    private static final long serialVersionUID = 1L;

    private final int startYear;

    YearSchedule(int startYear) {
        this.startYear = startYear;
    }

    /** The year the step at {@code time} simulated; before the first step, the observed start year. */
    int year(double time) {
        return time < EPOCH ? startYear : startYear + 1 + (int) Math.floor(time - EPOCH);
    }

    @Override
    public String getTimestamp(double time, String beforeSimulationString, String afterSimulationString) {
        if (time == AFTER_SIMULATION) {
            return afterSimulationString;
        }
        return Integer.toString(year(time));
    }
}

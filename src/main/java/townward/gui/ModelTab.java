package townward.gui;

import java.util.ArrayList;
import java.util.List;
import sim.util.Interval;
import sim.util.Propertied;
import sim.util.Properties;
import townward.scenario.Lever;
import townward.scenario.ScenarioException;
import townward.scenario.ValidationError;

/**
 * What the Console's Model tab shows: the year, the urbanization rate, the seed and the lever changes made, the
 * year changes act from, then every changeable value of every lever of the scenario as it is in that year, with
 * its range (a slider for short ranges, a list for choices). The year is the next simulated one unless the planner
 * picks a later one (before a run: the start year, for the whole run, or any later one). The levers are those of
 * the scenario file, so their number is only known at run time: this object provides its own {@link Properties}
 * (MASON's way for dynamic properties) rather than bean getters.
 */
public final class ModelTab implements Propertied {

    /** The run the tab reports on and changes. */
    public interface Run {
        /** The year last recorded (the start year before the first step). */
        int year();

        double urbanizationRate();

        long seed();

        /**
         * The earliest year a change made now can act from: the next simulated year during a run, the start year
         * (the whole run) before one.
         */
        int firstChangeYear();

        /** The session's levers changed; a run under way takes them from its next year. */
        void leversChanged();
    }

    /** The row of the year changes act from; the levers' rows follow it. */
    public static final int FROM_ROW = 5;
    private static final int FIXED = 6;

    private final LeverSession session;
    private final Run run;
    private final Labels labels;
    /** Per row after the fixed ones: the lever's index, and the key of a value or null for the lever's heading. */
    private final List<int[]> rows = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private String message = "";
    /** The year picked for changes to act from, or null: the earliest possible. */
    private Integer picked;
    private Runnable refresh = () -> { };

    /** @param labels the levers' names: Chinese as in the report with a CJK font, else their YAML keys */
    public ModelTab(LeverSession session, Run run, Labels labels) {
        this.session = session;
        this.run = run;
        this.labels = labels;
        for (int i = 0; i < session.levers(); i++) {
            List<LeverFields.Field> fields = LeverFields.of(session.lever(i, session.scenario().startYear()));
            if (fields.isEmpty()) {
                continue;
            }
            rows.add(new int[] {i});
            keys.add(null);
            for (LeverFields.Field f : fields) {
                rows.add(new int[] {i});
                keys.add(f.key());
            }
        }
    }

    @Override
    public Properties properties() {
        return props;
    }

    /** Called after a change, to show every row anew (the Console's inspector shows only the field changed). */
    void onChange(Runnable r) {
        refresh = r;
    }

    /** The year a change made now acts from: the one picked, unless it has passed, else the earliest. */
    public int changeYear() {
        int first = run.firstChangeYear();
        return picked == null ? first : Math.min(Math.max(picked, first), session.scenario().endYear());
    }

    /** The last change made or the last value refused, for the tab and for tests. */
    public String message() {
        return message;
    }

    /** The row of a lever's value, for tests and scripted sessions. */
    public int row(int lever, String key) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r)[0] == lever && key.equals(keys.get(r))) {
                return FIXED + r;
            }
        }
        throw new IllegalArgumentException("no changeable value policies[" + lever + "]." + key);
    }

    private boolean isHeading(int row) {
        return row >= FIXED && keys.get(row - FIXED) == null;
    }

    private LeverFields.Field field(int row) {
        int r = row - FIXED;
        Lever l = session.lever(rows.get(r)[0], changeYear());
        String key = keys.get(r);
        return LeverFields.of(l).stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    private String scope(Lever l) {
        var s = l.scope();
        String where = s.everywhere() ? "everywhere"
                : String.join(", ", s.places()) + (s.places().isEmpty() || s.counties().isEmpty() ? "" : "; ")
                + (s.counties().isEmpty() ? "" : "counties " + String.join(", ", s.counties()));
        return s.from() + "-" + s.to() + ", " + where;
    }

    /** A lever's heading: years and places of its part in force in the change year; whether it was changed. */
    private String heading(int i) {
        Lever l = session.lever(i, changeYear());
        boolean changed = session.changes().stream().anyMatch(c -> c.lever() == i);
        return scope(l) + (changed ? " (changed)" : "");
    }

    private final Properties props = new Properties() {
        private static final long serialVersionUID = 1L;

        @Override
        public Object getObject() {
            return ModelTab.this;
        }

        @Override
        public boolean isVolatile() {
            return false;
        }

        @Override
        public int numProperties() {
            return FIXED + rows.size();
        }

        @Override
        public Object getValue(int index) {
            switch (index) {
                case 0: return run.year();
                case 1: return percent(run.urbanizationRate());
                case 2: return run.seed();
                case 3: return session.changes().size();
                case 4: return message;
                case FROM_ROW: return changeYear();
                default:
                    int i = rows.get(index - FIXED)[0];
                    return isHeading(index) ? heading(i) : field(index).value(session.lever(i, changeYear()));
            }
        }

        @Override
        public boolean isReadWrite(int index) {
            return index >= FROM_ROW && !isHeading(index);
        }

        @Override
        public String getName(int index) {
            switch (index) {
                case 0: return "Year";
                case 1: return "Urbanization rate";
                case 2: return "Seed";
                case 3: return "Lever changes";
                case 4: return "Last change";
                case FROM_ROW: return "Changes from";
                default:
                    int i = rows.get(index - FIXED)[0];
                    return isHeading(index) ? labels.leverHeading(i, session.lever(i, changeYear()).key())
                            : labels.leverValue(keys.get(index - FIXED));
            }
        }

        @Override
        public Class<?> getType(int index) {
            switch (index) {
                case 0: case 3: case FROM_ROW: return Integer.TYPE;
                case 2: return Long.TYPE;
                case 1: case 4: return String.class;
                default:
                    if (isHeading(index)) {
                        return String.class;
                    }
                    return switch (field(index).kind()) {
                        case NUMBER -> Double.TYPE;
                        case BOOLEAN -> Boolean.TYPE;
                        case CHOICE -> Integer.TYPE;
                    };
            }
        }

        @Override
        public Object getDomain(int index) {
            if (index == FROM_ROW) {
                return new Interval((long) session.scenario().startYear(), (long) session.scenario().endYear());
            }
            if (index < FIXED || isHeading(index)) {
                return null;
            }
            LeverFields.Field f = field(index);
            if (f.kind() == LeverFields.Kind.CHOICE) {
                return f.choices().toArray(new String[0]);
            }
            if (f.kind() == LeverFields.Kind.NUMBER && f.max() - f.min() <= 100) {
                return new Interval(f.min(), f.max());   // a slider; wide ranges get a text field
            }
            return null;
        }

        @Override
        public String getDescription(int index) {
            switch (index) {
                case 0: return "The year last recorded; the start year is the observed initial state.";
                case 1: return "Urban residents / residents in the year last recorded (six-month rule).";
                case 2: return "The seed of the run (set it in the Console tab before pressing play).";
                case 3: return "Lever changes made in this session; File > Write scenario as run... writes them out.";
                case 4: return "The last change made, or why the last value was refused.";
                case FROM_ROW: return "<html>The year a lever change made now acts from; the levers below show their"
                        + " values in that year.<br>During a run: the next simulated year, or any later one (the"
                        + " lever is ended the year before and continued with the new value).<br>Before a run: the"
                        + " start year (the change holds for the whole run, as --set) or any later one.</html>";
                default:
                    int i = rows.get(index - FIXED)[0];
                    Lever l = session.lever(i, changeYear());
                    if (isHeading(index)) {
                        return "policies[" + i + "] " + l.key() + ": years and places of its part in force in the"
                                + " year of \"Changes from\"; its values follow.";
                    }
                    LeverFields.Field f = field(index);
                    // no years here: MASON sets a tooltip once, and the heading shows the part of the year picked
                    return "<html><b>" + f.key() + "</b> of policies[" + i + "] " + l.key() + "<br>" + f.description()
                            + (f.kind() == LeverFields.Kind.NUMBER ? " Range " + f.range() + "." : "")
                            + (f.derived() == null ? "" : " When not given (NaN, Infinity): " + f.derived() + ".")
                            + "<br>A change acts from the year in \"Changes from\".</html>";
            }
        }

        @Override
        protected Object _setValue(int index, Object value) {
            if (index == FROM_ROW) {
                int year = ((Number) value).intValue();
                if (year != changeYear()) {   // the slider also sends back the value the tab shows it
                    pick(year);
                }
                return getValue(index);
            }
            if (index < FIXED || isHeading(index)) {
                return null;
            }
            int i = rows.get(index - FIXED)[0];
            LeverFields.Field f = field(index);
            try {
                LeverSession.Change c = session.change(i, f.key(), f.text(value), changeYear());
                if (c != null) {
                    message = c.toString();
                    System.err.println("townward gui: " + c);
                    run.leversChanged();
                    refresh.run();
                }
                return getValue(index);
            } catch (ScenarioException e) {
                message = e.errors().stream().map(ValidationError::message).reduce((a, b) -> a + "; " + b)
                        .orElse(e.getMessage());
            } catch (IllegalArgumentException e) {
                message = e.getMessage();
            }
            System.err.println("townward gui: not changed: " + message);
            return null;
        }
    };

    /** Picks the year changes act from; a year that has passed (or is under way) gives the earliest. */
    private void pick(int year) {
        int first = run.firstChangeYear();
        picked = year;
        message = year < first ? year + " has passed: changes act from " + first + " at the earliest"
                : year > session.scenario().endYear() ? "the run ends in " + session.scenario().endYear()
                : "changes act from " + year;
        refresh.run();
    }

    /** A share as a planner reads it, {@code 63.7 %}, not {@code 0.6374887918990456}. */
    static String percent(double share) {
        return Double.isFinite(share) ? String.format(java.util.Locale.ROOT, "%.1f %%", share * 100) : "–";
    }
}

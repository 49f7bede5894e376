package townward.gui;

import java.awt.Component;
import java.awt.FileDialog;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.portrayal.Inspector;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.inspector.PropertyInspector;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.util.Bag;
import townward.model.Region;
import townward.model.Tally;
import townward.model.TownwardModel;
import townward.scenario.Scenario;
import townward.scenario.ScenarioException;

/**
 * The townward model in MASON's Console: a map of places, village clusters and this year's flows of movers, a chart
 * of the urbanization rate against the targets and of movers by motive, the scenario's levers in the Model tab
 * (changed from a year the planner picks), and an inspector for each place. It wraps the same {@link TownwardModel} the
 * command line runs; the model imports nothing from here.
 *
 * <p>Each press of play starts a fresh model from the session scenario with the Console's seed. A run stops by
 * itself after the scenario's end year.
 */
public final class TownwardWithUI extends GUIState {
    static final int DISPLAY_WIDTH = 800;
    static final int DISPLAY_HEIGHT = 560;

    private final LeverSession session;
    private final int threads;
    private final YearLog log;
    private final LiveRun run;
    private final ModelTab modelTab;
    private final Labels labels;
    private final ContinuousPortrayal2D placesPortrayal = new ContinuousPortrayal2D();
    private final NetworkPortrayal2D flowsPortrayal = new NetworkPortrayal2D();
    private RegionMap map;
    private Display2D display;
    private JFrame displayFrame;
    private TrendChart chart;

    /** The Console's default delay between years when playing, in milliseconds. */
    static final long PLAY_SLEEP_MS = 400;

    /**
     * @param scenario the scenario as loaded, with the command line's overrides
     * @param source   its file name, for messages and the written scenario's header
     * @param threads  worker threads of each run (results do not depend on it)
     */
    public TownwardWithUI(Scenario scenario, String source, int threads) {
        this(new LeverSession(scenario, source), threads, new YearLog());
    }

    private TownwardWithUI(LeverSession session, int threads, YearLog log) {
        super(new TownwardModel(session.scenario(), 1, log));   // replaced by a fresh model at each start
        this.session = session;
        this.threads = threads;
        this.log = log;
        this.run = new LiveRun(session, log);
        this.labels = Labels.standard();
        this.modelTab = new ModelTab(session, run, labels);
    }

    public static String getName() {
        return "townward";
    }

    public static Object getInfo() {
        return "<html><h2>townward</h2><p>Rural households of a Chinese county or region deciding each year whether to"
                + " stay, work away, accompany children to a town school or move, under a planner's levers.</p>"
                + "<p>Map: places sized by residents and coloured by kind (demonstration towns ringed), village"
                + " clusters shaded by the share of their people away, this year's movers as lines (width by"
                + " movers). Model tab: the scenario's levers; a change acts from the year in \"Changes from\""
                + " (the next simulated year unless you pick a later one)."
                + " File &gt; Write Scenario as Run... writes a scenario file that reproduces the run with"
                + " <tt>townward run</tt>. Click a place to inspect it.</p></html>";
    }

    /** The lever session (for tests and scripted sessions). */
    public LeverSession session() {
        return session;
    }

    public ModelTab modelTab() {
        return modelTab;
    }

    /** Metrics of the current run, as metrics.csv would hold them. */
    public YearLog log() {
        return log;
    }

    public Display2D display() {
        return display;
    }

    RegionMap map() {
        return map;
    }

    TrendChart chart() {
        return chart;
    }

    @Override
    public Object getSimulationInspectedObject() {
        return modelTab;
    }

    @Override
    public int getMaximumPropertiesForInspector() {
        return 1000;   // every lever on one page
    }

    @Override
    public Inspector getInspector() {
        Inspector i = super.getInspector();
        i.setVolatile(true);   // the year and the rate change every step
        return i;
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        hideChartInspectors();
        modelTab.onChange(() -> SwingUtilities.invokeLater(c::refresh));   // a change shows in every row
        display = new Display2D(DISPLAY_WIDTH, DISPLAY_HEIGHT, this);
        display.setBackdrop(Palette.BACKGROUND);
        display.attach(flowsPortrayal, "Movers this year");
        display.attach(placesPortrayal, "Places and village clusters");
        display.attach(new MapPortrayals.Legend(() -> map, labels), "Legend");
        display.movieButton.setEnabled(false);
        display.movieButton.setToolTipText("Movies need an encoder this build leaves out; use the snapshot button");
        displayFrame = display.createFrame();
        displayFrame.setTitle("townward map - " + labels.shown(session.scenario().region()));
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);

        chart = new TrendChart(labels);
        chart.restart(session.scenario());
        c.registerFrame(chart.frame);
        chart.frame.setVisible(true);

        if (c instanceof Console console) {
            console.setIncrementSeedOnStop(false);   // the seed of the next run is the one shown
            console.setPlaySleep(PLAY_SLEEP_MS);       // a year can be watched; the Console's Delay slider changes it
            console.setNewMenuAllowed(false);
            adaptFileMenu(console);
            // the Console places itself right of the map when shown: make it as tall as the screen allows
            // (every lever in view) and wide enough for their values, and put the chart under the map
            SwingUtilities.invokeLater(() -> {
                java.awt.Rectangle screen = console.getGraphicsConfiguration().getBounds();
                console.setSize(Math.max(console.getWidth(), Math.min(460, screen.width - console.getX())),
                        Math.max(console.getHeight(), Math.min(900, screen.height - console.getY() - 10)));
                console.validate();
                int y = displayFrame.getY() + displayFrame.getHeight() + 10;
                chart.frame.setBounds(displayFrame.getX(), y, displayFrame.getWidth(),
                        Math.max(360, Math.min(480, screen.height - y - 10)));
                chart.frame.validate();
            });
        }
    }

    @Override
    public void start() {
        try {
            session.useSeed(state.seed());   // the Console has just set the seed it shows
        } catch (ScenarioException e) {
            System.err.println("townward gui: seed " + state.seed() + " not used (" + e.errors().get(0).message()
                    + "); running with seed " + session.scenario().seed());
        }
        log.clear();
        TownwardModel model = new TownwardModel(session.scenario(), threads, log);
        model.schedule = new YearSchedule(session.scenario().startYear());   // the Console's time field shows years
        state = model;
        super.start();   // builds the region and records the start year
        Region r = model.region();
        map = new RegionMap(r, DISPLAY_WIDTH / (double) DISPLAY_HEIGHT, DISPLAY_WIDTH, labels);
        map.update(r, log);
        MapPortrayals.NodePortrayal nodes = new MapPortrayals.NodePortrayal(labels, () -> map.spacing);
        placesPortrayal.setField(map.field);
        placesPortrayal.setPortrayalForAll(nodes);
        flowsPortrayal.setField(new SpatialNetwork2D(map.field, map.network));
        flowsPortrayal.setPortrayalForAll(new MapPortrayals.FlowPortrayal(() -> map));
        run.started(model);
        Scenario scenario = session.scenario();
        int year = r.year;
        double rate = map.rate;
        if (chart != null) {
            SwingUtilities.invokeLater(() -> {
                chart.restart(scenario);
                chart.add(year, rate, null);
            });
        }
        scheduleRepeatingImmediatelyAfter(this::afterYear);
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    /** After each simulated year (schedule lock held): map, chart, and the end of the run. */
    private void afterYear(SimState s) {
        TownwardModel model = (TownwardModel) s;
        Region r = model.region();
        if (r.year == map.year) {
            return;   // MASON runs this once more after the run ended, with no year simulated
        }
        map.update(r, log);
        int year = r.year;
        double rate = map.rate;
        double[] movers = new double[Tally.MOTIVES.length];
        for (int m = 0; m < movers.length; m++) {
            movers[m] = log.region(year, "movers_" + Tally.MOTIVES[m]);
        }
        if (chart != null) {
            SwingUtilities.invokeLater(() -> chart.add(year, rate, movers));
        }
        if (model.done()) {
            s.kill();   // the Console stops at the next step
        }
    }

    @Override
    public void finish() {
        super.finish();
        run.stopped();
    }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) {
            displayFrame.dispose();
        }
        if (chart != null) {
            chart.frame.dispose();
        }
        displayFrame = null;
        display = null;
    }

    /** MASON's chart inspectors are written for JFreeChart 1.0 and fail with 1.5: leave them out of the menus. */
    private static void hideChartInspectors() {
        Bag classes = PropertyInspector.getPropertyInspectorClassNames();
        for (int i = classes.numObjs - 1; i >= 0; i--) {
            if (String.valueOf(classes.objs[i]).contains("Charting")) {
                classes.remove(i);
            }
        }
    }

    /**
     * Checkpoints and new simulations do not apply (the model is built from a scenario file): those File items are
     * disabled, and one is added that writes the session's scenario.
     */
    private void adaptFileMenu(Console console) {
        JMenuBar bar = console.getJMenuBar();
        for (int m = 0; m < bar.getMenuCount(); m++) {
            JMenu menu = bar.getMenu(m);
            if (menu == null || !"File".equals(menu.getText())) {
                continue;
            }
            for (Component item : menu.getMenuComponents()) {
                if (item instanceof JMenuItem mi && (mi.getText().startsWith("Open") || mi.getText().startsWith("Save")
                        || mi.getText().startsWith("New"))) {
                    mi.setEnabled(false);
                }
            }
            JMenuItem write = new JMenuItem("Write Scenario as Run...");
            write.addActionListener(e -> writeScenario(console));
            menu.insert(write, 0);
            menu.insertSeparator(1);
        }
    }

    private void writeScenario(Console console) {
        FileDialog fd = new FileDialog(console, "Write the session's scenario (with its lever changes)",
                FileDialog.SAVE);
        // beside the scenario, where a behaviour_file it names is found as from the scenario
        fd.setDirectory(new File(session.source()).getAbsoluteFile().getParent());
        fd.setFile(session.scenario().name() + "-gui" + (session.source().endsWith(".json") ? ".json" : ".yaml"));
        fd.setVisible(true);
        if (fd.getFile() == null) {
            return;
        }
        File file = new File(fd.getDirectory(), fd.getFile());
        LeverSession.Written written;
        synchronized (state.schedule) {
            written = session.yaml(file.toPath());
        }
        try {
            Files.writeString(file.toPath(), written.text(), StandardCharsets.UTF_8);
            System.err.println("townward gui: wrote " + file + " (townward run " + file + " reproduces the run)");
            if (written.notKept() != null) {
                JOptionPane.showMessageDialog(console, "Wrote the resolved scenario (every default filled in): the"
                        + " scenario file's own text could not be kept, since " + written.notKept() + ".",
                        "townward", JOptionPane.WARNING_MESSAGE);
            }
        } catch (IOException e) {
            JOptionPane.showMessageDialog(console, "Cannot write " + file + ": " + e.getMessage(),
                    "townward", JOptionPane.ERROR_MESSAGE);
        }
    }
}

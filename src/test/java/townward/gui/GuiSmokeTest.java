package townward.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sim.display.Console;
import sim.display.Display2D;
import sim.portrayal.LocationWrapper;
import sim.util.Bag;
import sim.util.Double2D;
import sim.util.Properties;
import townward.model.Simulation;
import townward.model.Tally;
import townward.scenario.Scenario;
import townward.scenario.ScenarioLoader;

/**
 * The Console on the example scenario: five simulated years with the industrial park enlarged in the Model tab
 * after the second, a snapshot of the map with places and flows drawn (pixels of their colours), the chart with
 * the points of those years, a place's inspector, and the numbers of the GUI run equal to those of a run of the
 * scenario the session writes out. Needs a display; {@code .ci/run} runs it under xvfb-run. Images are left in
 * {@code target/gui-smoke/} to be looked at.
 */
class GuiSmokeTest {
    static final Path EXAMPLE = Path.of("scenarios/example.yaml");
    static final Path OUT = Path.of("target/gui-smoke");
    static final int YEARS = 5;

    @BeforeAll
    static void privateHome() throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            return;
        }
        // MASON keeps preferences under the home folder: keep them out of the user's
        Path home = Files.createTempDirectory("townward-gui-home");
        System.setProperty("java.util.prefs.userRoot", home.resolve("prefs").toString());
        System.setProperty("user.home", home.toString());
        Files.createDirectories(OUT);
    }

    static void onEdt(Runnable r) throws Exception {
        SwingUtilities.invokeAndWait(r);
    }

    @Test
    void consolePlaysFiveYearsWithMapAndChart() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(),
                "GUI smoke test skipped: no display (DISPLAY is not set); .ci/run runs it under xvfb-run");
        // the uncalibrated defaults of the four fitted coefficients, so that flows to outside exist to be drawn
        // (with the calibrated ones nobody in the example leaves the region)
        Scenario scenario = ScenarioLoader.load(EXAMPLE, List.of("behaviour.c_urban=-10.5",
                "behaviour.c_outside=-9", "behaviour.b_size=1", "behaviour.consider_rate=0.3"));
        TownwardWithUI gui = new TownwardWithUI(scenario, EXAMPLE.toString(), 2);
        Console[] console = new Console[1];
        onEdt(() -> {
            console[0] = new Console(gui);
            console[0].setVisible(true);
        });
        Console c = console[0];
        try {
            onEdt(() -> {
                c.setNumStepsPerStepButtonPress(1);
                c.pressPause();   // starts the run paused: the start year is recorded
            });
            for (int y = 0; y < YEARS; y++) {
                if (y == 2) {
                    // a planner enlarges the industrial park between two years, as the Model tab's field does it
                    onEdt(() -> {
                        synchronized (gui.state.schedule) {
                            ModelTab tab = gui.modelTab();
                            assertTrue(tab.properties().setValue(tab.row(0, "posts_per_year"), "3000") != null, tab.message());
                        }
                        c.getModelInspector().updateInspector();
                    });
                }
                onEdt(c::pressPlay);   // paused: one step, one year
            }
            onEdt(() -> { });          // the chart's updates, queued by the steps, have run
            int last = scenario.startYear() + YEARS;
            assertEquals(last, gui.log().lastYear());
            assertEquals(TownwardWithUI.PLAY_SLEEP_MS, c.getPlaySleep(), "a default delay, so a year can be watched");
            assertTrue(gui.modelTab().properties().getValue(1).toString().matches("\\d+\\.\\d %"),
                    "the rate formatted: " + gui.modelTab().properties().getValue(1));
            assertTrue(labels(c).contains(Integer.toString(last)), "the Console's time field shows the year: "
                    + labels(c));
            assertTrue(gui.modelTab().message().startsWith("from 2027: policies[0]"),
                    "the inspector's updates (its slider for the year too) change nothing: " + gui.modelTab().message());

            checkChart(gui, scenario);
            checkMap(gui);
            inspectCountySeat(gui);
            sameNumbersAsTheCommandLine(gui, scenario, last);

            onEdt(() -> {
                JTabbedPane tabs = c.getTabPane();
                tabs.setSelectedIndex(tabs.indexOfTab("Model"));
            });
            Thread.sleep(500);
            onEdt(() -> { });
            Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                    .getDefaultConfiguration().getBounds();
            ImageIO.write(new Robot().createScreenCapture(screen), "png", OUT.resolve("screen.png").toFile());

            playsToTheEndAndStartsAgain(c, gui, scenario);
        } finally {
            onEdt(() -> {
                c.pressStop();   // never doClose(): it calls System.exit
                gui.quit();
                c.dispose();
            });
        }
    }

    /** The texts of every label in a window. */
    private static List<String> labels(java.awt.Container c) {
        List<String> out = new ArrayList<>();
        for (java.awt.Component k : c.getComponents()) {
            if (k instanceof javax.swing.JLabel l && l.getText() != null) {
                out.add(l.getText().strip());
            }
            if (k instanceof java.awt.Container inner) {
                out.addAll(labels(inner));
            }
        }
        return out;
    }

    private static void checkChart(TownwardWithUI gui, Scenario scenario) throws Exception {
        TrendChart chart = gui.chart();
        assertTrue(chart.frame.isShowing(), "chart frame shown");
        assertEquals(1 + YEARS, chart.ratePoints(), "urbanization rate: the start year and five simulated years");
        for (int m = 0; m < Tally.MOTIVES.length; m++) {
            assertEquals(YEARS, chart.moverPoints(m), "movers " + Tally.MOTIVES[m] + ": five simulated years");
        }
        assertEquals(gui.log().region(scenario.startYear() + YEARS, "urbanization_rate"), chart.lastRate());
        // each panel's axis title fits the panel's height, so the two never run into each other (measured on
        // the event thread, which also paints the chart)
        List<String> titles = new ArrayList<>();
        List<double[]> sizes = new ArrayList<>();
        onEdt(() -> {
            org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
            java.awt.Dimension size = chart.panel.getSize();
            java.awt.Graphics2D g2 = chart.chart.createBufferedImage(size.width, size.height, info).createGraphics();
            var plot = (org.jfree.chart.plot.CombinedDomainXYPlot) chart.chart.getPlot();
            for (int i = 0; i < plot.getSubplots().size(); i++) {
                var axis = ((org.jfree.chart.plot.XYPlot) plot.getSubplots().get(i)).getRangeAxis();
                titles.add(axis.getLabel());
                sizes.add(new double[]{g2.getFontMetrics(axis.getLabelFont()).stringWidth(axis.getLabel()),
                    info.getPlotInfo().getSubplotInfo(i).getDataArea().getHeight()});
            }
        });
        for (int i = 0; i < titles.size(); i++) {
            assertTrue(sizes.get(i)[0] <= sizes.get(i)[1], titles.get(i) + ": " + sizes.get(i)[0]
                    + " px for a panel " + sizes.get(i)[1] + " px high");
        }
    }

    private static void checkMap(TownwardWithUI gui) throws Exception {
        File png = OUT.resolve("map.png").toFile();
        onEdt(() -> {
            try {
                gui.display().takeSnapshot(png, Display2D.TYPE_PNG);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        BufferedImage img = ImageIO.read(png);
        RegionMap map = gui.map();
        // the region only: left of the strip that holds the legend (whose swatches use the same colours)
        int regionWidth = (int) Math.floor(img.getWidth() * map.stripX / map.width);
        int seat = count(img, regionWidth, Palette.COUNTY_SEAT);
        int town = count(img, regionWidth, Palette.TOWN);
        int township = count(img, regionWidth, Palette.TOWNSHIP);
        int ring = count(img, regionWidth, Palette.DEMONSTRATION_RING);
        int toTowns = count(img, regionWidth, Palette.FLOW_TOWN);
        int toOutside = count(img, regionWidth, Palette.FLOW_OUTSIDE);
        int villages = 0;
        for (int x = 0; x < regionWidth; x++) {
            for (int y = 0; y < img.getHeight(); y++) {
                Color p = new Color(img.getRGB(x, y));
                villages += p.getGreen() > p.getRed() + 20 && p.getGreen() > p.getBlue() + 10 ? 1 : 0;
            }
        }
        String counts = "county seat " + seat + ", towns " + town + ", township " + township + ", ring " + ring
                + ", flows to places " + toTowns + ", flows outside " + toOutside + ", village pixels " + villages;
        System.out.println("GUI smoke map pixels: " + counts);
        assertTrue(seat > 500, counts);
        assertTrue(town > 300, counts);
        assertTrue(township > 50, counts);
        assertTrue(ring > 100, counts);
        assertTrue(villages > 1000, counts);
        long flowsToTowns = map.flows().stream().filter(f -> !f.toOutside()).count();
        long flowsOutside = map.flows().stream().filter(RegionMap.Flow::toOutside).count();
        assertTrue(flowsToTowns > 5 && flowsOutside > 5, flowsToTowns + " / " + flowsOutside + " flows");
        assertTrue(toTowns > 200, counts);
        assertTrue(toOutside > 200, counts);
    }

    /** Unpaused, the run goes on to the end year and the Console stops; play again starts a fresh run. */
    private static void playsToTheEndAndStartsAgain(Console c, TownwardWithUI gui, Scenario scenario)
            throws Exception {
        onEdt(c::pressPause);   // unpause: the play thread runs the remaining years
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (c.getPlayState() != Console.PS_STOPPED && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(Console.PS_STOPPED, c.getPlayState(), "stopped by itself after the end year");
        onEdt(() -> { });
        assertEquals(scenario.endYear(), gui.log().lastYear());
        assertEquals(scenario.years(), gui.chart().ratePoints(), gui.chart().rateItems());
        onEdt(() -> {
            c.pressPause();   // a new run, paused at its start year
            c.pressPlay();    // one year
        });
        onEdt(() -> { });
        assertEquals(scenario.startYear() + 1, gui.log().lastYear());
        assertEquals(2, gui.chart().ratePoints());
    }

    /** A click on the county seat hits its node, whose inspector shows the place's figures. */
    private static void inspectCountySeat(TownwardWithUI gui) throws Exception {
        RegionMap map = gui.map();
        PlaceNode seat = map.places.stream().filter(p -> p.getKind().equals("county_seat")).findFirst().orElseThrow();
        Double2D at = map.field.getObjectLocation(seat);
        double px = TownwardWithUI.DISPLAY_WIDTH / map.width;
        Bag[] hits = new Bag[2];
        onEdt(() -> {
            Bag[] all = gui.display().objectsHitBy(new Point2D.Double(at.x * px, at.y * px));
            hits[0] = all[1];
            hits[1] = all[0];
        });
        assertEquals(0, hits[1].size(), "a click on a place does not pick the lines ending there");
        boolean hit = false;
        for (Object w : hits[0]) {
            hit |= ((LocationWrapper) w).getObject() == seat;
        }
        assertTrue(hit, "county seat hit");
        Properties props = Properties.getProperties(seat);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < props.numProperties(); i++) {
            names.add(props.getName(i));
        }
        for (String n : List.of("Population", "Posts", "Vacancies", "HouseholdsOwned", "HouseholdsMarketRent",
                "PrimarySeatsFree", "JuniorSeatsUsed")) {
            assertTrue(names.contains(n), n + " in " + names);
        }
        assertEquals(gui.log().get(gui.log().lastYear(), seat.getName(), "population"), seat.getPopulation(), 0.5);
        onEdt(() -> gui.display().createInspectors(new Rectangle2D.Double(at.x * px - 1, at.y * px - 1, 2, 2), gui));

        // a click on the middle of the widest line picks that flow
        RegionMap.Flow widest = map.flows().stream().max(java.util.Comparator.comparingDouble(RegionMap.Flow::movers))
                .orElseThrow();
        Double2D a = map.field.getObjectLocation(widest.fromNode());
        Double2D b = map.field.getObjectLocation(widest.toNode());
        Bag[] lines = new Bag[1];
        onEdt(() -> lines[0] = gui.display().objectsHitBy(
                new Point2D.Double((a.x + b.x) / 2 * px, (a.y + b.y) / 2 * px))[0]);
        boolean found = false;
        for (Object w : lines[0]) {
            found |= ((LocationWrapper) w).getObject() == widest;   // MASON wraps an edge's info
        }
        assertTrue(found, "the widest flow is picked at its middle: " + widest);
    }

    private static int count(BufferedImage img, int width, Color c) {
        int rgb = c.getRGB();
        int n = 0;
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < img.getHeight(); y++) {
                n += img.getRGB(x, y) == rgb ? 1 : 0;
            }
        }
        return n;
    }

    /**
     * The GUI's recorded metrics equal those of Simulation.run (the CLI's runner) on the scenario the session
     * writes out, for the years played.
     */
    private static void sameNumbersAsTheCommandLine(TownwardWithUI gui, Scenario scenario, int last)
            throws Exception {
        List<LeverSession.Change> changes = gui.session().changes();
        assertEquals(1, changes.size());
        assertEquals(2027, changes.get(0).year());
        assertTrue(changes.get(0).split());
        LeverSession.Written file = gui.session().yaml(Path.of("gui.yaml"));
        assertEquals(null, file.notKept(), "the scenario's own text, edited");
        Scenario written = ScenarioLoader.parse(file.text(), "gui.yaml", List.of());
        List<String> diff = new ArrayList<>();
        int[] n = new int[1];
        Simulation.run(written, 1, (y, p, m, v) -> {
            if (y <= last) {
                n[0]++;
                double g = gui.log().get(y, p, m);
                if (Double.compare(g, v) != 0 && diff.size() < 5) {
                    diff.add(y + " " + p + " " + m + ": GUI " + g + ", CLI " + v);
                }
            }
        });
        assertTrue(n[0] > 100);
        assertTrue(diff.isEmpty(), diff.toString());
        double[] unchanged = new double[1];
        Simulation.run(scenario, 1, (y, p, m, v) -> {
            if (y == last && p.equals("Dongshan") && m.equals("posts")) {
                unchanged[0] = v;
            }
        });
        assertTrue(gui.log().get(last, "Dongshan", "posts") > unchanged[0] + 3000, "the change acted");
    }
}

package townward.cli;

import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import sim.display.Console;
import townward.gui.TownwardWithUI;
import townward.scenario.Scenario;
import townward.scenario.ScenarioException;

/** {@code townward gui SCENARIO}: the model in MASON's Console, with a map, a chart and the levers. */
@Command(name = "gui",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeOnInvalidInput = 1,
        exitCodeOnExecutionException = 1,
        description = {
            "Opens the scenario in MASON's Console: press play to watch households move year by year on a map,"
                    + " the urbanization rate against the targets and movers by motive on a chart.",
            "The Model tab lists the levers; a change acts from the year picked under Changes from (by default the next simulated year)."
                    + " File > Write Scenario as Run... writes a scenario file that 'townward run' reproduces"
                    + " exactly. Click a place on the map to inspect it.",
            "Needs a display (on a server: xvfb-run). Writes nothing unless asked."},
        footerHeading = "%nExit status:%n",
        footer = {"  0  the Console was closed", "  1  invalid options or scenario, or no display"})
public final class GuiCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "SCENARIO", converter = PathConverter.class, description = "scenario file (YAML or JSON)")
    Path scenarioFile;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--threads", paramLabel = "T",
            description = "worker threads (default: the number of available processors)")
    Integer threads;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return execute();
        } catch (ScenarioException e) {
            Main.reportInvalid(err, scenarioFile, scenarioOptions.named(e));
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            Main.report(err, e);
            return 1;
        }
    }

    private int execute() throws Exception {
        int threadCount = ScenarioOptions.threads(threads);
        Scenario scenario = main.source().load(scenarioFile, scenarioOptions.effectiveSets());
        if (GraphicsEnvironment.isHeadless()) {
            throw new CliException("no display for the GUI (DISPLAY is not set); run it on a desktop, under"
                    + " xvfb-run, or use 'townward run'");
        }
        TownwardWithUI gui = new TownwardWithUI(scenario, scenarioFile.toString(), threadCount);
        SwingUtilities.invokeAndWait(() -> new Console(gui).setVisible(true));
        new CountDownLatch(1).await();   // closing the Console ends the program (MASON calls System.exit)
        return 0;
    }
}

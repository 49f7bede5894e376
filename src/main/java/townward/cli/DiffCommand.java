package townward.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import townward.scenario.Scenario;
import townward.scenario.ScenarioException;

/** {@code townward diff A B}: the fields two scenarios differ in, as run (defaults filled in). */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeOnInvalidInput = 1,
        exitCodeOnExecutionException = 1,
        description = {"Lists the fields two scenarios differ in, one a line: PATH: A's value -> B's value, by the"
                + " path --set takes (levers with an id, places and counties by id or name: policies[park],"
                + " places[Dongshan]). Both are compared as they run, every default filled in and the behaviour"
                + " file read, so a difference is one the model sees."},
        footerHeading = "%nExit status:%n",
        footer = {"  0  the scenarios are the same", "  1  invalid options or scenario",
            "  2  they differ (as diff(1))"})
public final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "A", converter = PathConverter.class, description = "first scenario file")
    Path a;

    @Parameters(index = "1", paramLabel = "B", converter = PathConverter.class, description = "second scenario file")
    Path b;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "override a value of both (repeatable)")
    List<String> sets = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path current = a;
        try {
            Scenario sa = main.source().load(a, sets);
            current = b;
            Scenario sb = main.source().load(b, sets);
            List<ScenarioDiff.Line> lines = ScenarioDiff.of(main.source().toResolvedYaml(sa),
                    main.source().toResolvedYaml(sb));
            lines.forEach(out::println);
            out.flush();
            return lines.isEmpty() ? 0 : 2;
        } catch (ScenarioException e) {
            Main.reportInvalid(err, current, e);
            return 1;
        } catch (IOException | RuntimeException e) {
            Main.report(err, e);
            return 1;
        }
    }
}

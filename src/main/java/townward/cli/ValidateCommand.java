package townward.cli;

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
import townward.scenario.ScenarioException;

/** {@code townward validate SCENARIO...}: checks scenario files without running them. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeOnInvalidInput = 1,
        exitCodeOnExecutionException = 1,
        description = {"Checks scenario files. Prints 'OK <file>' on stdout for each valid file and every error,"
                + " one per line, on stderr."},
        footerHeading = "%nExit status:%n",
        footer = {"  0  every file is valid", "  1  a file is missing or invalid, or the options are wrong"})
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", converter = PathConverter.class, description = "scenario files (YAML or JSON)")
    List<Path> files = new ArrayList<>();

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "override a scenario value, e.g. --set economy.wage_growth=0.05 (repeatable)")
    List<String> sets = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean allValid = true;
        for (Path file : files) {
            try {
                ScenarioFiles.requireReadable(file);
                main.load(file, sets);
                out.println("OK " + file);
            } catch (CliException e) {
                err.println(file + ": " + e.getMessage());
                allValid = false;
            } catch (ScenarioException e) {
                e.errors().forEach(err::println);
                if (e.errors().isEmpty()) {
                    err.println(file + ": " + e.getMessage());
                }
                allValid = false;
            } catch (RuntimeException | StackOverflowError e) {
                err.println(file + ": " + Main.describe(e));
                allValid = false;
            }
            out.flush();
            err.flush();
        }
        return allValid ? 0 : 1;
    }
}

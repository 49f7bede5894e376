package townward.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code townward init NAME}: a commented starter scenario that validates, for the planner to fill in. */
@Command(name = "init",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeOnInvalidInput = 1,
        exitCodeOnExecutionException = 1,
        description = {"Writes NAME.yaml (or --out FILE), a commented starter scenario of one county with a county"
                + " seat, K towns and an industrial park; every number to replace is marked REPLACE. It validates"
                + " as written. An existing file is never overwritten."},
        footerHeading = "%nExit status:%n",
        footer = {"  0  written", "  1  invalid name or options, or the file exists"})
public final class InitCommand implements Callable<Integer> {

    static final int MAX_TOWNS = 50;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME",
            description = "scenario name: letters, digits, '.', '_' or '-' (the results folder)")
    String name;

    @Option(names = "--county", paramLabel = "COUNTY", description = "the county's name (default: NAME)")
    String county;

    @Option(names = "--towns", paramLabel = "K", defaultValue = "2",
            description = "towns besides the county seat, 1.." + MAX_TOWNS + " (default ${DEFAULT-VALUE})")
    int towns;

    @Option(names = "--out", paramLabel = "FILE", converter = PathConverter.class,
            description = "where to write (default: NAME.yaml in the working directory)")
    Path out;

    /**
     * {@code calibration/behaviour.yaml} as the new file will find it: as is inside the project (looked up from the
     * file's folder upwards), else the project's copy, next to the jar this townward runs from, by its absolute path.
     */
    static String behaviourFile(Path file) {
        String plain = "calibration/behaviour.yaml";
        Path dir = file.toAbsolutePath().getParent();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve(plain))) {
                return plain;
            }
        }
        try {
            Path code = Path.of(InitCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path project = code.getParent() == null ? null : code.getParent().getParent();   // target/townward.jar
            if (project != null && Files.isRegularFile(project.resolve(plain))) {
                return project.resolve(plain).toString();
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // no location: the plain path, which validate then reports
        }
        return plain;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (!name.matches("[A-Za-z0-9._-]+") || name.matches("\\.+")) {
                throw new CliException("NAME: expected letters, digits, '.', '_' or '-' only, found \"" + name
                        + "\": it becomes the results folder; give the Chinese name with --county");
            }
            if (towns < 1 || towns > MAX_TOWNS) {
                throw new CliException("--towns: expected 1 to " + MAX_TOWNS + ", found " + towns);
            }
            String c = county == null ? name : county.strip();
            if (c.isEmpty() || !c.matches("[^\\p{Cntrl}:#\\[\\]{},\"'&*!|>%@`]+")) {
                throw new CliException("--county: expected a name without YAML punctuation (: # [ ] { } , quotes),"
                        + " found \"" + c + "\"");
            }
            Path file = out != null ? out : Path.of(name + ".yaml");
            try {
                Files.writeString(file, StarterScenario.text(name, c, towns, behaviourFile(file)), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                throw new CliException(file + " exists; nothing was written (give another NAME or --out)");
            } catch (IOException e) {
                throw new CliException("cannot write " + file + ": " + townward.collect.OutputFolder.reason(e));
            }
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println(file);
            stdout.flush();
            return 0;
        } catch (CliException e) {
            Main.report(err, e);
            return 1;
        }
    }
}

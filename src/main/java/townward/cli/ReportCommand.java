package townward.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import townward.collect.OutputFolder;
import townward.report.Lang;
import townward.report.Report;

/** {@code townward report RESULTS_DIR}: the briefing (report.html, summary.xlsx, charts) of a results folder. */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeOnInvalidInput = 1,
        exitCodeOnExecutionException = 1,
        description = {
            "Writes a planner's briefing from a folder written by run, batch, compare or sweep: report.html (one"
                    + " self-contained page for screen and A4 print: headline figures, the trajectory against the"
                    + " targets, targets met or missed, levers and their costs, charts, method, provenance),"
                    + " summary.xlsx and tables/*.csv (the summary tables; the CSV files carry a UTF-8 byte-order"
                    + " mark for Excel) and charts/*.png, *-print.png (300 dpi) and *.svg.",
            "Prints the path of report.html."},
        footerHeading = "%nExit status:%n",
        footer = {"  0  success", "  1  not a results folder, or an I/O error"})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "RESULTS_DIR", converter = PathConverter.class,
            description = "a results folder of run, batch, compare or sweep")
    Path results;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "both", converter = LangConverter.class,
            description = "zh, en or both (default: ${DEFAULT-VALUE})")
    Lang lang;

    /** {@code zh}, {@code en} or {@code both}, checked when the options are read. */
    static final class LangConverter implements picocli.CommandLine.ITypeConverter<Lang> {
        @Override
        public Lang convert(String value) {
            try {
                return Lang.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("expected zh, en or both, got '" + value + "'");
            }
        }
    }

    @Option(names = "--out", paramLabel = "DIR", converter = PathConverter.class,
            description = "output folder (default: RESULTS_DIR/report; files in it are replaced)")
    Path out;

    @Option(names = "--docx", description = "also write briefing.docx: the figures as images and the tables as Word"
            + " tables, numbered, with Chinese fonts declared")
    boolean docx;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            Report.Output written = write(results, lang, out, docx, "");
            if (written.docx() != null) {
                spec.commandLine().getOut().println(written.docx());
            }
            Path html = written.html();
            spec.commandLine().getOut().println(html);
            spec.commandLine().getOut().flush();
            return 0;
        } catch (CliException e) {
            err.println("townward: " + e.getMessage());
            err.flush();
            return 1;
        } catch (Exception | OutOfMemoryError e) {
            Main.report(err, e);
            return 1;
        }
    }

    /** Writes the report of a results folder (into RESULTS_DIR/report when {@code outDir} is null). */
    static Path write(Path resultsDir, Lang lang, Path outDir) throws CliException {
        return write(resultsDir, lang, outDir, "");
    }

    /** As {@link #write(Path, Lang, Path)}, with {@code outcome} (what happened to the results) after a failure. */
    static Path write(Path resultsDir, Lang lang, Path outDir, String outcome) throws CliException {
        return write(resultsDir, lang, outDir, false, outcome).html();
    }

    private static Report.Output write(Path resultsDir, Lang lang, Path outDir, boolean docx, String outcome)
            throws CliException {
        try {
            return Report.write(resultsDir, lang, outDir, docx);
        } catch (IOException | UncheckedIOException e) {
            throw new CliException("report of " + resultsDir + " failed: " + OutputFolder.reason(
                    e instanceof UncheckedIOException u ? u.getCause() : (IOException) e) + outcome);
        }
    }
}

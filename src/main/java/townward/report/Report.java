package townward.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import townward.collect.Leftovers;
import townward.collect.OutputFolder;
import townward.csv.CsvCell;

/**
 * Writes the briefing of a results folder: {@code report.html}, {@code summary.xlsx}, the summary tables as CSV
 * (with a UTF-8 byte-order mark, for Excel) and every chart as PNG (screen and 300 dpi print) and SVG.
 */
public final class Report {

    /** Default output folder inside the results folder. */
    public static final String FOLDER = "report";
    public static final String HTML = "report.html";
    public static final String XLSX = "summary.xlsx";
    public static final String DOCX = "briefing.docx";
    public static final String CHARTS = "charts";
    public static final String TABLES = "tables";

    /** What was written. */
    /** The files written; {@code docx} is null unless asked for. */
    public record Output(Path dir, Path html, Path xlsx, Path docx, List<Path> charts, List<Path> tables) {
    }

    private Report() {
    }

    /** Keeps the libraries' logging (POI's Log4j API, fontbox's commons-logging) off stderr. */
    static synchronized void quietLogging() {
        setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setIfAbsent("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        setIfAbsent("log4j2.simplelogLevel", "OFF");
        setIfAbsent("org.apache.logging.log4j.level", "OFF");
        setIfAbsent("log4j2.statusLoggerLevel", "OFF");
        setIfAbsent("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
        setIfAbsent("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /**
     * @param resultsDir  a folder written by run, batch, compare or sweep
     * @param lang        report language
     * @param outDir      where to write (null: {@code RESULTS_DIR/report})
     */
    public static Output write(Path resultsDir, Lang lang, Path outDir) throws IOException {
        return write(resultsDir, lang, outDir, false);
    }

    /** As {@link #write(Path, Lang, Path)}, with {@code briefing.docx} when {@code docx}. */
    public static Output write(Path resultsDir, Lang lang, Path outDir, boolean docx) throws IOException {
        quietLogging();
        Results r = Results.read(resultsDir);
        Path dir = (outDir != null ? outDir : resultsDir.resolve(FOLDER)).toAbsolutePath().normalize();
        Files.createDirectories(dir.getParent());
        // written in full under a hidden name, then moved in: a failure (a full disk) leaves no partial report
        Path temp = dir.resolveSibling("." + dir.getFileName() + ".tmp-" + Long.toHexString(System.nanoTime()
                & 0xffffffffL | 0x100000000L).substring(1));
        Leftovers.clean(dir.getParent());   // those of stopped reports
        Output written;
        try (Leftovers.Held held = Leftovers.hold(temp)) {
            written = writeInto(temp, dir, r, lang, docx);
            held.release();
            Files.createDirectories(dir);
            try (var entries = Files.list(temp)) {
                for (Path e : entries.toList()) {
                    Path to = dir.resolve(e.getFileName().toString());
                    OutputFolder.deleteTree(to);
                    Files.move(e, to);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot write the report into " + dir + ": " + OutputFolder.reason(
                    e instanceof java.io.UncheckedIOException u ? u.getCause() : e), e);
        } finally {
            OutputFolder.deleteTree(temp);
        }
        return new Output(dir, moved(temp, dir, written.html()), moved(temp, dir, written.xlsx()),
                written.docx() == null ? null : moved(temp, dir, written.docx()),
                written.charts().stream().map(p -> moved(temp, dir, p)).toList(),
                written.tables().stream().map(p -> moved(temp, dir, p)).toList());
    }

    private static Path moved(Path temp, Path dir, Path p) {
        return dir.resolve(temp.relativize(p));
    }

    /** Writes the report's files into {@code dir}; links to the model documentation as seen from {@code home}. */
    private static Output writeInto(Path dir, Path home, Results r, Lang lang, boolean docx) throws IOException {
        ChartContext cx = new ChartContext(r, lang);
        List<Chart> charts = Charts.all(cx);
        Map<String, String> svgs = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        List<Path> chartFiles = new ArrayList<>();
        List<DocxReport.Figure> figures = new ArrayList<>();
        for (Chart c : charts) {
            ChartFiles.Written w = ChartFiles.write(c, dir.resolve(CHARTS));
            figures.add(new DocxReport.Figure(c.title(), w.printPng(), c.width(), c.height()));
            svgs.put(c.name(), ChartFiles.inline(c));
            titles.put(c.name(), c.title());
            chartFiles.addAll(List.of(w.png(), w.printPng(), w.svg()));
        }
        Briefing briefing = new Briefing(cx);
        List<Table> tables = briefing.tables();
        Map<String, Table> byName = new LinkedHashMap<>();
        tables.forEach(t -> byName.put(t.name(), t));
        Path html = dir.resolve(HTML);
        new HtmlReport(cx, briefing, svgs, titles, byName, modelDoc(home)).write(html);
        Path xlsx = dir.resolve(XLSX);
        XlsxReport.write(xlsx, tables, lang);
        List<Path> csvs = new ArrayList<>();
        Files.createDirectories(dir.resolve(TABLES));
        for (Table t : tables) {
            Path f = dir.resolve(TABLES).resolve(t.name() + ".csv");
            writeCsv(f, t);
            csvs.add(f);
        }
        Path word = null;
        if (docx) {
            word = dir.resolve(DOCX);
            Results.Case main = r.main();
            String region = main.scenario() != null && !main.scenario().region().isBlank() ? main.scenario().region()
                    : cx.scenarioName();
            DocxReport.write(word, cx, lang.fill("城镇化简报：%s", "Urbanization briefing: %s", " / ", region), tables,
                    figures);
        }
        return new Output(dir, html, xlsx, word, chartFiles, csvs);
    }

    /** docs/MODEL.md of the townward source in or above the working directory, relative to the report. */
    static Optional<Path> modelDoc(Path reportDir) {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path doc = p.resolve("docs").resolve("MODEL.md");
            if (Files.isRegularFile(doc) && Files.isRegularFile(p.resolve("pom.xml"))) {
                try {
                    return Optional.of(reportDir.toAbsolutePath().normalize().relativize(doc));
                } catch (IllegalArgumentException e) {
                    return Optional.of(doc);
                }
            }
        }
        return Optional.empty();
    }

    /** A table as shown in the report, as CSV with a byte-order mark so that Excel reads it as UTF-8. */
    static void writeCsv(Path file, Table t) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            List<String> header = t.columns().stream().map(c -> CsvCell.quote(c.header())).toList();
            w.write(String.join(",", header));
            w.write("\r\n");
            for (int i = 0; i < t.rows().size(); i++) {
                List<String> cells = new ArrayList<>();
                for (int j = 0; j < t.columns().size(); j++) {
                    cells.add(CsvCell.quote(t.text(i, j)));
                }
                w.write(String.join(",", cells));
                w.write("\r\n");
            }
        }
    }
}


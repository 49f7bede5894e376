package townward.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code report --docx}: a Word document that LibreOffice opens and turns into a PDF with every figure in it. */
class DocxReportTest {

    static Report.Output out;

    @BeforeAll
    static void make() throws Exception {
        ReportFixtures.make();
        out = Report.write(ReportFixtures.dir("batch"), Lang.ZH, ReportFixtures.ROOT.resolve("docx"), true);
    }

    @Test
    void figuresAreImagesTablesAreWordTablesAndChineseFontsAreDeclared() throws Exception {
        assertEquals(ReportFixtures.ROOT.resolve("docx").resolve(Report.DOCX).toAbsolutePath(), out.docx());
        int figures = (int) out.charts().stream().filter(p -> p.toString().endsWith("-print.png")).count();
        try (InputStream in = Files.newInputStream(out.docx()); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals(figures, doc.getAllPictures().size());
            assertEquals(out.tables().size(), doc.getTables().size());
            XWPFRun title = doc.getParagraphs().get(0).getRuns().get(0);
            assertTrue(title.text().startsWith("城镇化简报："), title.text());
            assertEquals(DocxReport.CHINESE_FONT, title.getFontFamily(XWPFRun.FontCharRange.eastAsia));
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().startsWith("图1 ")), "numbered figures");
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().startsWith("表1 ")), "numbered tables");
        }
        assertTrue(Report.write(ReportFixtures.dir("batch"), Lang.ZH, ReportFixtures.ROOT.resolve("no-docx")).docx()
                == null, "only when asked");
    }

    @Test
    void libreOfficeConvertsItToAPdfWithEveryFigure() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/soffice"))
                        && Files.isExecutable(Path.of("/usr/bin/pdfimages")),
                "soffice or pdfimages missing (apt-get install libreoffice-writer-nogui poppler-utils; .ci/run "
                        + "installs them): skipped");
        Path pdfDir = ReportFixtures.ROOT.resolve("docx-pdf").toAbsolutePath();
        run(List.of("/usr/bin/soffice", "--headless", "--norestore", "-env:UserInstallation="
                + ReportFixtures.ROOT.resolve("lo-profile").toAbsolutePath().toUri(), "--convert-to", "pdf",
                "--outdir", pdfDir.toString(), out.docx().toString()));
        Path pdf = pdfDir.resolve("briefing.pdf");
        assertTrue(Files.size(pdf) > 10_000, "a PDF");
        int figures = (int) out.charts().stream().filter(p -> p.toString().endsWith("-print.png")).count();
        List<String> images = run(List.of("/usr/bin/pdfimages", "-list", pdf.toString())).lines()
                .filter(l -> l.matches("\\s*\\d+\\s+\\d+\\s+image.*")).toList();
        assertEquals(figures, images.size(), "every figure in the PDF");
        String text = run(List.of("/usr/bin/pdftotext", pdf.toString(), "-"));
        assertTrue(text.contains("城镇化简报") && text.matches("(?s).*图\\s*1\\s.*") && text.matches("(?s).*表\\s*1\\s.*"),
                text.substring(0, Math.min(400, text.length())));
    }

    private static String run(List<String> command) throws Exception {
        Path log = Files.createTempFile("townward-docx-", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), command.get(0) + " did not finish");
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertEquals(0, p.exitValue(), command + ": " + out);
        return out;
    }
}

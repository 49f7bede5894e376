package townward.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * {@code briefing.docx} ({@code report --docx}): the briefing as a Word document a planner edits into a paper, with
 * the figures as images (the print PNGs, 300 dpi), numbered 图1/Figure 1 with their source under them, and the
 * tables as Word tables numbered 表1/Table 1. Every run declares a Chinese (east Asian) font and a Latin one, so
 * Word on a Chinese Windows and LibreOffice pick fonts that have the characters.
 */
final class DocxReport {

    /** A figure: its title, its print PNG and its size in pixels. */
    record Figure(String title, Path png, int width, int height) {
    }

    static final String LATIN_FONT = "Arial";
    static final String CHINESE_FONT = "SimSun";

    /** A4 text width, 16 cm, in points. */
    private static final double TEXT_WIDTH_PT = 16 / 2.54 * 72;

    private final ChartContext cx;
    private final XWPFDocument doc = new XWPFDocument();

    private DocxReport(ChartContext cx) {
        this.cx = cx;
    }

    static void write(Path file, ChartContext cx, String title, List<Table> tables, List<Figure> figures)
            throws IOException {
        DocxReport d = new DocxReport(cx);
        d.paragraph(title, 18, true, ParagraphAlignment.CENTER);
        d.paragraph(cx.source(), 9, false, ParagraphAlignment.CENTER);
        for (int i = 0; i < figures.size(); i++) {
            d.figure(i + 1, figures.get(i));
        }
        for (int i = 0; i < tables.size(); i++) {
            d.table(i + 1, tables.get(i));
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            d.doc.write(out);
        }
        d.doc.close();
    }

    private void figure(int n, Figure f) throws IOException {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        double height = TEXT_WIDTH_PT * f.height() / f.width();
        try (InputStream in = Files.newInputStream(f.png())) {
            p.createRun().addPicture(in, Document.PICTURE_TYPE_PNG, f.png().getFileName().toString(),
                    Units.toEMU(TEXT_WIDTH_PT), Units.toEMU(height));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException("cannot embed " + f.png() + ": " + e.getMessage(), e);
        }
        paragraph(cx.t("图%d", "Figure %d", n) + " " + f.title(), 10.5, true, ParagraphAlignment.CENTER);
        paragraph(cx.source(), 8, false, ParagraphAlignment.CENTER);
    }

    private void table(int n, Table t) {
        paragraph(cx.t("表%d", "Table %d", n) + " " + t.title(), 10.5, true, ParagraphAlignment.LEFT);
        XWPFTable w = doc.createTable(t.rows().size() + 1, t.columns().size());
        w.setWidth("100%");
        XWPFTableRow header = w.getRow(0);
        header.setRepeatHeader(true);   // on every page the table runs over
        for (int j = 0; j < t.columns().size(); j++) {
            cell(header.getCell(j), t.columns().get(j).header(), true);
            header.getCell(j).setColor("DDE8F0");
        }
        for (int i = 0; i < t.rows().size(); i++) {
            XWPFTableRow row = w.getRow(i + 1);
            for (int j = 0; j < t.columns().size(); j++) {
                cell(row.getCell(j), t.text(i, j), false);
            }
        }
        doc.createParagraph();
    }

    private void cell(XWPFTableCell c, String text, boolean bold) {
        XWPFParagraph p = c.getParagraphs().get(0);
        run(p, text, 9, bold);
    }

    private void paragraph(String text, double size, boolean bold, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        run(p, text, size, bold);
    }

    private static void run(XWPFParagraph p, String text, double size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setFontSize(size);
        r.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        r.setFontFamily(CHINESE_FONT, XWPFRun.FontCharRange.eastAsia);
    }
}

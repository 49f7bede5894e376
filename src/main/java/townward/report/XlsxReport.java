package townward.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** {@code summary.xlsx}: every summary table on its own sheet, with a bold, shaded, frozen header row. */
public final class XlsxReport {

    private XlsxReport() {
    }

    public static void write(Path file, List<Table> tables) throws IOException {
        write(file, tables, Lang.EN);
    }

    /** With the sheets named in the report's language ({@code 要点}, {@code 要点 headline} in both). */
    public static void write(Path file, List<Table> tables, Lang lang) throws IOException {
        Report.quietLogging();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.getProperties().getCoreProperties().setCreated(java.util.Optional.of(FIXED_TIME));
            wb.getProperties().getCoreProperties().setCreator("townward");
            Font bold = wb.createFont();
            bold.setBold(true);
            bold.setFontName(ReportFont.FAMILY);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle title = wb.createCellStyle();
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            title.setFont(big);
            CellStyle text = wb.createCellStyle();
            text.setVerticalAlignment(VerticalAlignment.TOP);
            text.setWrapText(true);
            var fmt = wb.createDataFormat();
            CellStyle percent = numberStyle(wb, fmt.getFormat("0.0%"));
            CellStyle points = numberStyle(wb, fmt.getFormat("+0.00;-0.00;0.00"));
            CellStyle count = numberStyle(wb, fmt.getFormat("#,##0"));
            CellStyle millions = numberStyle(wb, fmt.getFormat("#,##0.0"));
            CellStyle general = numberStyle(wb, fmt.getFormat("General"));
            CellStyle year = numberStyle(wb, fmt.getFormat("0"));
            Set<String> names = new HashSet<>();
            for (Table t : tables) {
                String[] label = Texts.SHEETS.get(t.name());
                String name = sheetName(label == null ? t.name() : lang.pick(label[0], label[1], " "), names);
                Sheet sheet = wb.createSheet(name);
                // printed: the columns fit the page's width, the title and header rows repeat on every page
                sheet.setFitToPage(true);
                sheet.getPrintSetup().setFitWidth((short) 1);
                sheet.getPrintSetup().setFitHeight((short) 0);
                sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
                sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:2"));
                Row tr = sheet.createRow(0);
                Cell tc = tr.createCell(0);
                tc.setCellValue(t.title());
                tc.setCellStyle(title);
                Row hr = sheet.createRow(1);
                int[] widths = new int[t.columns().size()];
                for (int j = 0; j < t.columns().size(); j++) {
                    Cell c = hr.createCell(j);
                    String h = t.columns().get(j).header();
                    Table.Kind kind = t.columns().get(j).kind();
                    c.setCellValue(h + (kind == Table.Kind.POINTS ? " (pp)" : kind == Table.Kind.MILLIONS
                            && !h.contains("百万") && !h.contains("million") ? " (10^6)" : ""));
                    c.setCellStyle(header);
                    widths[j] = Math.min(40, Math.max(8, width(h) / 2 + 2));
                }
                for (int i = 0; i < t.rows().size(); i++) {
                    Row row = sheet.createRow(i + 2);
                    for (int j = 0; j < t.columns().size(); j++) {
                        Object v = t.rows().get(i).get(j);
                        Cell c = row.createCell(j);
                        Table.Kind kind = v instanceof Table.Value tv ? tv.kind() : t.columns().get(j).kind();
                        if (v instanceof Table.Value tv) {
                            v = tv.value();
                        }
                        if (v instanceof Double d) {
                            if (!Double.isFinite(d)) {
                                c.setBlank();
                                continue;
                            }
                            switch (kind) {
                                case PERCENT -> {
                                    c.setCellValue(d);
                                    c.setCellStyle(percent);
                                }
                                case POINTS -> {
                                    c.setCellValue(d * 100);
                                    c.setCellStyle(points);
                                }
                                case COUNT -> {
                                    c.setCellValue(d);
                                    c.setCellStyle(count);
                                }
                                case MILLIONS -> {
                                    c.setCellValue(d / 1e6);
                                    c.setCellStyle(millions);
                                }
                                case WAN -> {
                                    c.setCellValue(d / 1e4);
                                    c.setCellStyle(millions);
                                }
                                case YEAR -> {
                                    c.setCellValue(d);
                                    c.setCellStyle(year);
                                }
                                default -> {
                                    c.setCellValue(d);
                                    c.setCellStyle(general);
                                }
                            }
                            widths[j] = Math.max(widths[j], 12);
                        } else {
                            String s = v == null ? "" : v.toString();
                            c.setCellValue(s);
                            c.setCellStyle(text);
                            widths[j] = Math.min(60, Math.max(widths[j], width(s) + 2));
                        }
                    }
                }
                for (int j = 0; j < widths.length; j++) {
                    sheet.setColumnWidth(j, widths[j] * 256);
                }
                sheet.createFreezePane(0, 2);
            }
            wb.write(bytes);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(fixedTimes(bytes.toByteArray()));
        }
    }

    /** The creation time written into the workbook and its zip entries, so the same tables give the same bytes. */
    static final java.util.Date FIXED_TIME = new java.util.Date(946684800000L);   // 2000-01-01T00:00:00Z

    /** The zip rewritten with every entry's time set to {@link #FIXED_TIME}. */
    static byte[] fixedTimes(byte[] zip) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
             java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            java.util.zip.ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(e.getName());
                copy.setTime(FIXED_TIME.getTime());
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static CellStyle numberStyle(XSSFWorkbook wb, short format) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(format);
        s.setAlignment(HorizontalAlignment.RIGHT);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    /** Display width in Excel character units: CJK characters count twice. */
    static int width(String s) {
        return s.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
    }

    static String sheetName(String name, Set<String> taken) {
        String base = name.replaceAll("[\\\\/?*\\[\\]:]", "_");
        base = base.length() > 28 ? base.substring(0, 28) : base;
        String n = base;
        for (int i = 2; !taken.add(n.toLowerCase(java.util.Locale.ROOT)); i++) {
            n = base + "-" + i;
        }
        return n;
    }
}

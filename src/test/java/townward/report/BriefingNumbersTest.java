package townward.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The numbers of the briefing where a planner copies them: each language's half with its value, numeric cells. */
class BriefingNumbersTest {

    @BeforeAll
    static void make() {
        ReportFixtures.make();
    }

    @Test
    void inBothLanguagesEachHalfCarriesItsValue() throws Exception {
        Path tables = ReportFixtures.report("batch").resolve(Report.TABLES);   // written in both languages
        String headline = Files.readString(tables.resolve("headline.csv"), StandardCharsets.UTF_8);
        assertTrue(headline.matches("(?s).*新增 [0-9,]+ 人（全部原因） / gained [0-9,]+ \\(all causes\\).*"), headline);
        String targets = Files.readString(tables.resolve("targets.csv"), StandardCharsets.UTF_8);
        assertTrue(targets.matches("(?s).*[+-][0-9.]+ 个百分点 / [+-][0-9.]+ pts.*"), targets);
        assertTrue(!headline.contains(" /  ") && !targets.contains(" /  "), headline + targets);
    }

    @Test
    void headlineTargetAndYearCellsAreNumbers() throws Exception {
        try (InputStream in = Files.newInputStream(ReportFixtures.report("batch").resolve(Report.XLSX));
             Workbook wb = WorkbookFactory.create(in)) {
            Sheet headline = sheet(wb, "headline");
            Row start = headline.getRow(2);   // title, header, then the start rate
            assertEquals(CellType.NUMERIC, start.getCell(1).getCellType());
            assertEquals(0.52, start.getCell(1).getNumericCellValue(), 0.005);
            assertEquals("0.0%", start.getCell(1).getCellStyle().getDataFormatString());
            assertEquals("要点 headline", headline.getSheetName());   // the report's languages
            assertTrue(headline.getFitToPage() && headline.getPrintSetup().getFitWidth() == 1, "fit to page width");
            assertEquals("1:2", headline.getRepeatingRows().formatAsString(), "title and header on every page");
            Sheet targets = sheet(wb, "targets");
            Row first = targets.getRow(2);
            assertEquals(CellType.NUMERIC, first.getCell(2).getCellType(), "year");
            assertEquals(2030, first.getCell(2).getNumericCellValue());
            assertEquals("0", first.getCell(2).getCellStyle().getDataFormatString());
            assertEquals(CellType.NUMERIC, first.getCell(3).getCellType(), "target value");
            assertEquals(0.60, first.getCell(3).getNumericCellValue(), 1e-12);
            assertEquals(CellType.NUMERIC, first.getCell(4).getCellType(), "projected");
        }
    }

    @Test
    void figuresAndTablesAreNumberedWithTheSourceUnderEachFigure() throws Exception {
        String html = Files.readString(ReportFixtures.report("batch").resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<figcaption>图1 / Figure 1 常住人口城镇化率：预测与目标 / Urbanization rate"), "figure 1");
        assertTrue(html.contains("<caption>表1 / Table 1 "), "table 1");
        assertTrue(html.contains("<h1>城镇化简报 / Urbanization briefing：清河县 Qinghe County (fictional)</h1>"),
                "the region's name heads the page, not the scenario id");
        int figures = html.split("<figcaption>", -1).length - 1;
        assertTrue(html.contains("<figcaption>图" + figures + " / Figure " + figures + " "), "numbered through");
        assertTrue(!html.contains("<figcaption>图" + (figures + 1) + " "));
        assertTrue(html.matches("(?s).*<figcaption>图1 / [^<]*<br><span class=\"files\">来源：townward .*"),
                "the source under the figure");
    }

    @Test
    void theTownTableHasEachUrbanPlaceWithItsTargetGaps() throws Exception {
        Results r = Results.read(ReportFixtures.dir("batch"));
        Table towns = new Briefing(new ChartContext(r, Lang.EN)).townTable();
        assertEquals(List.of("Dongshan (demonstration)", "Qinghe County Seat", "Xipo"),
                towns.rows().stream().map(row -> row.get(0)).toList(), "demonstration towns first");
        int end = r.region("urbanization_rate").lastKey();
        assertEquals(r.series("example", "Dongshan", "population").get(end).mean(), (Double) towns.rows().get(0).get(2));
        assertEquals(r.series("example", "Dongshan", "built_up_residents").get(end).mean(),
                (Double) towns.rows().get(0).get(3));
        assertTrue(towns.rows().get(0).get(6).toString().matches("built-up area residents 2030: -[0-9,]+"),
                towns.rows().get(0).get(6).toString());
        assertEquals("", towns.rows().get(2).get(6), "Xipo has no target");
        String html = Files.readString(ReportFixtures.report("batch").resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<table id=\"table-towns\">"), "shown in the page");
    }

    @Test
    void moneyIsIn10000YuanWhereChineseIsReadAndInMillionsInEnglish() throws Exception {
        Briefing both = new Briefing(new ChartContext(Results.read(ReportFixtures.dir("batch")), Lang.BOTH));
        Briefing.Headline cost = both.headlines().stream().filter(h -> h.label().startsWith("财政支出累计"))
                .findFirst().orElseThrow();
        assertEquals("财政支出累计（万元） / Fiscal cost, cumulative (10,000 yuan)", cost.label());
        Table.Value v = (Table.Value) cost.value();
        assertEquals(Table.Kind.WAN, v.kind());
        assertEquals(Format.wan(v.value()), v.toString());
        assertEquals(String.format(java.util.Locale.ROOT, "%,.1f", v.value() / 1e4), v.toString());
        Briefing en = new Briefing(new ChartContext(Results.read(ReportFixtures.dir("batch")), Lang.EN));
        assertTrue(en.headlines().stream().anyMatch(h -> h.label().equals("Fiscal cost, cumulative (million yuan)")
                && ((Table.Value) h.value()).kind() == Table.Kind.MILLIONS));
    }

    /** The sheet of a table in any language: {@code 要点}, {@code headline} or {@code 要点 headline}. */
    static org.apache.poi.ss.usermodel.Sheet sheet(org.apache.poi.ss.usermodel.Workbook wb, String table) {
        for (org.apache.poi.ss.usermodel.Sheet s : wb) {
            String n = s.getSheetName();
            if (n.equals(table) || n.equals(Texts.SHEETS.get(table)[0]) || n.equals(Texts.SHEETS.get(table)[0] + " " + table)) {
                return s;
            }
        }
        return null;
    }
}

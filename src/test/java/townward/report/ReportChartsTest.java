package townward.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;


/** Every chart kind for the example's batch, comparison and sweeps: sizes, not blank, SVG parses; xlsx and CSV. */
class ReportChartsTest {

    /** Chart → the folders whose report must have it. */
    static final Map<String, List<String>> EXPECTED = Map.of(
            "trajectory", List.of("run", "batch", "compare", "sobol", "oat"),
            "population", List.of("run", "batch", "compare"),
            "movers", List.of("run", "batch", "compare"),
            "housing", List.of("run", "batch", "compare"),
            "golds", List.of("run", "batch", "compare"),
            "map", List.of("run", "batch", "compare"),
            "compare", List.of("compare"),
            "sweep-response", List.of("sobol", "oat"),
            "sweep-tornado", List.of("oat"),
            "sweep-sobol", List.of("sobol"));

    @BeforeAll
    static void make() {
        ReportFixtures.make();
    }

    @Test
    void everyChartKindIsWrittenWithTheExpectedSizeNotBlankAndAsValidSvg() throws Exception {
        for (Map.Entry<String, List<String>> e : EXPECTED.entrySet()) {
            for (String folder : e.getValue()) {
                Path charts = ReportFixtures.report(folder).resolve(Report.CHARTS);
                String name = e.getKey();
                Path png = charts.resolve(name + ".png");
                Path print = charts.resolve(name + "-print.png");
                Path svg = charts.resolve(name + ".svg");
                assertTrue(Files.isRegularFile(png), folder + ": " + png + " missing");
                BufferedImage screen = ImageIO.read(png.toFile());
                BufferedImage big = ImageIO.read(print.toFile());
                assertEquals(Chart.WIDTH, screen.getWidth(), png.toString());
                assertTrue(screen.getHeight() >= 300 && screen.getHeight() <= 800, png + " height " + screen.getHeight());
                assertEquals(Math.round(screen.getWidth() * ChartFiles.PRINT_SCALE), big.getWidth(), print.toString());
                assertEquals(Math.round(screen.getHeight() * ChartFiles.PRINT_SCALE), big.getHeight(), print.toString());
                assertEquals(ChartFiles.PRINT_DPI, dpi(print), 0.5, print + " dpi");
                assertTrue(variance(screen) > 100, png + " looks blank: pixel variance " + variance(screen));
                assertTrue(variance(big) > 100, print + " looks blank");
                Document doc = parseSvg(svg);
                assertEquals("svg", doc.getDocumentElement().getTagName());
                assertTrue(doc.getElementsByTagName("text").getLength() > 5, svg + ": too few text elements");
                assertTrue(textOf(doc).contains("townward"), svg + ": no source line");
            }
        }
    }

    @Test
    void chartsCarryYearsAsPlainIntegersAndTheReplications() throws IOException {
        String svg = Files.readString(ReportFixtures.report("batch").resolve(Report.CHARTS).resolve("trajectory.svg"),
                StandardCharsets.UTF_8);
        assertTrue(svg.contains(">2030<"), "year tick 2030");
        assertFalse(svg.contains("2,030"), "years must not be grouped");
        assertTrue(svg.contains("4 replications"), "replications in the subtitle");
        assertTrue(svg.contains("4 次重复运行"), "Chinese subtitle (--report defaults to both languages)");
    }

    @Test
    void summaryWorkbookAndCsvTables() throws IOException {
        for (String folder : List.of("run", "batch", "compare", "sobol", "oat")) {
            Path dir = ReportFixtures.report(folder);
            try (InputStream in = Files.newInputStream(dir.resolve(Report.XLSX)); Workbook wb = WorkbookFactory.create(in)) {
                assertTrue(wb.getNumberOfSheets() >= 4, folder + " sheets");
                assertTrue(BriefingNumbersTest.sheet(wb, "headline") != null && BriefingNumbersTest.sheet(wb, "levers") != null, folder);
                var header = BriefingNumbersTest.sheet(wb, "levers").getRow(1).getCell(0);
                assertTrue(wb.getFontAt(header.getCellStyle().getFontIndex()).getBold(), "bold header");
                if ("compare".equals(folder)) {
                    assertTrue(BriefingNumbersTest.sheet(wb, "comparison") != null, "comparison sheet");
                }
            }
            byte[] csv = Files.readAllBytes(dir.resolve(Report.TABLES).resolve("levers.csv"));
            assertEquals((byte) 0xEF, csv[0]);
            assertEquals((byte) 0xBB, csv[1]);
            assertEquals((byte) 0xBF, csv[2]);
        }
        byte[] summary = Files.readAllBytes(ReportFixtures.dir("batch").resolve("summary.csv"));
        assertEquals('s', summary[0], "the machine-readable CSVs stay without BOM");
    }

    @Test
    void reportPageIsSelfContained() throws IOException {
        for (String folder : List.of("run", "batch", "compare", "sobol", "oat")) {
            String html = Files.readString(ReportFixtures.report(folder).resolve(Report.HTML), StandardCharsets.UTF_8);
            assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), folder + ": network reference");
            assertFalse(html.contains("<img"), folder + ": charts must be inline SVG");
            assertFalse(html.contains("<script"), folder);
            assertTrue(html.contains("@font-face"), folder + ": embedded font");
            for (String section : HtmlReport.SECTIONS) {
                if (!"sensitivity".equals(section) || folder.equals("sobol") || folder.equals("oat")) {
                    assertTrue(html.contains("<section id=\"" + section + "\">"), folder + ": section " + section);
                }
            }
        }
    }

    static double variance(BufferedImage img) {
        double sum = 0;
        double sq = 0;
        long n = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y);
                double lum = 0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff);
                sum += lum;
                sq += lum * lum;
                n++;
            }
        }
        double mean = sum / n;
        return sq / n - mean * mean;
    }

    static double dpi(Path png) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata meta = reader.getImageMetadata(0);
            Element root = (Element) meta.getAsTree("javax_imageio_png_1.0");
            Element phys = (Element) root.getElementsByTagName("pHYs").item(0);
            reader.dispose();
            assertEquals("meter", phys.getAttribute("unitSpecifier"));
            return Double.parseDouble(phys.getAttribute("pixelsPerUnitXAxis")) * 0.0254;
        }
    }

    static Document parseSvg(Path svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(svg.toFile());
    }

    static String textOf(Document doc) {
        StringBuilder b = new StringBuilder();
        NodeList texts = doc.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            b.append(texts.item(i).getTextContent()).append('\n');
        }
        return b.toString();
    }
}

package townward.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The bundled font shows every Chinese character the charts draw: no missing-glyph boxes. */
class ChineseFontTest {

    @Test
    void theBundledFontIsTheCjkFaceAndIsRegistered() {
        Font f = ReportFont.base();
        assertEquals(ReportFont.FAMILY, f.getFamily(java.util.Locale.ROOT));
        assertTrue(java.util.Arrays.asList(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames(java.util.Locale.ROOT)).contains(ReportFont.FAMILY));
    }

    @Test
    void everyCharacterOfAChartWithChineseLabelsIsDisplayed() throws Exception {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String[] motives = {"就业", "就学", "住房", "土地", "亲友网络", "户籍"};
        for (int i = 0; i < motives.length; i++) {
            data.addValue(100 + 10 * i, "迁移人数", motives[i]);
        }
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("主要动因"), new NumberAxis("人数（人）"),
                new BarRenderer());
        JFreeChart chart = new JFreeChart(plot);
        ReportTheme.apply(chart);
        chart.setTitle("示范城镇“五金”收入与城镇化率：东山镇（示范镇）");
        Chart c = new Chart("font-test", "示范城镇", chart);
        String svg = ChartFiles.svg(c);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList texts = doc.getElementsByTagName("text");
        StringBuilder drawn = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            drawn.append(texts.item(i).getTextContent());
        }
        String all = drawn.toString();
        // (the vertical axis label is drawn rotated, as outlines, not as an SVG text element)
        for (String expected : new String[]{"示范城镇", "亲友网络", "主要动因", "迁移人数"}) {
            assertTrue(all.contains(expected), "drawn: " + expected);
        }
        assertTrue(svg.contains("font-family: " + ReportFont.FAMILY), "SVG text uses the bundled font");
        String shown = all + plot.getRangeAxis().getLabel();
        assertEquals(-1, ReportFont.firstMissing(shown), () -> "missing glyph for '"
                + shown.charAt(ReportFont.firstMissing(shown)) + "' in: " + shown);
        // the labels of every chart and table, both languages
        StringBuilder labels = new StringBuilder();
        for (var table : java.util.List.of(Texts.MOTIVES, Texts.SCHEMES, Texts.GOLDS, Texts.LEVERS, Texts.METRICS)) {
            table.values().forEach(v -> labels.append(v[0]).append(v[1]));
        }
        labels.append("常住人口城镇化率：预测与目标（5-95% 区间）统计观测值年份次重复运行来源：模拟结果目录百分点元/户·年");
        assertEquals(-1, ReportFont.firstMissing(labels.toString()), "label characters");
        // the PNG shows the characters, not boxes: the glyphs of a box and of the text differ
        assertTrue(ReportChartsTest.variance(ChartFiles.render(c, 1.0)) > 100);
    }

    @Test
    void aMissingGlyphIsDetected() {
        assertEquals(2, ReportFont.firstMissing("城镇\uE000"), "a private-use character has no glyph");
        assertEquals(-1, ReportFont.firstMissing("城镇 化\n率"));
    }

    @Test
    void theSubsetEmbeddedInPagesIsATrueTypeFont() {
        byte[] ttf = Base64.getDecoder().decode(ReportFont.subsetBase64("城镇化率"));
        assertTrue(ttf.length > 1000 && ttf.length < 200_000, "subset size " + ttf.length);
        assertEquals(0x00010000, (ttf[0] & 0xff) << 24 | (ttf[1] & 0xff) << 16 | (ttf[2] & 0xff) << 8 | ttf[3] & 0xff);
    }
}

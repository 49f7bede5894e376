package townward.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Labels are English without a bundled CJK font, bilingual with one. */
class LabelsTest {

    @Test
    void englishWithoutAFont() {
        Labels l = Labels.english();
        assertFalse(l.chinese());
        assertEquals("county seat", l.countySeat());
        assertEquals("jobs", l.motive("jobs"));
        assertEquals("[0] industrial_park", l.leverHeading(0, "industrial_park"));
        assertEquals("posts_per_year", l.leverValue("posts_per_year"));
    }

    /** The Model tab names levers and values as the report does, in the bundled font, which HTML finds by name. */
    @Test
    void leversInChineseAsTheReportNamesThem() {
        Labels l = Labels.standard();
        assumeTrue(l.chinese(), "no CJK font bundled under src/main/resources/fonts/");
        String face = l.font().getFamily();
        assertEquals("<html><font face=\"" + face + "\">每年新增岗位</font></html>", l.leverValue("posts_per_year"));
        assertEquals("<html>[0] <font face=\"" + face + "\">产业园区</font></html>",
                l.leverHeading(0, "industrial_park"));
        assertEquals(face, new Font(face, Font.PLAIN, 12).getFamily(), "registered: not a fallback font");
        assertEquals("no_such_key", l.leverValue("no_such_key"), "a key the report does not name stays the key");
    }

    @Test
    void bilingualWithACjkFont() throws Exception {
        Path wqy = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");   // Debian fonts-wqy-microhei
        assumeTrue(Files.isRegularFile(wqy), "no CJK font on this machine to stand in for a bundled one");
        Labels l = new Labels(Font.createFont(Font.TRUETYPE_FONT, wqy.toFile()).deriveFont(12f));
        assertTrue(l.chinese());
        assertEquals("county seat 县城", l.countySeat());
        assertEquals("jobs 就业", l.motive("jobs"));
        assertEquals("清河县 Qinghe County", l.shown("清河县 Qinghe County"));
    }

    @Test
    void theMapLegendsLinesFitItsStrip() {
        Labels l = Labels.standard();
        java.awt.Graphics2D g = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB)
                .createGraphics();
        java.awt.FontMetrics fm = g.getFontMetrics(l.font(11.5f, Font.PLAIN));
        for (String line : java.util.List.of(l.countySeat(), l.town(), l.demonstration(), l.township(), l.sizeNote(),
                l.villages(), l.reclassified(), l.flowsTown(), l.flowsOutside())) {
            int indent = 22;   // the marker before each line
            int margins = 2 * 10;
            assertTrue(indent + fm.stringWidth(line) + margins <= RegionMap.LEGEND_PX,
                    line + ": " + fm.stringWidth(line) + " px");
        }
    }
}

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

package townward.gui;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import townward.report.LeverTerms;

/**
 * Map and chart labels: English, with the Chinese term added when a CJK font is bundled under
 * {@code src/main/resources/fonts/} (the report work adds one); the Model tab's levers by the Chinese names the
 * report gives them. Without a bundled font the labels stay English (the levers their YAML keys), since a machine
 * without a CJK font would draw boxes. The font is loaded from the resource, never looked up by name (the Model
 * tab's HTML finds it by name once registered, so it is the bundled font too).
 */
public final class Labels {
    private final Font font;

    /** A Model tab name in the bundled font: the inspector's own labels use the default font. */
    private static final String INSPECTOR = "<html>%s<font face=\"%s\">%s</font></html>";

    Labels(Font font) {
        this.font = font;
        if (font != null) {
            // the inspector's HTML labels find the bundled font by its name
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
        }
    }

    /** Labels with the bundled CJK font when there is one. */
    public static Labels standard() {
        return new Labels(bundledFont());
    }

    /** English labels and the default font. */
    public static Labels english() {
        return new Labels(null);
    }

    /** The bundled CJK font (size 12), or null. */
    public Font font() {
        return font;
    }

    public boolean chinese() {
        return font != null;
    }

    private String t(String en, String zh) {
        return font != null && font.canDisplayUpTo(zh) < 0 ? en + " " + zh : en;
    }

    /** A label in the plain font (null: the caller's default) of the given size. */
    public Font font(float size, int style) {
        return font == null ? new Font(Font.SANS_SERIF, style, Math.round(size)) : font.deriveFont(style, size);
    }

    /**
     * A name from the scenario as it can be drawn: whole with the bundled font; otherwise without the characters
     * the default font cannot show (a region named "清河县 Qinghe County" shows "Qinghe County" rather than boxes).
     */
    public String shown(String name) {
        Font f = font(12f, Font.PLAIN);
        if (f.canDisplayUpTo(name) < 0) {
            return name;
        }
        StringBuilder b = new StringBuilder();
        name.codePoints().filter(f::canDisplay).forEach(b::appendCodePoint);
        String kept = b.toString().replaceAll("\\s+", " ").strip();
        return kept.isEmpty() ? name : kept;
    }

    String countySeat() { return t("county seat", "县城"); }
    String city() { return t("city", "城市"); }
    String town() { return t("town", "建制镇"); }
    String township() { return t("township (rural)", "乡"); }
    String demonstration() { return t("demonstration town", "示范城镇"); }
    String villages() { return t("village clusters: share away", "村：外出人口比例"); }
    String reclassified() { return t("reclassified village", "村改居"); }
    String flowsTown() { return t("movers to a place this year", "本年迁往城镇"); }
    String flowsOutside() { return t("movers leaving the region", "本年迁往区外"); }
    String outside() { return t("outside", "区外"); }
    String movers() { return t("movers", "人"); }
    String sizeNote() { return t("disc area ~ residents", "圆面积∝常住人口"); }
    String year() { return t("Year", "年份"); }
    String urbanizationRate() { return t("Urbanization rate", "常住人口城镇化率"); }
    /** The chart's axis titles: short enough for the height of their panel (the chart's title says the rest). */
    String rateAxis() { return t("Rate", "城镇化率"); }
    String moverAxis() { return t("Movers", "迁移人数"); }
    String projection() { return t("projection", "模拟"); }
    String target() { return t("target", "目标"); }
    String chartTitle() { return t("Urbanization and movers", "城镇化率与迁移"); }

    /**
     * A lever's heading in the Model tab, {@code [0] 产业园区}, with the name the report gives the lever; with no
     * CJK font (or no name), {@code [0] industrial_park}.
     */
    String leverHeading(int index, String lever) {
        return inspector("[" + index + "] ", LeverTerms.lever(lever), lever);
    }

    /** A lever's value in the Model tab: the report's Chinese name ({@code 每年新增岗位}), else the YAML key. */
    String leverValue(String key) {
        return inspector("", LeverTerms.param(key), key);
    }

    private String inspector(String prefix, String zh, String key) {
        return font == null || zh == null || font.canDisplayUpTo(zh) >= 0 ? prefix + key
                : String.format(INSPECTOR, prefix, font.getFamily(), zh);
    }

    String motive(String key) {
        return switch (key) {
            case "jobs" -> t("jobs", "就业");
            case "school" -> t("school", "就学");
            case "housing" -> t("housing", "住房");
            case "land" -> t("land", "土地");
            case "network" -> t("network", "亲友网络");
            case "hukou" -> t("hukou", "户籍");
            default -> key;
        };
    }

    /** The first .ttf/.otf/.ttc under fonts/ next to these classes (the jar or target/classes), or null. */
    static Font bundledFont() {
        try {
            Path where = Path.of(Labels.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            String name = null;
            if (Files.isDirectory(where)) {
                Path dir = where.resolve("fonts");
                if (Files.isDirectory(dir)) {
                    try (var files = Files.list(dir)) {
                        name = files.map(p -> "fonts/" + p.getFileName()).filter(Labels::isFont).sorted()
                                .findFirst().orElse(null);
                    }
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        String n = e.nextElement().getName();
                        if (n.startsWith("fonts/") && isFont(n) && (name == null || n.compareTo(name) < 0)) {
                            name = n;
                        }
                    }
                }
            }
            if (name == null) {
                return null;
            }
            try (InputStream in = Labels.class.getResourceAsStream("/" + name)) {
                return in == null ? null : Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(12f);
            }
        } catch (IOException | URISyntaxException | java.awt.FontFormatException | RuntimeException e) {
            return null;
        }
    }

    private static boolean isFont(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".ttf") || n.endsWith(".otf") || n.endsWith(".ttc");
    }
}

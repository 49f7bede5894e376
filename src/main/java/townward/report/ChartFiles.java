package townward.report;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.jfree.svg.SVGGraphics2D;

/**
 * Writes a chart as {@code NAME.png} (screen size, 96 dpi), {@code NAME-print.png} (2.5 times larger, tagged 300 dpi:
 * {@code WIDTH x 2.5 / 300} inches wide, 178 mm for the default width) and {@code NAME.svg} (text as text in the
 * bundled font, a subset of which the file embeds).
 */
public final class ChartFiles {

    public static final double PRINT_SCALE = 2.5;
    public static final int PRINT_DPI = 300;
    public static final int SCREEN_DPI = 96;

    private ChartFiles() {
    }

    /** The written files of one chart. */
    public record Written(Path png, Path printPng, Path svg, String inlineSvg) {
    }

    public static Written write(Chart c, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path png = dir.resolve(c.name() + ".png");
        Path print = dir.resolve(c.name() + "-print.png");
        Path svg = dir.resolve(c.name() + ".svg");
        writePng(render(c, 1.0), png, SCREEN_DPI);
        writePng(render(c, PRINT_SCALE), print, PRINT_DPI);
        String inline = svg(c);
        Files.writeString(svg, standalone(inline), StandardCharsets.UTF_8);
        return new Written(png, print, svg, inline);
    }

    /** The chart drawn at {@code scale} times its screen size. */
    public static BufferedImage render(Chart c, double scale) {
        int w = (int) Math.round(c.width() * scale);
        int h = (int) Math.round(c.height() * scale);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(scale, scale);
            c.chart().draw(g, new Rectangle2D.Double(0, 0, c.width(), c.height()));
        } finally {
            g.dispose();
        }
        return img;
    }

    /** The chart as an {@code <svg>} element that scales to its container (viewBox, no fixed size), no font. */
    public static String inline(Chart c) {
        return svg(c, false);
    }

    /** The chart as an {@code <svg>} element (ids prefixed with the chart's name, no font). */
    public static String svg(Chart c) {
        return svg(c, true);
    }

    private static String svg(Chart c, boolean sized) {
        SVGGraphics2D g = new SVGGraphics2D(c.width(), c.height());
        g.setDefsKeyPrefix("tw-" + c.name() + "-");
        // unquoted family names: JFreeSVG puts the style in a single-quoted attribute
        g.setFontFunction(family -> ReportFont.FAMILY + ", Noto Sans CJK SC, Microsoft YaHei, PingFang SC, sans-serif");
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        c.chart().draw(g, new Rectangle2D.Double(0, 0, c.width(), c.height()));
        return g.getSVGElement("tw-" + c.name(), sized, new org.jfree.svg.ViewBox(0, 0, c.width(), c.height()),
                null, null);
    }

    /** A standalone SVG document: the element with the font subset of its own text embedded. */
    static String standalone(String svgElement) {
        int open = svgElement.indexOf('>', svgElement.indexOf("<svg")) + 1;
        String css = ReportFont.fontFaceCss(textOf(svgElement));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svgElement.substring(0, open) + "<style>" + css
                + "</style>" + svgElement.substring(open) + "\n";
    }

    /** The characters of the markup's text content (tags dropped; entities are ASCII, which the subset has). */
    static String textOf(String markup) {
        return markup.replaceAll("<[^>]*>", "");
    }

    static void writePng(BufferedImage img, Path file, int dpi) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        ImageWriter writer = writers.next();
        try (OutputStream os = Files.newOutputStream(file);
             ImageOutputStream out = ImageIO.createImageOutputStream(os)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
            setDpi(meta, dpi);
            writer.write(null, new IIOImage(img, null, meta), param);
        } finally {
            writer.dispose();
        }
    }

    /** The PNG's pHYs chunk: pixels per metre (the standard tree's pixel size is read inconsistently). */
    private static void setDpi(IIOMetadata meta, int dpi) throws IIOInvalidTreeException {
        String perMetre = Long.toString(Math.round(dpi / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        meta.mergeTree("javax_imageio_png_1.0", root);
    }
}

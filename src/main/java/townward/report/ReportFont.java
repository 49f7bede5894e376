package townward.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;

import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The CJK font bundled in the jar: WenQuanYi Micro Hei (Apache License 2.0, see
 * {@code src/main/resources/fonts/README.md}). It is registered with the local graphics environment on first use, so
 * charts show Chinese on any machine, and a subset of it is embedded in {@code report.html} and the SVG files.
 */
public final class ReportFont {

    /** Resource path of the TrueType collection. */
    public static final String RESOURCE = "/fonts/wqy-microhei.ttc";
    /** The family name of the face used (the first of the collection). */
    public static final String FAMILY = "WenQuanYi Micro Hei";
    /** The PostScript name of that face in the collection. */
    static final String POSTSCRIPT_NAME = "WenQuanYiMicroHei";

    private static Font base;

    static {
        Report.quietLogging();
    }

    private ReportFont() {
    }

    /** The bundled face at 1 pt, registered with the graphics environment. */
    public static synchronized Font base() {
        if (base == null) {
            try (InputStream in = open()) {
                Font[] faces = Font.createFonts(in);
                Font chosen = faces[0];
                for (Font f : faces) {
                    if (FAMILY.equals(f.getFamily(java.util.Locale.ROOT))) {
                        chosen = f;
                    }
                }
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(chosen);
                base = chosen;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled font " + RESOURCE, e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("the bundled font " + RESOURCE + " is not a TrueType collection", e);
            }
        }
        return base;
    }

    /** The bundled face at a size and style. */
    public static Font of(int style, float size) {
        return base().deriveFont(style, size);
    }

    /**
     * Index of the first character of {@code text} the font shows as a missing-glyph box, or -1 when it shows them
     * all (whitespace and line breaks aside).
     */
    public static int firstMissing(String text) {
        Font f = of(Font.PLAIN, 12f);
        FontRenderContext frc = new FontRenderContext(null, true, true);
        int missing = f.getMissingGlyphCode();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!Character.isWhitespace(cp) && !Character.isISOControl(cp)) {
                if (!f.canDisplay(cp)) {
                    return i;
                }
                GlyphVector gv = f.createGlyphVector(frc, new String(Character.toChars(cp)));
                if (gv.getNumGlyphs() == 0 || gv.getGlyphCode(0) == missing) {
                    return i;
                }
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** A TrueType subset of the face with the characters of {@code text} (and basic Latin), as base64. */
    public static synchronized String subsetBase64(String text) {
        Set<Integer> cps = new TreeSet<>();
        for (int c = 0x20; c < 0x7f; c++) {
            cps.add(c);
        }
        text.codePoints().filter(c -> c >= 0x20).forEach(cps::add);
        try {
            TTFSubsetter sub = new TTFSubsetter(parsed());
            sub.addAll(cps);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            sub.writeToStream(out);
            return Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot subset the bundled font", e);
        }
    }

    /** A CSS {@code @font-face} rule that declares the subset under {@link #FAMILY}. */
    public static String fontFaceCss(String text) {
        return "@font-face{font-family:'" + FAMILY + "';src:url(data:font/ttf;base64," + subsetBase64(text)
                + ") format('truetype');font-weight:normal;font-style:normal}";
    }

    private static TrueTypeFont parsed;

    /** The face parsed by fontbox (kept: parsing the collection takes a while). */
    private static TrueTypeFont parsed() throws IOException {
        if (parsed == null) {
            try (InputStream in = open()) {
                @SuppressWarnings("resource")   // the collection holds the face's data: kept open with it
                TrueTypeCollection ttc = new TrueTypeCollection(in);
                TrueTypeFont ttf = ttc.getFontByName(POSTSCRIPT_NAME);
                if (ttf == null) {
                    throw new IllegalStateException("face " + POSTSCRIPT_NAME + " not found in " + RESOURCE);
                }
                parsed = ttf;
            }
        }
        return parsed;
    }

    private static InputStream open() throws IOException {
        InputStream in = ReportFont.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IOException("resource " + RESOURCE + " missing from the jar");
        }
        return new java.io.BufferedInputStream(in);
    }
}

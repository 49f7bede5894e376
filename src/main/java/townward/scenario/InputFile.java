package townward.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;

/**
 * Reads a scenario or behaviour file as UTF-8 text, refusing before any parsing what cannot be one: a missing
 * file, a directory, a pipe or device (by its type, without opening it, so a FIFO cannot hang the command), a file
 * over {@link Limits#FILE_BYTES}, text in another encoding (located by line, column and byte offset) and, for
 * YAML, a line over {@link Limits#YAML_LINE} characters.
 */
final class InputFile {

    private InputFile() {
    }

    static String read(Path file, String name) throws ScenarioException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw single(name, 0, 0, "no such file");
        } catch (IOException | SecurityException e) {
            throw single(name, 0, 0, "cannot be read (check permissions)");
        }
        if (a.isDirectory()) {
            throw single(name, 0, 0, "is a directory; expected a scenario file (.yaml or .json)");
        }
        if (!a.isRegularFile()) {
            throw single(name, 0, 0, "is not a regular file (a pipe, device or socket); expected a scenario file "
                    + "(.yaml or .json)");
        }
        if (a.size() > Limits.FILE_BYTES) {
            throw single(name, 0, 0, "is " + mb(a.size()) + "; a scenario file may be at most "
                    + mb(Limits.FILE_BYTES) + " (the largest shipped one is about 0.08 MB)");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Limits.FILE_BYTES + 1);   // the file may have grown since it was measured
        } catch (IOException | SecurityException e) {
            throw single(name, 0, 0, "cannot be read (check permissions)");
        }
        if (bytes.length > Limits.FILE_BYTES) {
            throw single(name, 0, 0, "is over " + mb(Limits.FILE_BYTES) + "; a scenario file may be at most that");
        }
        String text = decode(bytes, name);
        if (!name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            checkLines(text, name);
        }
        return text;
    }

    private static String decode(byte[] b, String name) throws ScenarioException {
        String other = otherEncoding(b);
        if (other != null) {
            throw single(name, 1, 1, "is " + other + " text; save it as UTF-8");
        }
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(b.length);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (b[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = new String(b, lineStart, at - lineStart, StandardCharsets.UTF_8).length() + 1;
            String gbk = gbkLine(b, lineStart);
            if (gbk != null) {
                throw single(name, line, column, "not UTF-8 text but GBK (GB18030), the Chinese Windows default: "
                        + "this line reads \"" + Limits.shown(gbk) + "\" in GBK; save the file as UTF-8 (Notepad or "
                        + "WPS: 另存为, 编码 UTF-8)");
            }
            throw single(name, line, column, String.format(Locale.ROOT,
                    "not UTF-8 text: byte 0x%02X at byte offset %d cannot start or continue a UTF-8 character; "
                            + "save the file as UTF-8", b[at] & 0xFF, at));
        }
        d.flush(out);
        out.flip();
        return out.toString();
    }

    /**
     * The line starting at {@code lineStart} when the whole file is GB18030 (GBK's superset) text with Chinese
     * characters in it, else null: the planner's editor saved it in the Chinese Windows encoding.
     */
    private static String gbkLine(byte[] b, int lineStart) {
        try {
            String all = java.nio.charset.Charset.forName("GB18030").newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
            if (all.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                return null;
            }
            String rest = java.nio.charset.Charset.forName("GB18030").decode(
                    ByteBuffer.wrap(b, lineStart, b.length - lineStart)).toString();
            int end = rest.indexOf('\n');
            return (end < 0 ? rest : rest.substring(0, end)).strip();
        } catch (java.nio.charset.CharacterCodingException | java.nio.charset.UnsupportedCharsetException e) {
            return null;
        }
    }

    /** UTF-16 or UTF-32, by byte-order mark or by the zero bytes of ASCII text in them; null for neither. */
    private static String otherEncoding(byte[] b) {
        if (starts(b, 0x00, 0x00, 0xFE, 0xFF) || starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return "UTF-32";
        }
        if (starts(b, 0xFE, 0xFF) || starts(b, 0xFF, 0xFE)) {
            return "UTF-16";
        }
        int n = Math.min(b.length, 4096);
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                return "UTF-16, UTF-32 or binary (it holds zero bytes)";
            }
        }
        return null;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static void checkLines(String text, String name) throws ScenarioException {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > Limits.YAML_LINE) {
                    throw single(name, line, Limits.YAML_LINE + 1, "line " + line + " has " + Limits.count(i - start)
                            + " characters; a YAML line may have at most " + Limits.count(Limits.YAML_LINE)
                            + " (break long lists over several lines)");
                }
                line++;
                start = i + 1;
            }
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static ScenarioException single(String file, int line, int column, String message) {
        return new ScenarioException(List.of(new ValidationError(file, line, column, "", message)));
    }
}

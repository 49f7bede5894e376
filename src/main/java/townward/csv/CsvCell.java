package townward.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text as a CSV cell, for every CSV file townward writes.
 *
 * <p>RFC 4180 quoting only when needed (comma, double quote, CR, LF). A cell a spreadsheet would take for a formula
 * (first character {@code = + - @}, tab or CR, as OWASP lists them) is written quoted with a leading {@code '}, so
 * Excel, LibreOffice and Google Sheets show it as text; a plain number such as {@code -1.5} is left alone. A cell
 * that itself begins with {@code '} is written the same way, so {@link #split} gives back exactly the text that was
 * written: inside quotes, one leading {@code '} is always the guard.
 */
public final class CsvCell {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d[\\d,. ]*)?\\.?\\d+([eE][-+]?\\d+)?( ?%)?");

    private CsvCell() {
    }

    public static String quote(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (formulaLike(text)) {
            return '"' + "'" + text.replace("\"", "\"\"") + '"';
        }
        boolean needs = false;
        for (int i = 0; i < text.length() && !needs; i++) {
            char c = text.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** Whether a spreadsheet could take the text for a formula (or it starts with the guard itself). */
    static boolean formulaLike(String text) {
        char c = text.charAt(0);
        return switch (c) {
            case '=', '@', '\t', '\r', '\'' -> true;
            case '+', '-' -> !NUMBER.matcher(text).matches();
            default -> false;
        };
    }

    /** The cells of one CSV record (which may span lines), the inverse of {@link #quote}. */
    public static List<String> split(String record) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < record.length(); i++) {
            char ch = record.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < record.length() && record.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
                wasQuoted = true;
            } else if (ch == ',') {
                out.add(cell(cur, wasQuoted));
                cur.setLength(0);
                wasQuoted = false;
            } else {
                cur.append(ch);
            }
        }
        out.add(cell(cur, wasQuoted));
        return out;
    }

    private static String cell(StringBuilder cur, boolean wasQuoted) {
        return wasQuoted && cur.length() > 0 && cur.charAt(0) == '\'' ? cur.substring(1) : cur.toString();
    }
}

package townward.report;

import java.util.Locale;

/** The report's language: Chinese, English, or both (Chinese first). */
public enum Lang {
    ZH, EN, BOTH;

    /** {@code zh}, {@code en} or {@code both}. */
    public static Lang parse(String s) {
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "zh", "cn", "zh-cn" -> ZH;
            case "en" -> EN;
            case "both", "zh+en", "en+zh" -> BOTH;
            default -> throw new IllegalArgumentException("--lang: expected zh, en or both, got '" + s + "'");
        };
    }

    /** Picks the Chinese or English text, or both separated by {@code sep}. */
    public String pick(String zh, String en, String sep) {
        return switch (this) {
            case ZH -> zh;
            case EN -> en;
            case BOTH -> zh + sep + en;
        };
    }

    /**
     * A text with values in it ({@code %s}), each language with its own placement, so that in both languages each
     * half carries its values: {@code 新增 14,196 人 / gained 14,196}, never {@code 新增  / gained 14,196 人}.
     */
    public String fill(String zh, String en, String sep, Object... values) {
        return pick(String.format(Locale.ROOT, zh, values), String.format(Locale.ROOT, en, values), sep);
    }

    public String pick(String zh, String en) {
        return pick(zh, en, " ");
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

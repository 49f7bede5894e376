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

    public String pick(String zh, String en) {
        return pick(zh, en, " ");
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

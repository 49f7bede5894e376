package townward.gui;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

/**
 * The Chinese names the briefing prints for the levers (产业园区) and their values (每年新增岗位), so that the Model
 * tab names them as the report does. They are the report's own tables, {@code townward.report.Texts.LEVERS} and
 * {@code townward.report.LeverValues.PARAMS}, package-private there; the GUI branch leaves that package alone, so
 * they are read by reflection, once (LabelsTest fails if they move). A public accessor in the report package would
 * replace this class.
 */
final class ReportTerms {

    private static final Map<String, String> LEVERS = chinese("townward.report.Texts", "LEVERS");
    private static final Map<String, String> PARAMS = chinese("townward.report.LeverValues", "PARAMS");

    private ReportTerms() {
    }

    /** The Chinese name of a lever ({@code industrial_park}), or null. */
    static String lever(String key) {
        return LEVERS.get(key);
    }

    /** The Chinese name of a lever's value ({@code posts_per_year}), or null. */
    static String param(String key) {
        return PARAMS.get(key);
    }

    private static Map<String, String> chinese(String table, String field) {
        try {
            Field f = Class.forName(table).getDeclaredField(field);
            f.setAccessible(true);
            Map<String, String> out = new HashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) f.get(null)).entrySet()) {
                out.put((String) e.getKey(), zh(e.getValue()));
            }
            return Map.copyOf(out);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("the report's table " + table + "." + field + " is not as the GUI reads it"
                    + " (String[] {zh, en} or a record with zh())", e);
        }
    }

    /** Texts holds {zh, en} pairs; LeverValues a record whose {@code zh} is the name. */
    private static String zh(Object entry) throws ReflectiveOperationException {
        if (entry instanceof String[] pair) {
            return pair[0];
        }
        Method zh = entry.getClass().getDeclaredMethod("zh");
        zh.setAccessible(true);
        return (String) zh.invoke(entry);
    }
}

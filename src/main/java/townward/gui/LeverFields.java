package townward.gui;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import townward.scenario.Lever;

/**
 * The values of a lever a planner may change in the GUI: its own keys (not the years or places), each with its
 * type, range, choices and description as the scenario loader's key catalogue defines them. Reclassification
 * levers act once, in their first year, and are not offered.
 *
 * <p>The catalogue ({@code townward.scenario.LeverCatalogue}) is package-private; it is read here by reflection
 * (the classes share the unnamed module, so no access rule forbids it) so that the GUI shows the very ranges the
 * loader checks and never keeps a second copy of them. Every change is still checked by the loader itself.
 */
final class LeverFields {

    enum Kind { NUMBER, BOOLEAN, CHOICE }

    /**
     * One changeable key of a lever.
     *
     * @param key         the scenario key, e.g. {@code share}
     * @param component   the record component holding its value
     * @param choices     allowed values of a CHOICE, in catalogue order; empty otherwise
     * @param derived     what a value left out means (shown as NaN or Infinity), or null
     */
    record Field(String key, RecordComponent component, Kind kind, double min, boolean minExclusive, double max,
                 boolean maxExclusive, List<String> choices, String description, String derived) {

        /** The lever's value: Double, Boolean, or the choice's index (Integer). */
        Object value(Lever lever) {
            Object v = get(lever);
            return switch (kind) {
                case NUMBER -> ((Number) v).doubleValue();
                case BOOLEAN -> v;
                case CHOICE -> choices.indexOf(choiceKey(v));
            };
        }

        /** The value as scenario text ({@code --set} syntax). */
        String text(Object value) {
            return switch (kind) {
                case NUMBER -> number(((Number) value).doubleValue());
                case BOOLEAN -> value.toString();
                case CHOICE -> value instanceof Integer i ? choices.get(i) : value.toString();
            };
        }

        String currentText(Lever lever) {
            return text(value(lever));
        }

        /** The range as the loader states it, e.g. {@code [0, 1]}. */
        String range() {
            return (minExclusive ? "(" : "[") + number(min) + ", " + number(max) + (maxExclusive ? ")" : "]");
        }

        private Object get(Lever lever) {
            try {
                return component.getAccessor().invoke(lever);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + key + " of " + lever.key(), e);
            }
        }
    }

    private static final Map<String, List<Object>> CATALOGUE = catalogue();

    private LeverFields() {
    }

    /** The changeable keys of a lever, in catalogue order; empty for a reclassification. */
    static List<Field> of(Lever lever) {
        if (lever instanceof Lever.Reclassification) {
            return List.of();
        }
        List<Object> specs = CATALOGUE.get(lever.key());
        RecordComponent[] components = lever.getClass().getRecordComponents();
        // the record holds the scope, then the lever's own keys in catalogue order (as LeverYaml writes them)
        if (specs == null || components.length - 1 != specs.size()) {
            throw new IllegalStateException("lever " + lever.key() + ": record and key catalogue disagree");
        }
        List<Field> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Object spec = specs.get(i);
            String key = (String) call(spec, "key");
            RecordComponent c = components[i + 1];
            if (!snake(c.getName()).equals(key)) {
                throw new IllegalStateException("lever " + lever.key() + ": " + c.getName() + " is not " + key);
            }
            String type = ((Enum<?>) call(spec, "type")).name();
            Kind kind = switch (type) {
                case "NUMBER", "INTEGER" -> Kind.NUMBER;
                case "BOOLEAN" -> Kind.BOOLEAN;
                case "ENUM" -> Kind.CHOICE;
                default -> throw new IllegalStateException("lever " + lever.key() + "." + key + ": type " + type);
            };
            Object range = call(spec, "range");
            @SuppressWarnings("unchecked")
            List<String> values = (List<String>) call(spec, "values");
            out.add(new Field(key, c, kind,
                    range == null ? Double.NEGATIVE_INFINITY : (Double) call(range, "min"),
                    range != null && (Boolean) call(range, "minExclusive"),
                    range == null ? Double.POSITIVE_INFINITY : (Double) call(range, "max"),
                    range != null && (Boolean) call(range, "maxExclusive"),
                    values == null ? List.of() : List.copyOf(values), (String) call(spec, "description"),
                    (String) call(spec, "derived")));
        }
        return out;
    }

    /** Whole numbers as integer digits, others as Java's round-trip decimal (the loader reads both exactly). */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static String choiceKey(Object enumValue) {
        return (String) call(enumValue, "key");
    }

    /** Lever name to its own key specs (the catalogue's fields after the five scope keys). */
    private static Map<String, List<Object>> catalogue() {
        try {
            Class<?> c = Class.forName("townward.scenario.LeverCatalogue");
            java.lang.reflect.Field f = c.getDeclaredField("LEVERS");
            f.setAccessible(true);
            Map<?, ?> levers = (Map<?, ?>) f.get(null);
            Map<String, List<Object>> out = new java.util.LinkedHashMap<>();
            for (Map.Entry<?, ?> e : levers.entrySet()) {
                Map<?, ?> fields = (Map<?, ?>) call(e.getValue(), "fields");
                List<Object> own = new ArrayList<>(fields.values());
                out.put((String) e.getKey(), List.copyOf(own.subList(5, own.size())));
            }
            return Collections.unmodifiableMap(out);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the lever key catalogue", e);
        }
    }

    private static Object call(Object target, String method) {
        try {
            Method m = target.getClass().getMethod(method);
            m.setAccessible(true);
            return m.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + method + " of the key catalogue", e);
        }
    }
}

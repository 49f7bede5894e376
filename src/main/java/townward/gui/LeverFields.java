package townward.gui;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import townward.scenario.Lever;
import townward.scenario.LeverKeys;

/**
 * The values of a lever a planner may change in the GUI: its own keys (not the years or places), each with its
 * type, range, choices and description as the scenario loader's key catalogue defines them. Reclassification
 * levers act once, in their first year, and are not offered.
 *
 * <p>The keys come from {@link LeverKeys}, the loader's own catalogue, so the GUI shows the very ranges the loader
 * checks and keeps no second copy of them. Every change is still checked by the loader itself.
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

    private LeverFields() {
    }

    /** The changeable keys of a lever, in catalogue order; empty for a reclassification. */
    static List<Field> of(Lever lever) {
        if (lever instanceof Lever.Reclassification) {
            return List.of();
        }
        List<LeverKeys.Key> specs = LeverKeys.own(lever.key());
        RecordComponent[] components = lever.getClass().getRecordComponents();
        // the record holds the scope, then the lever's own keys in catalogue order (as LeverYaml writes them)
        if (components.length - 1 != specs.size()) {
            throw new IllegalStateException("lever " + lever.key() + ": record and key catalogue disagree");
        }
        List<Field> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            LeverKeys.Key spec = specs.get(i);
            RecordComponent c = components[i + 1];
            if (!snake(c.getName()).equals(spec.key())) {
                throw new IllegalStateException("lever " + lever.key() + ": " + c.getName() + " is not " + spec.key());
            }
            Kind kind = switch (spec.kind()) {
                case NUMBER, INTEGER -> Kind.NUMBER;
                case BOOLEAN -> Kind.BOOLEAN;
                case CHOICE -> Kind.CHOICE;
            };
            out.add(new Field(spec.key(), c, kind, spec.min(), spec.minExclusive(), spec.max(), spec.maxExclusive(),
                    spec.choices(), spec.description(), spec.derived()));
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

    private static String choiceKey(Object choice) {
        return ((Lever.Choice) choice).key();
    }
}

package townward.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * The keys of each lever as the loader checks them (type, range, choices, description), for tools that offer a
 * lever's values to change, such as the GUI's Model tab; the loader stays the judge of every change.
 */
public final class LeverKeys {

    public enum Kind { NUMBER, INTEGER, BOOLEAN, CHOICE }

    /**
     * @param key          the scenario key, e.g. {@code share}
     * @param kind         its type
     * @param min          lower bound (-Infinity when none)
     * @param max          upper bound (+Infinity when none)
     * @param choices      allowed values of a CHOICE; empty otherwise
     * @param description  what it means
     * @param derived      what leaving it out means, or null
     */
    public record Key(String key, Kind kind, double min, boolean minExclusive, double max, boolean maxExclusive,
                      List<String> choices, String description, String derived) {
    }

    /** The scope keys every lever has before its own: lever, id, from, to, counties, places. */
    static final int SCOPE_KEYS = 6;

    private LeverKeys() {
    }

    /** The lever's own keys (after its scope), in catalogue order; empty for an unknown lever. */
    public static List<Key> own(String lever) {
        Spec.Obj spec = LeverCatalogue.LEVERS.get(lever);
        if (spec == null) {
            return List.of();
        }
        List<Spec.Field> fields = new ArrayList<>(spec.fields().values());
        List<Key> out = new ArrayList<>();
        for (Spec.Field f : fields.subList(SCOPE_KEYS, fields.size())) {
            Kind kind = switch (f.type()) {
                case NUMBER -> Kind.NUMBER;
                case INTEGER -> Kind.INTEGER;
                case BOOLEAN -> Kind.BOOLEAN;
                case ENUM -> Kind.CHOICE;
                default -> throw new IllegalStateException("lever " + lever + "." + f.key() + ": type " + f.type());
            };
            Spec.Range r = f.range();
            out.add(new Key(f.key(), kind, r == null ? Double.NEGATIVE_INFINITY : r.min(), r != null && r.minExclusive(),
                    r == null ? Double.POSITIVE_INFINITY : r.max(), r != null && r.maxExclusive(),
                    f.values() == null ? List.of() : List.copyOf(f.values()), f.description(), f.derived()));
        }
        return out;
    }
}

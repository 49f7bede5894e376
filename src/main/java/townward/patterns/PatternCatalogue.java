package townward.patterns;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The patterns of MODEL.md 12.1 as data: {@code patterns.yaml} next to this class lists each pattern's items
 * (one item per quantity, expanded to one row per year). {@code $year} in a formula stands for the row's year.
 */
public final class PatternCatalogue {

    /** The resource, on the classpath next to this class. */
    public static final String RESOURCE = "patterns.yaml";

    /** One item of {@code patterns.yaml}; see the file's header for the meaning of each key. */
    record Item(String id, String pattern, String scenario, List<Integer> years, String unit, String simulated,
                String needs, String observed, String source, String tolerance, String kind, Integer digits) {
    }

    private final List<PatternRow> rows;

    private PatternCatalogue(List<PatternRow> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The shipped catalogue, its observations read from {@code data}. */
    public static PatternCatalogue load(DataRows data) throws PatternException {
        try (InputStream in = PatternCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new PatternException("the pattern catalogue " + RESOURCE + " is missing from the build");
            }
            List<Item> items = new YAMLMapper().readValue(in, new TypeReference<List<Item>>() { });
            return of(items, data);
        } catch (IOException e) {
            throw new PatternException(RESOURCE + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    static PatternCatalogue of(List<Item> items, DataRows data) throws PatternException {
        List<PatternRow> rows = new ArrayList<>();
        for (Item it : items) {
            try {
                rows.addAll(expand(it, data));
            } catch (PatternException e) {
                throw new PatternException(RESOURCE + ": " + it.id() + " (" + it.pattern() + "): " + e.getMessage());
            }
        }
        return new PatternCatalogue(rows);
    }

    private static List<PatternRow> expand(Item it, DataRows data) throws PatternException {
        if (it.id() == null || !it.id().matches("P\\d+")) {
            throw new PatternException("id must be P and a number");
        }
        for (String[] key : new String[][] {{"pattern", it.pattern()}, {"scenario", it.scenario()},
            {"unit", it.unit()}, {"observed", it.observed()}, {"tolerance", it.tolerance()}, {"kind", it.kind()}}) {
            if (key[1] == null) {
                throw new PatternException("'" + key[0] + "' is required");
            }
        }
        if (it.years() == null || it.years().isEmpty()) {
            throw new PatternException("'years' is required");
        }
        if ((it.simulated() == null) == (it.needs() == null)) {
            throw new PatternException("give either 'simulated' (a formula) or 'needs' (what the model lacks)");
        }
        Kind kind;
        try {
            kind = Kind.valueOf(it.kind());
        } catch (IllegalArgumentException e) {
            throw new PatternException("kind must be H or S, got " + it.kind());
        }
        Tolerance tol = Tolerance.parse(it.tolerance());
        List<PatternRow> out = new ArrayList<>();
        for (int year : it.years()) {
            String y = Integer.toString(year);
            // 12 significant digits: 100 * 0.7501 is 75.01, not 75.00999999999999
            double observed = new BigDecimal(Expression.parse(it.observed().replace("$year", y), data).constant())
                    .round(new MathContext(12)).doubleValue();
            Expression sim = it.simulated() == null ? null : Expression.parse(it.simulated().replace("$year", y), data);
            String source = it.source() != null ? it.source() : "data/: " + it.observed().replace("$year", y);
            out.add(new PatternRow(it.id(), it.pattern(), it.unit(), it.scenario(), year, sim, it.needs(), observed,
                    source, tol, kind, it.digits() != null ? it.digits() : 2));
        }
        return out;
    }

    public List<PatternRow> rows() {
        return rows;
    }

    /** The pattern ids in catalogue order. */
    public Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        rows.forEach(r -> ids.add(r.id()));
        return ids;
    }

    /** The rows of the given ids (all when {@code only} is empty), in catalogue order. */
    public List<PatternRow> only(Set<String> only) {
        return only.isEmpty() ? rows : rows.stream().filter(r -> only.contains(r.id())).toList();
    }
}

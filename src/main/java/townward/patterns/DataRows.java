package townward.patterns;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of {@code data/*.csv} that the catalogue's formulas name, read when the command runs so that a
 * pattern is always judged against the row as it stands in {@code data/}. A cell is named by its file, its key
 * columns in file order ({@code indicator}, {@code region}, {@code year}, those the file has) and, in files
 * without a {@code value} column, the column: {@code migrant_workers.csv outside_migrants China 2010},
 * {@code schools.csv village_primary_schools 2016}, {@code urbanization.csv Jilin 2010 total_pop_wan}. A region
 * may contain spaces ({@code Central (origin)}).
 */
public final class DataRows {

    private record Table(List<String> header, List<List<String>> rows) {
        String cell(List<String> row, String column) {
            int i = header.indexOf(column);
            return i < row.size() ? row.get(i) : "";
        }
    }

    private final Path dir;
    private final Map<String, Table> tables = new HashMap<>();

    private DataRows(Path dir) {
        this.dir = dir;
    }

    /** The data folder {@code dir} (files are read on first use). */
    public static DataRows in(Path dir) {
        return new DataRows(dir);
    }

    /** The number in the cell named by {@code ref}. */
    public double value(String ref) throws PatternException {
        String[] t = ref.trim().split(" +");
        Table table = table(t[0]);
        boolean valueColumn = table.header().contains("value");
        int last = valueColumn ? t.length : t.length - 1;
        String column = valueColumn ? "value" : t[t.length - 1];
        List<String> keys = List.of(t).subList(1, last);
        Map<String, String> wanted = new HashMap<>();
        boolean hasIndicator = table.header().contains("indicator");
        boolean hasRegion = table.header().contains("region");
        int needed = (hasIndicator ? 1 : 0) + 1 + (hasRegion ? 1 : 0);
        if (keys.size() < needed || !table.header().contains(column)) {
            throw new PatternException("data cell {" + ref + "}: expected {" + t[0] + " "
                    + String.join(" ", keyNames(hasIndicator, hasRegion)) + (valueColumn ? "" : " COLUMN") + "}");
        }
        if (hasIndicator) {
            wanted.put("indicator", keys.get(0));
        }
        wanted.put("year", keys.get(keys.size() - 1));
        if (hasRegion) {
            wanted.put("region", String.join(" ", keys.subList(hasIndicator ? 1 : 0, keys.size() - 1)));
        }
        List<String> found = null;
        for (List<String> row : table.rows()) {
            if (wanted.entrySet().stream().allMatch(e -> e.getValue().equals(table.cell(row, e.getKey())))) {
                if (found != null) {
                    throw new PatternException("data cell {" + ref + "}: more than one row in data/" + t[0]);
                }
                found = row;
            }
        }
        if (found == null) {
            throw new PatternException("data cell {" + ref + "}: no such row in data/" + t[0]);
        }
        String cell = table.cell(found, column).trim();
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new PatternException("data cell {" + ref + "}: '" + cell + "' is not a number");
        }
    }

    private static List<String> keyNames(boolean indicator, boolean region) {
        List<String> k = new ArrayList<>();
        if (indicator) {
            k.add("INDICATOR");
        }
        if (region) {
            k.add("REGION");
        }
        k.add("YEAR");
        return k;
    }

    private Table table(String file) throws PatternException {
        Table t = tables.get(file);
        if (t == null) {
            Path p = dir.resolve(file);
            List<String> lines;
            try {
                lines = Files.readAllLines(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new PatternException("cannot read " + p + " (run townward from the repository root)");
            }
            List<List<String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    rows.add(split(line));
                }
            }
            t = new Table(split(lines.get(0)), rows);
            tables.put(file, t);
        }
        return t;
    }

    /** One CSV line (RFC 4180 quotes; the data files have no line breaks inside fields). */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}

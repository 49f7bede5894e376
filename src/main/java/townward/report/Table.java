package townward.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A summary table of the report, written to report.html, summary.xlsx and a CSV file.
 *
 * @param name     file and sheet name ({@code targets}, {@code levers}, ...)
 * @param title    caption in the report's language
 * @param columns  the columns
 * @param rows     the cells: {@link String}, {@link Double} (NaN for none, shown as its column's kind) or
 *                 {@link Value} (a number with its own kind, in columns whose rows differ)
 */
public record Table(String name, String title, List<Column> columns, List<List<Object>> rows) {

    /** How a column's numbers are shown. */
    public enum Kind { TEXT, PERCENT, POINTS, COUNT, NUMBER, MILLIONS, WAN, YEAR }

    /** A number shown as {@code kind}: a spreadsheet gets the number, the page and the CSV its text. */
    public record Value(double value, Kind kind) {
        @Override
        public String toString() {
            return show(value, kind);
        }
    }

    static String show(double d, Kind kind) {
        return switch (kind) {
            case PERCENT -> Format.percent(d);
            case POINTS -> Format.points(d);
            case COUNT -> Format.count(d);
            case MILLIONS -> Format.millions(d);
            case WAN -> Format.wan(d);
            case YEAR -> Double.isFinite(d) ? Long.toString(Math.round(d)) : "–";
            default -> Format.number(d);
        };
    }

    public record Column(String header, Kind kind) {
    }

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A cell as shown in the report. */
    public String text(int row, int col) {
        Object v = rows.get(row).get(col);
        if (v instanceof Double d) {
            return show(d, columns.get(col).kind());
        }
        return v == null ? "" : v.toString();
    }

    /** Builds a table column by column and row by row. */
    public static final class Builder {
        private final String name;
        private final String title;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();

        public Builder(String name, String title) {
            this.name = name;
            this.title = title;
        }

        public Builder column(String header, Kind kind) {
            columns.add(new Column(header, kind));
            return this;
        }

        public Builder row(Object... cells) {
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException(name + ": " + cells.length + " cells for " + columns.size()
                        + " columns");
            }
            rows.add(java.util.Arrays.asList(cells));
            return this;
        }

        public Table build() {
            return new Table(name, title, columns, rows);
        }
    }
}

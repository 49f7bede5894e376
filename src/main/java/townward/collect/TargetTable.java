package townward.collect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import townward.csv.CsvCell;

/**
 * Projected against target values for one or more scenarios, as aligned text, a Markdown table (the README's
 * scenario table) or CSV. With several replications the projection is their mean and the 5-95 % range is shown.
 */
public final class TargetTable {

    /**
     * @param scenario   scenario name
     * @param place      {@code region} or a place name
     * @param metric     the compared metric
     * @param year       target year
     * @param target     target value
     * @param runs       replications that projected a value
     * @param projected  mean projection (NaN when none)
     * @param p05        5th percentile across replications
     * @param p95        95th percentile
     */
    public record Line(String scenario, String place, String metric, int year, double target, int runs,
                       double projected, double p05, double p95) {

        boolean rate() {
            return metric.endsWith("_rate");
        }

        public boolean met() {
            return runs > 0 && projected >= target;
        }

        /** Whether the 5-95 % band of several replications lies on both sides of the target. */
        boolean crossed() {
            return runs > 1 && p05 < target && p95 >= target;
        }

        String status() {
            return runs == 0 ? "not projected" : (met() ? "met" : "missed") + (crossed() ? ", band crosses target" : "");
        }

        String value(double v) {
            return Double.isNaN(v) ? "" : rate() ? String.format(Locale.ROOT, "%.1f%%", v * 100)
                    : String.format(Locale.ROOT, "%,.0f", v);
        }

        String gap() {
            if (runs == 0) {
                return "";
            }
            double g = projected - target;
            return rate() ? String.format(Locale.ROOT, "%+.1f pts", g * 100) : String.format(Locale.ROOT, "%+,.0f", g);
        }

        String range() {
            return runs > 1 ? value(p05) + " - " + value(p95) : "";
        }
    }

    private final List<Line> lines = new ArrayList<>();
    private final int runs;

    public TargetTable(int runs) {
        this.runs = runs;
    }

    public void add(Line l) {
        lines.add(l);
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    private List<String> header() {
        List<String> h = new ArrayList<>(List.of("scenario", "target", "year", "target value", "projected"));
        if (runs > 1) {
            h.add("5-95 %");
        }
        h.addAll(List.of("gap", "status"));
        return h;
    }

    private List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (Line l : lines) {
            List<String> r = new ArrayList<>(List.of(l.scenario(), ("region".equals(l.place()) ? "" : l.place() + " ")
                    + l.metric(), Integer.toString(l.year()), l.value(l.target()), l.value(l.projected())));
            if (runs > 1) {
                r.add(l.range());
            }
            r.addAll(List.of(l.gap(), l.status()));
            rows.add(r);
        }
        return rows;
    }

    public String text() {
        List<List<String>> all = new ArrayList<>();
        all.add(header());
        all.addAll(rows());
        int[] width = new int[header().size()];
        all.forEach(r -> {
            for (int i = 0; i < r.size(); i++) {
                width[i] = Math.max(width[i], displayWidth(r.get(i)));
            }
        });
        StringBuilder b = new StringBuilder();
        for (List<String> r : all) {
            for (int i = 0; i < r.size(); i++) {
                String cell = r.get(i);
                b.append(cell).append(" ".repeat(width[i] - displayWidth(cell)))
                        .append(i + 1 < r.size() ? "  " : "");
            }
            b.append('\n');
        }
        return b.toString().replaceAll(" +\n", "\n") + note();
    }

    /** Columns the text takes in a terminal: CJK characters are two wide. */
    public static int displayWidth(String s) {
        return s.codePoints().map(c -> c >= 0x1100 && (c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF
                || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F
                || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6) ? 2 : 1).sum();
    }

    /** The line under a table that says how far its verdicts go. */
    String note() {
        return runs == 1 ? "one replication: met or missed is a single draw of the model; use --runs 10 or more "
                + "for a verdict with its 90 % band\n"
                : "projected: mean of " + runs + " replications; 5-95 %: the 90 % band across them; met when the "
                + "mean reaches the target\n";
    }

    public String markdown() {
        StringBuilder b = new StringBuilder();
        List<String> h = header();
        b.append("| ").append(String.join(" | ", h)).append(" |\n");
        b.append("|").append("---|".repeat(h.size())).append("\n");
        rows().forEach(r -> b.append("| ").append(String.join(" | ", r.stream().map(c -> c.replace("|", "\\|"))
                .toList())).append(" |\n"));
        return b.append('\n').append(note()).toString();
    }

    public String csv() {
        StringBuilder b = new StringBuilder("scenario,place,metric,year,target,runs,projected,p05,p95,gap,met\n");
        for (Line l : lines) {
            b.append(CsvCell.quote(l.scenario())).append(',').append(CsvCell.quote(l.place()))
                    .append(',').append(CsvCell.quote(l.metric())).append(',').append(l.year()).append(',')
                    .append(MetricValues.format(l.target())).append(',').append(l.runs()).append(',')
                    .append(l.runs() == 0 ? "" : readable(l, l.projected())).append(',')
                    .append(l.runs() == 0 ? "" : readable(l, l.p05())).append(',')
                    .append(l.runs() == 0 ? "" : readable(l, l.p95())).append(',')
                    .append(l.runs() == 0 ? "" : readable(l, l.projected() - l.target())).append(',')
                    .append(l.met()).append('\n');
        }
        return b.toString();
    }

    /**
     * A projection as a person reads it: whole persons (a mean of scaled runs is no count of people) and rates to
     * 10^-6, without the floating noise of a mean ({@code 59055.75000000001}).
     */
    static String readable(Line l, double v) {
        return MetricValues.format(l.rate() ? Math.rint(v * 1e6) / 1e6 : Math.rint(v));
    }
}

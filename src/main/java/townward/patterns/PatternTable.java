package townward.patterns;

import java.util.ArrayList;
import java.util.List;

import townward.batch.Stats;
import townward.collect.MetricValues;
import townward.csv.CsvCell;
import townward.collect.TargetTable;

/** The judged rows as a text table, a Markdown table (the README's) or CSV. */
public final class PatternTable {

    public static final String CSV_HEADER =
            "id,pattern,scenario,year,observed,simulated_mean,simulated_p05,simulated_p95,tolerance,kind,pass";
    private static final List<String> HEADER = List.of("id", "pattern", "scenario", "year", "observed", "simulated",
            "5-95 %", "τ", "H/S", "pass", "note");

    private final List<PatternResult> results;

    public PatternTable(List<PatternResult> results) {
        this.results = List.copyOf(results);
    }

    public String csv() {
        StringBuilder b = new StringBuilder(CSV_HEADER).append('\n');
        for (PatternResult r : results) {
            PatternRow p = r.row();
            Stats st = r.simulated();
            b.append(p.id()).append(',').append(CsvCell.quote(pattern(p))).append(',')
                    .append(CsvCell.quote(p.scenario())).append(',').append(p.year()).append(',')
                    .append(MetricValues.format(p.observed())).append(',')
                    .append(st == null ? "" : MetricValues.format(st.mean())).append(',')
                    .append(st == null ? "" : MetricValues.format(st.p05())).append(',')
                    .append(st == null ? "" : MetricValues.format(st.p95())).append(',')
                    .append(p.tolerance().csv()).append(',').append(p.kind()).append(',')
                    .append(r.verdict().label()).append('\n');
        }
        return b.toString();
    }

    public String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("| ").append(String.join(" | ", HEADER)).append(" |\n");
        b.append("|").append("---|".repeat(HEADER.size())).append('\n');
        for (List<String> row : cells()) {
            b.append("| ").append(String.join(" | ", row.stream().map(c -> c.replace("|", "\\|")).toList()))
                    .append(" |\n");
        }
        return b.toString();
    }

    public String text() {
        List<List<String>> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(cells());
        int[] width = new int[HEADER.size()];
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                width[i] = Math.max(width[i], TargetTable.displayWidth(row.get(i)));
            }
        }
        StringBuilder b = new StringBuilder();
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                b.append(row.get(i)).append(" ".repeat(width[i] - TargetTable.displayWidth(row.get(i))))
                        .append("  ");
            }
            b.append('\n');
        }
        return b.toString().replaceAll(" +\n", "\n");
    }

    /** Counts for the last line of the text format: "12 pass, 3 fail, 110 n/a". */
    public String tally() {
        long[] n = new long[Verdict.values().length];
        results.forEach(r -> n[r.verdict().ordinal()]++);
        return n[Verdict.PASS.ordinal()] + " pass, " + n[Verdict.FAIL.ordinal()] + " fail, "
                + n[Verdict.NOT_AVAILABLE.ordinal()] + " n/a";
    }

    private List<List<String>> cells() {
        List<List<String>> rows = new ArrayList<>();
        for (PatternResult r : results) {
            PatternRow p = r.row();
            Stats st = r.simulated();
            int d = p.digits();
            rows.add(List.of(p.id(), pattern(p), p.scenario(), Integer.toString(p.year()),
                    Numbers.fixed(p.observed(), d), st == null ? "" : Numbers.fixed(st.mean(), d),
                    st == null ? "" : Numbers.fixed(st.p05(), d) + " – " + Numbers.fixed(st.p95(), d),
                    p.tolerance().text(p.unit()), p.kind().name(), r.verdict().label(), r.note()));
        }
        return rows;
    }

    private static String pattern(PatternRow p) {
        return p.pattern() + " (" + p.unit() + ")";
    }
}

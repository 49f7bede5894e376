package townward.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import townward.sweep.Design;
import townward.sweep.Factor;
import townward.sweep.OneAtATime;
import townward.sweep.SaltelliDesign;
import townward.sweep.SobolIndices;
import townward.sweep.Swing;

/**
 * A sweep's own outputs besides runs.csv and summary.csv: {@code points.csv} (each point's values),
 * {@code sweep.csv} (end-year statistics of the analysed metrics per point), and for the sobol design
 * {@code sobol.csv} (first-order and total indices with 90 % bootstrap intervals), for the oat design
 * {@code tornado.csv} (each factor low and high against the baseline, widest swing first).
 */
final class SweepOutputs {

    public static final String POINTS = "points.csv";
    public static final String SWEEP = "sweep.csv";
    public static final String SOBOL = "sobol.csv";
    public static final String TORNADO = "tornado.csv";
    static final int BOOTSTRAP = 1000;

    private SweepOutputs() {
    }

    static void write(Path dir, Job job, List<Replications.Ready> ready, Map<Integer, Map<String, Stats>> endYear,
                      PrintStream log) throws IOException {
        Job.SweepSpec spec = job.sweep();
        List<Factor> factors = spec.factors().stream().map(Factor::parse).toList();
        String paths = String.join(",", factors.stream().map(f -> Csv.quote(f.path())).toList());
        try (BufferedWriter out = Csv.create(dir.resolve(POINTS), "point," + paths)) {
            for (Job.Case c : job.cases()) {
                Csv.line(out, c.id() + "," + String.join(",", pointValues(c, factors)));
            }
        }
        try (BufferedWriter out = Csv.create(dir.resolve(SWEEP), "point," + paths + ",metric,year,n,mean,sd,p05,p50,p95")) {
            for (int c = 0; c < job.cases().size(); c++) {
                String head = job.cases().get(c).id() + "," + String.join(",", pointValues(job.cases().get(c), factors));
                int year = ready.get(c).scenario() == null ? 0 : ready.get(c).scenario().endYear();
                for (String metric : spec.metrics()) {
                    Stats st = endYear.get(c).get(metric);
                    Csv.line(out, head + "," + Csv.quote(metric) + "," + (st == null ? ",0,,,,,"
                            : year + "," + st.n() + "," + Csv.number(st.mean()) + "," + Csv.number(st.sd()) + ","
                            + Csv.number(st.p05()) + "," + Csv.number(st.p50()) + "," + Csv.number(st.p95())));
                }
            }
        }
        double[] baseline = "oat".equals(spec.design()) ? SweepPlan.baseline(ready.get(0).scenario(), factors) : null;
        Design design = SweepPlan.design(spec, factors, baseline);
        if (design instanceof SaltelliDesign sobol) {
            try (BufferedWriter out = Csv.create(dir.resolve(SOBOL),
                    "metric,factor,first,first_low,first_high,total,total_low,total_high")) {
                for (String metric : spec.metrics()) {
                    double[] y = means(job, endYear, metric, log, "sobol indices");
                    if (y == null) {
                        continue;
                    }
                    SobolIndices s = sobol.indices(y, BOOTSTRAP, job.masterSeed());
                    for (int j = 0; j < factors.size(); j++) {
                        Csv.line(out, Csv.quote(metric) + "," + Csv.quote(factors.get(j).path()) + ","
                                + Csv.number(s.first()[j]) + "," + Csv.number(s.firstLow()[j]) + ","
                                + Csv.number(s.firstHigh()[j]) + "," + Csv.number(s.total()[j]) + ","
                                + Csv.number(s.totalLow()[j]) + "," + Csv.number(s.totalHigh()[j]));
                    }
                }
            }
        }
        if (design instanceof OneAtATime oat) {
            try (BufferedWriter out = Csv.create(dir.resolve(TORNADO),
                    "metric,factor,low,high,output_at_low,output_at_high,baseline_output,range")) {
                for (String metric : spec.metrics()) {
                    double[] y = means(job, endYear, metric, log, "tornado table");
                    if (y == null) {
                        continue;
                    }
                    List<Swing> swings = new ArrayList<>(oat.swings(y));
                    swings.sort(Comparator.comparingDouble(Swing::range).reversed());
                    for (Swing s : swings) {
                        Csv.line(out, Csv.quote(metric) + "," + Csv.quote(s.path()) + "," + Csv.number(s.low()) + ","
                                + Csv.number(s.high()) + "," + Csv.number(s.outputAtLow()) + ","
                                + Csv.number(s.outputAtHigh()) + "," + Csv.number(s.baselineOutput()) + ","
                                + Csv.number(s.range()));
                    }
                }
            }
        }
    }

    /** The values a case set for the factors, as written into its scenario. */
    private static List<String> pointValues(Job.Case c, List<Factor> factors) {
        List<String> sets = c.sets();
        List<String> out = new ArrayList<>();
        for (int j = 0; j < factors.size(); j++) {
            String set = sets.get(sets.size() - factors.size() + j);
            out.add(set.substring(set.indexOf('=') + 1));
        }
        return out;
    }

    /** Mean end-year value of each point, or null (with a note) when a point has no successful replication. */
    private static double[] means(Job job, Map<Integer, Map<String, Stats>> endYear, String metric, PrintStream log,
                                  String what) {
        double[] y = new double[job.cases().size()];
        int missing = 0;
        for (int c = 0; c < y.length; c++) {
            Stats st = endYear.get(c).get(metric);
            y[c] = st == null ? Double.NaN : st.mean();
            missing += st == null || !Double.isFinite(st.mean()) ? 1 : 0;
        }
        if (missing > 0) {
            log.println("townward: " + what + " of " + metric + " not computed: " + missing
                    + " point(s) have no successful replication (see failures.csv)");
            return null;
        }
        return y;
    }
}

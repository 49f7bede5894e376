package townward.patterns;

import townward.batch.Stats;

/**
 * A judged row: the simulated mean and 5-95 % across replications, and the verdict.
 *
 * @param row        the catalogue row
 * @param simulated  across replications, or null when not available
 * @param verdict    pass, fail or n/a
 * @param note       why n/a (empty otherwise)
 */
public record PatternResult(PatternRow row, Stats simulated, Verdict verdict, String note) {

    /** Judges a row on its scenario's replications ({@code runs} may be null when the row is not computable). */
    public static PatternResult judge(PatternRow row, boolean scenarioExists, Replicates runs) {
        if (!scenarioExists) {
            return notAvailable(row, "no scenario " + row.scenario() + " yet");
        }
        if (row.simulated() == null) {
            return notAvailable(row, "needs " + row.needs());
        }
        double[] v = new double[runs.size()];
        for (int r = 0; r < runs.size(); r++) {
            Expression.Metric missing = row.simulated().missing(runs.replication(r), row.year());
            if (missing != null) {
                return notAvailable(row, "no metric " + missing.name() + " in " + missing.at(row.year()));
            }
            v[r] = row.simulated().evaluate(runs.replication(r), row.year());
        }
        Stats st = Stats.of(v, v.length);
        boolean holds = row.tolerance().holds(row.observed(), st.mean(), row.kind());
        return new PatternResult(row, st, holds ? Verdict.PASS : Verdict.FAIL, "");
    }

    private static PatternResult notAvailable(PatternRow row, String why) {
        return new PatternResult(row, null, Verdict.NOT_AVAILABLE, why);
    }
}

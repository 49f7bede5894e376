package townward.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * One-at-a-time design for tornado charts. Points, {@code 1 + 2k} in all: the baseline first, then for each
 * factor {@code j} in order: the baseline with factor {@code j} at its {@code low}, then at its {@code high}.
 */
public final class OneAtATime implements Design {

    private final List<Factor> factors;
    private final double[] baseline;
    private final List<double[]> points;

    /**
     * @param baseline the scenario's own value of each factor, in factor order (need not lie within the bounds)
     * @throws IllegalArgumentException if {@code factors} is empty or {@code baseline} does not hold one finite
     *                                  value per factor
     */
    public OneAtATime(List<Factor> factors, double[] baseline) {
        this.factors = Designs.requireFactors(factors, "oat");
        int k = this.factors.size();
        if (baseline == null || baseline.length != k) {
            throw new IllegalArgumentException("oat design: baseline needs " + k + " values (one per factor), got "
                    + (baseline == null ? "null" : baseline.length));
        }
        for (int j = 0; j < k; j++) {
            if (!Double.isFinite(baseline[j])) {
                throw new IllegalArgumentException("oat design: baseline of " + this.factors.get(j).path()
                        + " is " + baseline[j]);
            }
        }
        this.baseline = baseline.clone();
        List<double[]> pts = new ArrayList<>(1 + 2 * k);
        pts.add(this.baseline.clone());
        for (int j = 0; j < k; j++) {
            double[] lowPoint = this.baseline.clone();
            lowPoint[j] = this.factors.get(j).low();
            double[] highPoint = this.baseline.clone();
            highPoint[j] = this.factors.get(j).high();
            pts.add(lowPoint);
            pts.add(highPoint);
        }
        this.points = pts;
    }

    /** The baseline values, in factor order (a copy). */
    public double[] baseline() {
        return baseline.clone();
    }

    @Override
    public List<Factor> factors() {
        return factors;
    }

    @Override
    public List<double[]> points() {
        return Designs.copy(points);
    }

    @Override
    public String name() {
        return "oat";
    }

    /**
     * One swing per factor, in factor order.
     *
     * @param outputs one finite output per point, in {@link #points()} order
     * @throws IllegalArgumentException if {@code outputs} has the wrong length or a non-finite value
     */
    public List<Swing> swings(double[] outputs) {
        int k = factors.size();
        Designs.requireOutputs(outputs, 1 + 2 * k, "oat");
        List<Swing> out = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            Factor f = factors.get(j);
            out.add(new Swing(f.path(), f.low(), f.high(), outputs[1 + 2 * j], outputs[2 + 2 * j], outputs[0]));
        }
        return List.copyOf(out);
    }
}

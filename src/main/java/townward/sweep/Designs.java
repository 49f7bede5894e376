package townward.sweep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Argument checks and copying shared by the designs. */
final class Designs {

    private Designs() {
    }

    /** A non-empty, null-free list of factors with distinct paths, as an unmodifiable copy. */
    static List<Factor> requireFactors(List<Factor> factors, String design) {
        if (factors == null || factors.isEmpty()) {
            throw new IllegalArgumentException(design + " design needs at least one factor");
        }
        Set<String> paths = new HashSet<>();
        for (Factor f : factors) {
            if (f == null) {
                throw new IllegalArgumentException(design + " design: factor list contains null");
            }
            if (!paths.add(f.path())) {
                throw new IllegalArgumentException(design + " design: factor " + f.path() + " is given twice");
            }
        }
        return List.copyOf(factors);
    }

    /** Checks that {@code outputs} has one finite value per point. */
    static void requireOutputs(double[] outputs, int expected, String design) {
        if (outputs == null) {
            throw new IllegalArgumentException(design + " design: outputs are null");
        }
        if (outputs.length != expected) {
            throw new IllegalArgumentException(design + " design: expected " + expected
                    + " outputs (one per point, in points() order), got " + outputs.length);
        }
        for (int i = 0; i < outputs.length; i++) {
            if (!Double.isFinite(outputs[i])) {
                throw new IllegalArgumentException(design + " design: output " + i + " is " + outputs[i]
                        + "; every run needs a finite output");
            }
        }
    }

    /** Deep copy, so callers cannot alter a design's points. */
    static List<double[]> copy(List<double[]> points) {
        List<double[]> out = new ArrayList<>(points.size());
        for (double[] p : points) {
            out.add(p.clone());
        }
        return out;
    }
}

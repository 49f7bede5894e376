package townward.sweep;

import java.util.List;

/**
 * A sample of points: row {@code r}, column {@code j} = value of factor {@code j}. The caller runs the scenario at
 * each point and passes the outputs, in {@link #points()} order, to the design's analysis (if it has one).
 */
public interface Design {

    /** The varied factors, in column order. */
    List<Factor> factors();

    /** The points, one array of {@code factors().size()} values per run; each call returns fresh copies. */
    List<double[]> points();

    /** Short design name, as on the command line: {@code grid}, {@code lhs}, {@code sobol} or {@code oat}. */
    String name();
}

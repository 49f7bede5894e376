/**
 * Pure statistical machinery for parameter sweeps: parsing varied factors ({@link townward.sweep.Factor}), sampling
 * designs (full grid, Latin hypercube, Saltelli/Sobol, one-at-a-time) and their analyses (Sobol sensitivity
 * indices with bootstrap intervals, tornado swings).
 *
 * <p>Nothing here runs the model: a design lists points (row {@code r}, column {@code j} = value of factor
 * {@code j}); the caller runs the scenario at each point and hands the outputs back, in {@code points()} order.
 * Everything is deterministic: the same inputs and seed give bit-identical doubles.
 */
package townward.sweep;

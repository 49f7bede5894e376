package townward.model;

/** One phase of the yearly process (MODEL.md section 3), run by the MASON schedule in {@link Phase} order. */
@FunctionalInterface
public interface YearPhase {
    void run(Region region);
}

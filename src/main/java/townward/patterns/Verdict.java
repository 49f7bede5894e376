package townward.patterns;

/** The {@code pass} column: within τ (H) or 2τ (S), outside, or not computable yet. */
public enum Verdict {
    PASS("yes"), FAIL("no"), NOT_AVAILABLE("n/a");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

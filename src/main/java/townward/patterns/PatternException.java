package townward.patterns;

/** A catalogue, data or run problem, with a message fit to show the user as one line. */
public final class PatternException extends Exception {

    private static final long serialVersionUID = 1L;

    public PatternException(String message) {
        super(message);
    }
}

package townward.cli;

/** A failure whose message is fit to show the user as is (one line, no stack trace). */
public final class CliException extends Exception {

    private static final long serialVersionUID = 1L;

    public CliException(String message) {
        super(message);
    }
}

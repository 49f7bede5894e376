package townward.batch;

/** A batch, sweep or comparison cannot start, continue or finish; the message is fit for the user. */
public final class BatchException extends Exception {
    private static final long serialVersionUID = 1L;

    public BatchException(String message) {
        super(message);
    }
}

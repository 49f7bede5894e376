package townward.cluster;

/** The cluster scripts cannot be written or submitted; the message is fit for the user. */
public final class ClusterException extends Exception {
    private static final long serialVersionUID = 1L;

    public ClusterException(String message) {
        super(message);
    }
}

package townward.calibration;

/** The calibration cannot start or finish; the message is fit for the user. */
public final class CalibrationException extends Exception {
    private static final long serialVersionUID = 1L;

    public CalibrationException(String message) {
        super(message);
    }
}

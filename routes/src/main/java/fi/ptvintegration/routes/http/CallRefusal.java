package fi.ptvintegration.routes.http;

import fi.ptvintegration.pat.validation.Violation;
import java.util.List;

/**
 * Raised by a step of any call from Drupal or an admin (intake, push, ops) to refuse it with an
 * HTTP status and a clear reason; the route's error handler ({@link RefusalHandling}) turns it
 * into an {@link ErrorAnswer} and a log record. Carries no request data but what the message says.
 */
public class CallRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;
    private final transient List<Violation> violations;

    public CallRefusal(int status, String error, String message) {
        this(status, error, message, List.of());
    }

    public CallRefusal(int status, String error, String message, List<Violation> violations) {
        this(status, error, message, violations, null);
    }

    /**
     * @param cause what made the call fail (e.g. PTV's answer), kept for the delivery's retry decision; its text never
     *     reaches Drupal's answer
     */
    public CallRefusal(int status, String error, String message, List<Violation> violations, Throwable cause) {
        super(message, cause, false, false);
        this.status = status;
        this.error = error;
        this.violations = List.copyOf(violations);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public List<Violation> violations() {
        return violations;
    }
}

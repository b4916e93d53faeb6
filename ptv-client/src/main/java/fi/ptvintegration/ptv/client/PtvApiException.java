package fi.ptvintegration.ptv.client;

/**
 * A PTV call that did not succeed: PTV's HTTP status and the body it answered with (a 400's
 * map of property names to messages, a 404's error message), or status 0 when PTV could not be
 * reached at all. Carries nothing of the request: no Authorization header, no token.
 */
public class PtvApiException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final int MAX_BODY_IN_MESSAGE = 500;

    private final int status;
    private final String responseBody;

    public PtvApiException(int status, String responseBody, String operation) {
        super(message(status, responseBody, operation));
        this.status = status;
        this.responseBody = responseBody;
    }

    public PtvApiException(String operation, Throwable transportFailure) {
        super("PTV " + operation + " failed before an answer: " + transportFailure.getClass().getSimpleName()
                + (transportFailure.getMessage() == null ? "" : ": " + transportFailure.getMessage()));
        this.status = 0;
        this.responseBody = null;
    }

    /** PTV's HTTP status; 0 when no answer came (connection refused, timeout). */
    public int status() {
        return status;
    }

    /** PTV's answer body as it came, or null. */
    public String responseBody() {
        return responseBody;
    }

    public boolean isTransportFailure() {
        return status == 0;
    }

    private static String message(int status, String body, String operation) {
        String shown = body == null ? "" : body.length() > MAX_BODY_IN_MESSAGE ? body.substring(0, MAX_BODY_IN_MESSAGE) + "..." : body;
        return "PTV " + operation + " answered " + status + (shown.isEmpty() ? "" : ": " + shown);
    }
}

package fi.ptvintegration.ptv.client;

import java.time.Duration;
import java.util.Optional;

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
    private final Duration retryAfter;
    private final boolean afterNewLogin;

    public PtvApiException(int status, String responseBody, String operation) {
        this(status, responseBody, operation, null, false);
    }

    /**
     * @param retryAfter what PTV's Retry-After header asked for (429, 503), or null
     * @param afterNewLogin the answer came to a call repeated with a fresh token after a 401
     */
    public PtvApiException(int status, String responseBody, String operation, Duration retryAfter, boolean afterNewLogin) {
        super(message(status, responseBody, operation));
        this.status = status;
        this.responseBody = responseBody;
        this.retryAfter = retryAfter;
        this.afterNewLogin = afterNewLogin;
    }

    public PtvApiException(String operation, Throwable transportFailure) {
        super("PTV " + operation + " failed before an answer: " + transportFailure.getClass().getSimpleName()
                + (transportFailure.getMessage() == null ? "" : ": " + transportFailure.getMessage()));
        this.status = 0;
        this.responseBody = null;
        this.retryAfter = null;
        this.afterNewLogin = false;
    }

    /** How long PTV asked the caller to wait (its Retry-After header), if it did. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** True when this answer came to a call already repeated with a new token after a 401. */
    public boolean afterNewLogin() {
        return afterNewLogin;
    }

    /**
     * Retry-After as PTV or a proxy in front of it may send it: seconds, or an HTTP date.
     * Null when absent or unreadable; never negative.
     */
    public static Duration parseRetryAfter(String header, java.time.Clock clock) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                java.time.ZonedDateTime at = java.time.ZonedDateTime.parse(value, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), at.toInstant());
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (java.time.format.DateTimeParseException notDate) {
                return null;
            }
        }
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

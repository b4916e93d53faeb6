package fi.ptvintegration.ptv.port;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * A PTV call that did not succeed: PTV's HTTP status and the body it answered with, or status 0
 * when PTV could not be reached at all; and what the answer means, as the adapter of the API
 * version read it: the sourceId is already taken, the item has unsaved edits in PTV's editor
 * ({@code Modified}), or which fields PTV refused, named in PAT terms. What the failure means for
 * a delivery (retry, answer) is decided outside the adapter, from these facts. Carries nothing
 * secret: no Authorization header, no token.
 */
public class PtvApiException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final int MAX_BODY_IN_MESSAGE = 500;

    /**
     * A field PTV refused.
     *
     * @param patPath the PAT field path when the adapter knows it, else PTV's property name
     * @param ptvProperty PTV's own name of the property, as it answered
     */
    public record FieldError(String patPath, String ptvProperty, String message) {}

    private final int status;
    private final String responseBody;
    private final Duration retryAfter;
    private final boolean afterNewLogin;
    private final transient PtvCall call;
    private final boolean alreadyExists;
    private final boolean modifiedInEditor;
    private final transient List<FieldError> fieldErrors;
    private final boolean unreadableAnswer;
    private final boolean inUse;

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
        this.call = null;
        this.alreadyExists = false;
        this.modifiedInEditor = false;
        this.fieldErrors = List.of();
        this.unreadableAnswer = false;
        this.inUse = false;
    }

    public PtvApiException(String operation, Throwable transportFailure) {
        super("PTV " + operation + " failed before an answer: " + transportFailure.getClass().getSimpleName()
                + (transportFailure.getMessage() == null ? "" : ": " + transportFailure.getMessage()));
        this.status = 0;
        this.responseBody = null;
        this.retryAfter = null;
        this.afterNewLogin = false;
        this.call = null;
        this.alreadyExists = false;
        this.modifiedInEditor = false;
        this.fieldErrors = List.of();
        this.unreadableAnswer = false;
        this.inUse = false;
    }

    private PtvApiException(PtvApiException plain, PtvCall call, boolean alreadyExists, boolean modifiedInEditor,
            List<FieldError> fieldErrors, boolean inUse) {
        this(plain.getMessage(), plain, call, alreadyExists, modifiedInEditor, fieldErrors, plain.unreadableAnswer, inUse);
    }

    private PtvApiException(String message, PtvApiException plain, PtvCall call, boolean alreadyExists, boolean modifiedInEditor,
            List<FieldError> fieldErrors, boolean unreadableAnswer, boolean inUse) {
        super(message, plain.getCause());
        setStackTrace(plain.getStackTrace());
        this.status = plain.status;
        this.responseBody = plain.responseBody;
        this.retryAfter = plain.retryAfter;
        this.afterNewLogin = plain.afterNewLogin;
        this.call = call;
        this.alreadyExists = alreadyExists;
        this.modifiedInEditor = modifiedInEditor;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.unreadableAnswer = unreadableAnswer;
        this.inUse = inUse;
    }

    /**
     * PTV answered (usually 200), but not in a shape the adapter can read: not JSON, an item
     * without its id, a field of the wrong type, a channel of an unknown kind. The call carries
     * the answer as it came.
     *
     * @param reason what was wrong with the answer, e.g. "itemList[3] has no id"
     */
    public static PtvApiException unreadableAnswer(PtvCall call, String reason) {
        PtvApiException plain = new PtvApiException(call.status(), call.responseJson(), call.method() + " " + call.path());
        String message = "PTV's answer to " + call.method() + " " + call.path() + " (" + call.status() + ") could not be read: " + reason;
        return new PtvApiException(message, plain, call, false, false, List.of(), true, false);
    }

    /** This failure with what the adapter read from it: the call made, and what PTV's answer means. */
    public PtvApiException explained(PtvCall madeCall, boolean sourceIdTaken, boolean modified, List<FieldError> errors) {
        return explained(madeCall, sourceIdTaken, modified, errors, false);
    }

    /**
     * This failure with what the adapter read from it, {@code organizationInUse} included: PTV
     * refused to archive an organisation because services, channels or users still belong to it.
     */
    public PtvApiException explained(PtvCall madeCall, boolean sourceIdTaken, boolean modified, List<FieldError> errors,
            boolean organizationInUse) {
        return new PtvApiException(this, madeCall, sourceIdTaken, modified, errors, organizationInUse);
    }

    /** How long PTV asked the caller to wait (its Retry-After header), if it did. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** True when this answer came to a call already repeated with a new token after a 401. */
    public boolean afterNewLogin() {
        return afterNewLogin;
    }

    /** The call that failed (method, path, body sent, PTV's answer), when the adapter recorded it. */
    public Optional<PtvCall> call() {
        return Optional.ofNullable(call);
    }

    /** PTV refused a create because an item with the sourceId exists (also an archived one). */
    public boolean alreadyExists() {
        return alreadyExists;
    }

    /** PTV refused a write because the item has unsaved edits in PTV's editor ({@code Modified}). */
    public boolean modifiedInEditor() {
        return modifiedInEditor;
    }

    /**
     * PTV refused to archive an organisation that services, channels or users still belong to
     * (v11 answers this with a 500 and says why in its message; it is not worth a retry).
     */
    public boolean organizationInUse() {
        return inUse;
    }

    /** PTV answered in a shape the adapter could not read; the message says what was wrong. */
    public boolean unreadableAnswer() {
        return unreadableAnswer;
    }

    /** The fields PTV refused (a 400), in PAT terms where known; empty otherwise. */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /**
     * Retry-After as PTV or a proxy in front of it may send it: seconds, or an HTTP date.
     * Null when absent or unreadable; never negative.
     */
    public static Duration parseRetryAfter(String header, Clock clock) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), at.toInstant());
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notDate) {
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

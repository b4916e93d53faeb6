package fi.ptvintegration.routes.ptv;

import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.validation.Violation;
import fi.ptvintegration.ptv.port.PtvApiException;
import fi.ptvintegration.ptv.port.PtvUnmappable;
import fi.ptvintegration.ptv.port.PtvWritesUnavailable;
import fi.ptvintegration.routes.http.CallRefusal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that decides what a failed PTV call means, from PTV's answer as the adapter read
 * it ({@link PtvApiException}: status, Retry-After, "already exists", the refused fields) or
 * from a transport failure: whether the delivery is tried again and when ({@link #meaning}),
 * under which failure signature failures are grouped for replay, and what Drupal is answered
 * ({@link #answer}). The retry policy, the push answers and the connection step all ask it.
 *
 * <p>Tried again: PTV unreachable or timed out, 5xx, 408 and 429 (honouring Retry-After). Not
 * tried again: 400 (PTV refused a field or the sourceId is taken), 401 that a new login did not
 * cure, 403, 404 and every other answer; nor an item with unsaved edits in PTV's editor
 * ({@code Modified}: nothing changes until an editor acts), nor PTV refusing to archive an
 * organisation still in use (which v11 answers with a 500).
 */
public final class PtvFailures {

    /** What the failed call was for, in Drupal's answer. */
    public enum Operation {
        CREATE, UPDATE, ARCHIVE, RESTORE
    }

    /**
     * What a failed PTV call means for its delivery.
     *
     * @param retry true: PTV was out of reach or busy, try again
     * @param retryAfter at least this long before the next attempt (PTV's Retry-After), zero if none
     * @param signature what failures with the same cause share, for grouping and group replay
     * @param ptvStatus PTV's HTTP status, 0 when it did not answer
     * @param fixedCause the sentence for the admin that says it all (429, 401), else null: then the
     *     refusal Drupal was given says more than {@link #defaultCause()}
     */
    public record Meaning(boolean retry, Duration retryAfter, String signature, int ptvStatus, String fixedCause) {

        /** A sentence for the admin when nothing more specific is known. */
        public String defaultCause() {
            if (fixedCause != null) {
                return fixedCause;
            }
            return ptvStatus == 0 ? "PTV could not be reached or did not answer in time" : "PTV answered " + ptvStatus;
        }
    }

    private PtvFailures() {}

    /** Error of Drupal's answer (and part of the failure signature) when the configured API version cannot write. */
    public static final String WRITES_UNAVAILABLE = "ptv-writes-unavailable";
    /** Signature of deliveries that failed because the configured PTV API version cannot write. */
    public static final String WRITES_UNAVAILABLE_SIGNATURE = "PTV API version cannot write (configuration)";
    /** Signature of deliveries refused because the item has unsaved edits in PTV's editor. */
    public static final String MODIFIED_SIGNATURE = "PTV item has unsaved edits (Modified)";
    /** Signature of deliveries refused because someone edited the item in PTV since (drift.policy=refuse). */
    public static final String DRIFT_SIGNATURE = "PTV item edited since last push (drift)";

    /** Whether the failure is worth another attempt, when, and under which signature it is grouped. */
    public static Meaning meaning(PtvApiException e) {
        int status = e.status();
        Duration asked = e.retryAfter().orElse(Duration.ZERO);
        if (e.modifiedInEditor()) {
            return new Meaning(false, Duration.ZERO, MODIFIED_SIGNATURE, status, null);
        }
        if (e.unreadableAnswer()) {
            return new Meaning(false, Duration.ZERO, "PTV answer unreadable", status, e.getMessage());
        }
        if (e.isTransportFailure()) {
            return new Meaning(true, Duration.ZERO, "PTV unreachable", 0, null);
        }
        if (e.organizationInUse()) {
            return new Meaning(false, Duration.ZERO, "PTV: organisation still in use", status,
                    "PTV will not archive the organisation: services, channels, sub-organisations or users still belong to it in PTV");
        }
        if (status == 429) {
            return new Meaning(true, asked, "PTV 429 too many requests", status, "PTV asked to slow down"
                    + (e.retryAfter().isPresent() ? " (Retry-After " + asked.toSeconds() + " s)" : ""));
        }
        if (status >= 500 || status == 408) {
            return new Meaning(true, asked, "PTV " + status, status, null);
        }
        if (status == 401) {
            return new Meaning(false, Duration.ZERO, e.afterNewLogin() ? "PTV 401 after re-login" : "PTV 401", status,
                    "PTV refused the integration's credentials, also after a new login");
        }
        if (status == 400 && e.alreadyExists()) {
            return new Meaning(false, Duration.ZERO, "PTV already has the sourceId", status, null);
        }
        if (status == 400) {
            List<String> fields = refusedFields(e);
            return new Meaning(false, Duration.ZERO, "PTV 400" + (fields.isEmpty() ? "" : " " + String.join(",", fields)), status,
                    null);
        }
        return new Meaning(false, Duration.ZERO, "PTV " + status, status, null);
    }

    /**
     * What Drupal is answered when a create or an update of the record failed in PTV: 409 "use
     * put" when PTV already has the sourceId, 422 with PTV's refused fields in PAT terms, 409 "use
     * post" when PTV does not have the item an update is for, 502 when PTV refused the
     * integration's credentials, was out of reach or answered otherwise.
     */
    public static CallRefusal answer(PtvApiException e, Operation operation, RecordKind kind, String code, String sourceId) {
        String name = kind.jsonName();
        if (e.modifiedInEditor()) {
            return modified(kind, code, e);
        }
        if (e.unreadableAnswer()) {
            return new CallRefusal(502, "ptv-unreadable", e.getMessage(), List.of(), e);
        }
        if (e.organizationInUse()) {
            return new CallRefusal(409, "organization-in-use", "PTV will not archive organization '" + code
                    + "': services, channels, sub-organisations or users still belong to it in PTV (" + ptvMessage(e)
                    + "); GET /cxf/ops/reconcile lists PTV's items this system does not know", List.of(), e);
        }
        if (e.status() == 404 && (operation == Operation.ARCHIVE || operation == Operation.RESTORE)) {
            return new CallRefusal(409, "gone-from-ptv", "PTV no longer has the item of " + name + " '" + code
                    + "'; GET /cxf/ops/reconcile shows what PTV holds", List.of(), e);
        }
        if (e.status() == 400 && operation == Operation.CREATE && e.alreadyExists()) {
            return new CallRefusal(409, "already-in-ptv", "PTV already has a " + name + " with sourceId '" + sourceId
                    + "': use " + pushPath(kind) + "/put/" + code, List.of(), e);
        }
        if (e.status() == 400) {
            return new CallRefusal(422, "ptv-rejected", "PTV refused " + name + " '" + code + "'", violations(e), e);
        }
        if (e.status() == 404 && operation == Operation.UPDATE) {
            return new CallRefusal(409, "not-in-ptv", name + " '" + code + "' is not in PTV yet: use "
                    + pushPath(kind) + "/post/" + code, List.of(), e);
        }
        if (e.status() == 401 || e.status() == 403) {
            return new CallRefusal(502, "ptv-authentication", "PTV refused the integration's credentials (" + e.status()
                    + "); ask the integration admin to check the PTV account", List.of(), e);
        }
        return new CallRefusal(502, "ptv-unavailable", e.isTransportFailure()
                ? "PTV could not be reached or did not answer in time"
                : "PTV answered " + e.status(), List.of(), e);
    }

    /**
     * Drupal's answer when the item has unsaved edits in PTV's editor ({@code Modified}): 409
     * {@code ptv-modified}, saying what the editor can do. Not retried; replayable once the edit
     * is published or discarded.
     *
     * @param cause PTV's refusal of the write, or null when the check before the write saw it
     */
    public static CallRefusal modified(RecordKind kind, String code, Throwable cause) {
        return new CallRefusal(409, "ptv-modified", "someone has unsaved edits to " + kind.jsonName() + " '" + code
                + "' in PTV's editor: publish or discard them there, then push again", List.of(), cause);
    }

    /**
     * Drupal's answer when the configured PTV API version cannot write ({@code api.version = v12}
     * before DVV publishes its write paths): 503 {@code ptv-writes-unavailable}, a configuration
     * error for the integration admin. Nothing was sent to PTV; the delivery is kept as failed and
     * can be replayed once {@code api.version} is set back to a version that writes.
     */
    public static CallRefusal writesUnavailable(PtvWritesUnavailable e) {
        return new CallRefusal(503, WRITES_UNAVAILABLE, e.getMessage() + "; ask the integration admin", List.of(), e);
    }

    /**
     * Drupal's answer when the configured PTV API version cannot take a valid record as it is:
     * 422 {@code validation} with the reasons in PAT terms (rule ids {@code v12-...}), like any
     * record that breaks PTV's rules.
     */
    public static CallRefusal unmappable(RecordKind kind, String code, PtvUnmappable e) {
        return new CallRefusal(422, "validation", kind.jsonName() + " '" + code + "' cannot be sent to PTV API as it is configured",
                e.violations(), e);
    }

    /**
     * What a delivery attempt's failure means for Drupal when the port refused before calling PTV:
     * a version that cannot write ({@link #writesUnavailable}) or a record it cannot take
     * ({@link #unmappable}); any other failure as it is. One place for every step that writes
     * through the port (send, archive, restore), so that none answers these as an internal error.
     */
    public static Exception portRefusal(Exception failure, RecordKind kind, String code) {
        if (failure instanceof PtvWritesUnavailable e) {
            return writesUnavailable(e);
        }
        if (failure instanceof PtvUnmappable e && kind != null) {
            return unmappable(kind, code, e);
        }
        return failure;
    }

    /** PTV's own words: the {@code errorMessage} of its answer, else the answer cut short. */
    private static String ptvMessage(PtvApiException e) {
        String body = e.responseBody() == null ? "" : e.responseBody();
        java.util.regex.Matcher message = java.util.regex.Pattern.compile("\"errorMessage\"\\s*:\\s*\"([^\"]*)\"").matcher(body);
        String said = message.find() ? message.group(1) : body;
        return "PTV: " + (said.length() > 300 ? said.substring(0, 300) + "..." : said);
    }

    /** The push endpoint of a kind, as Drupal is told to call it: {@code /cxf/ptv/servicechannel/phone}. */
    public static String pushPath(RecordKind kind) {
        return kind.isChannel() ? "/cxf/ptv/servicechannel/" + kind.jsonName() : "/cxf/ptv/" + kind.jsonName();
    }

    /** PTV's refused fields as violations, in PAT terms where the adapter knew them. */
    static List<Violation> violations(PtvApiException e) {
        return e.fieldErrors().stream().map(f -> new Violation(f.patPath(), "ptv",
                "PTV: " + (f.ptvProperty() == null ? "" : f.ptvProperty() + ": ") + f.message())).toList();
    }

    /** The first path segments of the PTV properties a 400 names, sorted: they make the failure signature. */
    static List<String> refusedFields(PtvApiException e) {
        List<String> fields = new ArrayList<>();
        for (PtvApiException.FieldError error : e.fieldErrors()) {
            if (error.ptvProperty() == null) {
                continue;
            }
            String first = error.ptvProperty().split("[.\\[]", 2)[0];
            if (!first.isBlank() && !fields.contains(first)) {
                fields.add(first);
            }
        }
        fields.sort(null);
        return fields;
    }
}

package fi.ptvintegration.routes.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/**
 * One integration-log record: an inbound call from Drupal ({@code IN}), an outbound call to PTV
 * ({@code OUT}), or what became of a failed delivery attempt ({@code OUTBOX}: retry, failed, lost
 * lease, outcome not recorded). Bodies are stored with secrets already removed.
 *
 * @param outcome what happened, e.g. {@code created}, {@code unchanged}, {@code refused-validation}
 * @param actor who did it, for actions of operations (replay, dismiss): the admin's user name and
 *     where from ({@code rest:admin}, {@code shell:admin}); null for calls from Drupal and to PTV
 */
public record IntegrationLogEntry(
        String correlationId,
        OffsetDateTime loggedAt,
        String direction,
        String endpoint,
        String method,
        String entityKind,
        String code,
        String ptvId,
        String outcome,
        Integer httpStatus,
        Long durationMillis,
        Integer attempt,
        String error,
        String requestBody,
        String responseBody,
        @JsonInclude(JsonInclude.Include.NON_NULL) String actor) {

    public static final String INBOUND = "IN";
    public static final String OUTBOUND = "OUT";
    /** The outcome of a delivery attempt that failed, recorded by the outbox itself (no HTTP call of its own). */
    public static final String OUTBOX = "OUTBOX";

    /** An entry of a call from Drupal or to PTV: no actor. */
    public IntegrationLogEntry(String correlationId, OffsetDateTime loggedAt, String direction, String endpoint, String method,
            String entityKind, String code, String ptvId, String outcome, Integer httpStatus, Long durationMillis, Integer attempt,
            String error, String requestBody, String responseBody) {
        this(correlationId, loggedAt, direction, endpoint, method, entityKind, code, ptvId, outcome, httpStatus, durationMillis,
                attempt, error, requestBody, responseBody, null);
    }

    /** The same entry without its bodies, for lists. */
    public IntegrationLogEntry withoutBodies() {
        return new IntegrationLogEntry(correlationId, loggedAt, direction, endpoint, method, entityKind, code, ptvId, outcome,
                httpStatus, durationMillis, attempt, error, null, null, actor);
    }
}

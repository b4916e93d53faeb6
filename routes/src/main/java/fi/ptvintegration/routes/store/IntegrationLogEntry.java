package fi.ptvintegration.routes.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/**
 * One integration-log record: an inbound call from Drupal ({@code IN}) or an outbound call to
 * PTV ({@code OUT}). Bodies are stored with secrets already removed.
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

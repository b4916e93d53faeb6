package fi.ptvintegration.routes.store;

import java.time.OffsetDateTime;

/**
 * One integration-log record: an inbound call from Drupal ({@code IN}) or an outbound call to
 * PTV ({@code OUT}). Bodies are stored with secrets already removed.
 *
 * @param outcome what happened, e.g. {@code created}, {@code unchanged}, {@code refused-validation}
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
        String responseBody) {

    public static final String INBOUND = "IN";
    public static final String OUTBOUND = "OUT";
}

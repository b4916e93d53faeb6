package fi.ptvintegration.routes.intake;

import fi.ptvintegration.routes.http.CallOutcome;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/**
 * What Drupal is answered when a record is accepted.
 *
 * @param outcome created (201), updated or unchanged (200)
 * @param version the stored version number, 1 for a new record
 * @param contentHash SHA-256 of the stored canonical JSON; equal hashes mean equal content
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntakeAnswer(
        String correlationId,
        String outcome,
        String kind,
        String code,
        int version,
        String contentHash,
        OffsetDateTime changedAt) implements CallOutcome {}

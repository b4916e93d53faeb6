package fi.ptvintegration.routes.intake;

import fi.ptvintegration.routes.http.CallOutcome;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.ptvintegration.pat.validation.Violation;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What Drupal is answered when a record is accepted.
 *
 * @param outcome created (201), updated or unchanged (200)
 * @param version the stored version number, 1 for a new record
 * @param contentHash SHA-256 of the stored canonical JSON; equal hashes mean equal content
 * @param warnings what the record was stored with but should not hold ({@code {path, rule, message}}
 *     as violations), e.g. a phone number in a service description; left out when there is none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntakeAnswer(
        String correlationId,
        String outcome,
        String kind,
        String code,
        int version,
        String contentHash,
        OffsetDateTime changedAt,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Violation> warnings) implements CallOutcome {

    public IntakeAnswer {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}

package fi.ptvintegration.routes.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.ptvintegration.pat.validation.Violation;
import java.util.List;

/**
 * What Drupal is answered when a call is refused: the HTTP status again, a stable error id,
 * a message for the editor, and for validation failures the list of violations in PAT field
 * names. Never a stack trace.
 *
 * @param error e.g. malformed-json, validation, conflict, not-found, unauthorized
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ErrorAnswer(
        String correlationId, int status, String error, String message, List<Violation> violations) {}

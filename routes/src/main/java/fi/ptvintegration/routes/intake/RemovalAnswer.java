package fi.ptvintegration.routes.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.ptvintegration.routes.http.CallOutcome;
import java.time.OffsetDateTime;

/**
 * What Drupal is answered when it says a record is gone.
 *
 * @param outcome removed, or unchanged when it was removed already
 * @param version the stored version the record keeps (its history stays)
 * @param removedAt when it was marked removed
 * @param ptvId its PTV item, when it has one
 * @param archive what becomes of the PTV item: when it is archived, or why nothing is to be archived
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RemovalAnswer(String correlationId, String outcome, String kind, String code, int version,
        OffsetDateTime removedAt, String ptvId, String archive) implements CallOutcome {}

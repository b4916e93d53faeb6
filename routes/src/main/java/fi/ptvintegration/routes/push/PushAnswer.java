package fi.ptvintegration.routes.push;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.ptvintegration.routes.intake.CallOutcome;

/**
 * What Drupal is answered when a push reached PTV.
 *
 * @param outcome created (post) or updated (put)
 * @param ptvId the item's PTV id (GUID)
 * @param publishingStatus as PTV reports it after the save
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PushAnswer(
        String correlationId, String kind, String code, String sourceId, String ptvId, String publishingStatus, String outcome)
        implements CallOutcome {}

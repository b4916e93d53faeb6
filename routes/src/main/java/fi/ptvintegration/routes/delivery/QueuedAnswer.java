package fi.ptvintegration.routes.delivery;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.ptvintegration.routes.http.CallOutcome;
import java.time.OffsetDateTime;

/**
 * What Drupal is answered (202) when a push is kept in the outbox for a later attempt: PTV was
 * not reachable or busy, or an earlier push of the same record is still ahead of it.
 *
 * @param messageId the delivery's id: {@code GET /cxf/ops/deliveries/{messageId}} tells where it stands
 * @param nextAttemptAt when it is tried next (about)
 * @param reason why it was not delivered now
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueuedAnswer(String correlationId, long messageId, String kind, String code, int attempts,
        OffsetDateTime nextAttemptAt, String reason) implements CallOutcome {

    @Override
    public String outcome() {
        return "queued";
    }
}

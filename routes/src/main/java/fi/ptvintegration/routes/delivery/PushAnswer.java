package fi.ptvintegration.routes.delivery;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.ptvintegration.routes.http.CallOutcome;
import java.util.List;

/**
 * What Drupal is answered when a push reached PTV.
 *
 * @param messageId the delivery's id in the outbox ({@code /cxf/ops/deliveries/{id}})
 * @param outcome created (post) or updated (put)
 * @param ptvId the item's PTV id (GUID)
 * @param publishingStatus as PTV reports it after the save
 * @param connections for a service, what became of its offerings
 * @param notStored fields of PTV's answer that did not fit and were not stored (an id that is not a
 *     UUID, a publishing status PTV is not known to use), one sentence each; absent when all fit
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PushAnswer(
        String correlationId, Long messageId, String kind, String code, String sourceId, String ptvId, String publishingStatus, String outcome,
        Connections connections, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> notStored)
        implements CallOutcome {

    public PushAnswer {
        notStored = notStored == null ? List.of() : List.copyOf(notStored);
    }

    /** An answer where everything PTV answered was stored. */
    public PushAnswer(String correlationId, Long messageId, String kind, String code, String sourceId, String ptvId,
            String publishingStatus, String outcome, Connections connections) {
        this(correlationId, messageId, kind, code, sourceId, ptvId, publishingStatus, outcome, connections, List.of());
    }

    /**
     * For a service: its connections as sent with it.
     *
     * @param sent how many offerings were sent as connections
     * @param confirmed whether PTV's copy of the service, read back, has exactly those channels
     * @param notInPtv offerings left out because their channel is not in PTV yet (push it, then the service again)
     * @param error why the connections could not be set, when they could not; the service itself was saved
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Connections(int sent, boolean confirmed, java.util.List<String> notInPtv, String error) {}

    public PushAnswer withConnections(Connections value) {
        return new PushAnswer(correlationId, messageId, kind, code, sourceId, ptvId, publishingStatus, outcome, value, notStored);
    }
}

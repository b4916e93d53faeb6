package fi.ptvintegration.routes.status;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.ptvintegration.routes.http.CallOutcome;
import java.time.OffsetDateTime;

/**
 * Where a record stands in PTV, as Drupal is answered ({@code GET /cxf/ptv/{kind}/status/{code}}).
 *
 * @param sourceId the item's sourceId in PTV (or the one it will get)
 * @param ptvId its PTV id; null when it was never in PTV
 * @param publishingStatus as PTV answered the last write (Published, Draft, Deleted = archived)
 * @param ptvCurrent whether PTV holds what the PAT store says: the stored version of a live record, or the archived item of a removed one
 * @param stored the record as stored
 * @param ptv what was last sent to PTV; null when nothing was
 * @param lastDelivery the newest finished delivery (delivered, failed or dismissed)
 * @param pendingDelivery the delivery still to be made, if any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemStatus(String correlationId, String kind, String code, String sourceId, String ptvId, String publishingStatus,
        boolean ptvCurrent, Stored stored, Sent ptv, DeliveryView lastDelivery, DeliveryView pendingDelivery)
        implements CallOutcome {

    /** The record in the PAT store. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Stored(int version, String contentHash, OffsetDateTime changedAt, OffsetDateTime removedAt) {}

    /** What was last sent to PTV (nothing yet for an item adopted from PTV and not pushed since). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Sent(Integer version, String contentHash, OffsetDateTime sentAt, OffsetDateTime archivedAt) {}

    /**
     * One delivery of the record.
     *
     * @param operation post, put, archive or restore
     * @param status PENDING, IN_FLIGHT, DELIVERED, FAILED or DISMISSED
     * @param at when it was delivered, or last changed
     * @param nextAttemptAt for a pending one, when it is tried next
     * @param error for a failed one (or one being retried), why
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeliveryView(long messageId, String operation, String status, int attempts, OffsetDateTime at,
            OffsetDateTime nextAttemptAt, String error, String failureSignature) {}

    @Override
    public String outcome() {
        return "status";
    }
}

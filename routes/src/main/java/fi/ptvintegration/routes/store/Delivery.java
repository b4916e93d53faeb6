package fi.ptvintegration.routes.store;

import java.time.OffsetDateTime;

/**
 * One push in the outbox ({@code delivery}): which record, create or update, the correlation id
 * of Drupal's call, where it stands, and what the last attempt ended in.
 *
 * @param operation CREATE or UPDATE
 * @param status one of {@link #NEW}, {@link #PENDING}, {@link #IN_FLIGHT}, {@link #DELIVERED}, {@link #FAILED}, {@link #DISMISSED}
 * @param attempts attempts since it was queued or last replayed
 * @param replays how often an admin replayed it
 * @param lastStatus PTV's HTTP status in the last attempt; 0 when PTV did not answer; null when PTV was not called
 * @param failureSignature what failures of the same cause share, e.g. "PTV 400 ServiceNames"
 * @param maybeInPtv an earlier attempt may have saved the item in PTV without this system learning of it
 * @param claims how often the delivery was claimed, all time; the number of its latest claim, which fences
 *     the writes of that claim's outcome
 * @param claimedBy the node that made the latest claim ({@code node.id}); after delivery, the node that delivered it
 */
public record Delivery(
        long id,
        String namespace,
        String kind,
        String code,
        String operation,
        String correlationId,
        String status,
        int attempts,
        int replays,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime nextAttemptAt,
        OffsetDateTime deliveredAt,
        String ptvId,
        Integer lastStatus,
        String lastError,
        String failureSignature,
        boolean maybeInPtv,
        int claims,
        String claimedBy) {

    /**
     * Recorded for an attempt at once but not yet claimed: written by versions before the push's
     * row was inserted already claimed (issue 17); still honoured in the order and lease rules.
     */
    public static final String NEW = "NEW";
    public static final String PENDING = "PENDING";
    public static final String IN_FLIGHT = "IN_FLIGHT";
    public static final String DELIVERED = "DELIVERED";
    public static final String FAILED = "FAILED";
    public static final String DISMISSED = "DISMISSED";

    /**
     * True when an earlier attempt may have saved the item in PTV unseen (it got no answer, a 5xx
     * other than 503, or was cut off by a crash), or an admin replayed it: a create must then first
     * look for what PTV has. After a 429 or 503 PTV saved nothing, so a create goes straight on.
     */
    public boolean mayHaveReachedPtv() {
        return maybeInPtv || replays > 0;
    }
}

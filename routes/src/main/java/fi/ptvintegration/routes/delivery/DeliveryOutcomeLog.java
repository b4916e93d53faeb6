package fi.ptvintegration.routes.delivery;

import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.store.IntegrationLogEntry;
import fi.ptvintegration.routes.store.IntegrationLogStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Writes the integration-log record ({@code OUTBOX}) of a delivery attempt that did not end in
 * delivery: back in the queue, failed for good, outcome left to the node that took the delivery
 * over, or outcome not recorded because the database failed. It carries the first line of the
 * cause, so "where is my change?" finds why, also for attempts that never called PTV (a database
 * failure, a missing reference). The actor is the node that wrote it.
 */
public class DeliveryOutcomeLog {

    public static final String RETRY = "delivery-retry";
    public static final String FAILED = "delivery-failed";
    public static final String LEASE_LOST = "delivery-lease-lost";
    public static final String UNRECORDED = "delivery-unrecorded";

    private final IntegrationLogStore log;
    private final Clock clock;
    private final String nodeId;

    public DeliveryOutcomeLog(IntegrationLogStore log, Clock clock, String nodeId) {
        this.log = log;
        this.clock = clock;
        this.nodeId = nodeId;
    }

    /**
     * @param ptvStatus PTV's status in the attempt, 0 when it did not answer, null when it was not called
     * @param cause the first line of what happened, secrets removed
     */
    public void write(Delivery delivery, String outcome, Integer ptvStatus, String cause) {
        log.append(entry(delivery, outcome, ptvStatus, cause));
    }

    /** {@link #write} in the caller's transaction (the delivery's outcome is committed with it). */
    public void writeWithin(Connection connection, Delivery delivery, String outcome, Integer ptvStatus, String cause)
            throws SQLException {
        log.appendWithin(connection, entry(delivery, outcome, ptvStatus, cause));
    }

    private IntegrationLogEntry entry(Delivery delivery, String outcome, Integer ptvStatus, String cause) {
        return new IntegrationLogEntry(delivery.correlationId(), OffsetDateTime.now(clock), IntegrationLogEntry.OUTBOX,
                "outbox/deliveries/" + delivery.id(), null, delivery.kind(), delivery.code(), delivery.ptvId(), outcome, ptvStatus,
                null, delivery.attempts(), cause, null, null, "node:" + nodeId);
    }
}

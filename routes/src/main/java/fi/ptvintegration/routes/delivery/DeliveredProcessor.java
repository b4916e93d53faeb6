package fi.ptvintegration.routes.delivery;

import fi.ptvintegration.routes.http.CallLogProcessor;
import fi.ptvintegration.routes.store.AttemptWrites;
import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.store.DeliveryStore;
import fi.ptvintegration.routes.support.ExchangeKeys;
import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks the delivery DELIVERED with the PTV id PTV gave, under the claim the attempt was made
 * with, and counts it. The outcome, what the attempt learnt ({@link AttemptWrites}: the log records
 * of its PTV calls, the link to the item, its connections) and, for a push Drupal waits on, the
 * call's own integration-log record are committed in one transaction, with the outbox worker's
 * claim of its next due delivery when the worker asked for one ({@link ExchangeKeys#CLAIM_NEXT_FOR}).
 * When this node's claim is gone (it stalled past its lease and another node took the delivery
 * over), nothing is overwritten: the node logs that it lost the lease, and the other node's outcome
 * stands; Drupal is still told what PTV answered.
 */
public class DeliveredProcessor implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveredProcessor.class);

    private final DeliveryStore deliveries;
    private final DeliveryMetrics metrics;
    private final DeliveryOutcomeLog outcomes;
    private final CallLogProcessor callLog;

    public DeliveredProcessor(DeliveryStore deliveries, DeliveryMetrics metrics, DeliveryOutcomeLog outcomes, CallLogProcessor callLog) {
        this.deliveries = deliveries;
        this.metrics = metrics;
        this.outcomes = outcomes;
        this.callLog = callLog;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Delivery delivery = exchange.getProperty(ExchangeKeys.DELIVERY, Delivery.class);
        PushAnswer answer = exchange.getMessage().getBody(PushAnswer.class);
        String ptvId = answer == null ? null : answer.ptvId();
        String note = answer == null || answer.notStored().isEmpty() ? null : "delivered; " + String.join("; ", answer.notStored());
        AttemptWrites writes = AttemptBeginProcessor.writesOf(exchange);
        boolean pushCall = Boolean.TRUE.equals(exchange.getProperty(ExchangeKeys.CLAIMED));
        String lost = "PTV saved it as " + ptvId + ", but this node (" + delivery.claimedBy() + ") had lost the lease of claim "
                + delivery.claims() + " to another node, whose outcome stands";
        CallLogProcessor.InTransaction callRecord = callLog.inTransaction(exchange);
        Duration claimNextFor = exchange.getProperty(ExchangeKeys.CLAIM_NEXT_FOR, Duration.class);
        DeliveryStore.Recorded outcome = deliveries.delivered(delivery, ptvId, note, (connection, outcomeWritten) -> {
            writes.writeWithin(connection);
            if (!outcomeWritten) {
                outcomes.writeWithin(connection, delivery, DeliveryOutcomeLog.LEASE_LOST, 200, lost);
            }
            if (pushCall) {
                callRecord.write(connection);
            }
        }, claimNextFor);
        // First, so that nothing below can lose the claim the worker now holds.
        outcome.next().ifPresent(next -> exchange.setProperty(ExchangeKeys.NEXT_DELIVERY, next));
        boolean recorded = outcome.outcomeWritten();
        writes.written();
        callRecord.committed();
        if (!recorded) {
            metrics.lostLease(delivery.kind());
            LOG.warn("Delivery {} of {} '{}' attempt {}: lost the lease; {}", delivery.id(), delivery.kind(), delivery.code(),
                    delivery.attempts(), lost);
            return;
        }
        metrics.delivered(delivery.kind());
        LOG.info("Delivery {} of {} '{}' reached PTV as {} (attempt {})", delivery.id(), delivery.kind(), delivery.code(), ptvId,
                delivery.attempts());
    }
}

package fi.ptvintegration.routes.delivery;

import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.store.DeliveryStore;
import fi.ptvintegration.routes.support.ExchangeKeys;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks the delivery DELIVERED with the PTV id PTV gave, under the claim the attempt was made
 * with, and counts it. When this node's claim is gone (it stalled past its lease and another node
 * took the delivery over), nothing is overwritten: the node logs that it lost the lease, and the
 * other node's outcome stands; Drupal is still told what PTV answered.
 */
public class DeliveredProcessor implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveredProcessor.class);

    private final DeliveryStore deliveries;
    private final DeliveryMetrics metrics;
    private final DeliveryOutcomeLog outcomes;

    public DeliveredProcessor(DeliveryStore deliveries, DeliveryMetrics metrics, DeliveryOutcomeLog outcomes) {
        this.deliveries = deliveries;
        this.metrics = metrics;
        this.outcomes = outcomes;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Delivery delivery = exchange.getProperty(ExchangeKeys.DELIVERY, Delivery.class);
        PushAnswer answer = exchange.getMessage().getBody(PushAnswer.class);
        String ptvId = answer == null ? null : answer.ptvId();
        String note = answer == null || answer.notStored().isEmpty() ? null : "delivered; " + String.join("; ", answer.notStored());
        if (!deliveries.delivered(delivery, ptvId, note)) {
            metrics.lostLease(delivery.kind());
            String what = "PTV saved it as " + ptvId + ", but this node (" + delivery.claimedBy() + ") had lost the lease of claim "
                    + delivery.claims() + " to another node, whose outcome stands";
            LOG.warn("Delivery {} of {} '{}' attempt {}: lost the lease; {}", delivery.id(), delivery.kind(), delivery.code(),
                    delivery.attempts(), what);
            outcomes.write(delivery, DeliveryOutcomeLog.LEASE_LOST, 200, what);
            return;
        }
        metrics.delivered(delivery.kind());
        LOG.info("Delivery {} of {} '{}' reached PTV as {} (attempt {})", delivery.id(), delivery.kind(), delivery.code(), ptvId,
                delivery.attempts());
    }
}

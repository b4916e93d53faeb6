package fi.ptvintegration.routes.delivery;

import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.support.ExchangeKeys;
import fi.ptvintegration.routes.store.DeliveryStore;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Marks the delivery DELIVERED with the PTV id PTV gave, and counts it. */
public class DeliveredProcessor implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveredProcessor.class);

    private final DeliveryStore deliveries;
    private final DeliveryMetrics metrics;

    public DeliveredProcessor(DeliveryStore deliveries, DeliveryMetrics metrics) {
        this.deliveries = deliveries;
        this.metrics = metrics;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Delivery delivery = exchange.getProperty(ExchangeKeys.DELIVERY, Delivery.class);
        PushAnswer answer = exchange.getMessage().getBody(PushAnswer.class);
        String ptvId = answer == null ? null : answer.ptvId();
        deliveries.delivered(delivery.id(), ptvId);
        metrics.delivered();
        LOG.info("Delivery {} of {} '{}' reached PTV as {} (attempt {})", delivery.id(), delivery.kind(), delivery.code(), ptvId,
                delivery.attempts());
    }
}

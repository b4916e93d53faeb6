package fi.ptvintegration.routes.delivery;

import fi.ptvintegration.routes.support.ExchangeKeys;
import fi.ptvintegration.routes.http.CallRefusal;
import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.store.DeliveryStore;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a failed attempt leaves: by the {@link RetryPolicy}, the delivery goes back in the queue
 * with its next attempt time (Drupal is answered 202 with the message id) or is kept as FAILED
 * with its cause and failure signature (the refusal goes on to Drupal, naming the message id).
 */
public class DeliveryFailureProcessor implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryFailureProcessor.class);

    private final DeliveryStore deliveries;
    private final RetryPolicy policy;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    public DeliveryFailureProcessor(DeliveryStore deliveries, RetryPolicy policy, DeliveryMetrics metrics, Clock clock) {
        this.deliveries = deliveries;
        this.policy = policy;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        Delivery delivery = exchange.getProperty(ExchangeKeys.DELIVERY, Delivery.class);
        RetryPolicy.Decision decision = policy.decide(failure, delivery.attempts(), ThreadLocalRandom.current()::nextDouble);
        if (decision.retry()) {
            OffsetDateTime next = OffsetDateTime.now(clock).plus(decision.delay());
            deliveries.retryAt(delivery.id(), next, decision.ptvStatus(), decision.cause(), decision.signature());
            metrics.retried();
            LOG.warn("Delivery {} of {} '{}' attempt {} failed ({}): retry at {}", delivery.id(), delivery.kind(), delivery.code(),
                    delivery.attempts(), decision.signature(), next);
            exchange.getMessage().setBody(new QueuedAnswer(exchange.getProperty(ExchangeKeys.CORRELATION_ID, String.class),
                    delivery.id(), delivery.kind(), delivery.code(), delivery.attempts(), next, decision.cause()));
            exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 202);
            return;
        }
        deliveries.failed(delivery.id(), decision.ptvStatus(), decision.cause(), decision.signature());
        metrics.failed();
        if (!(failure instanceof CallRefusal)) {
            LOG.error("Delivery {} failed unexpectedly", delivery.id(), failure);
        }
        LOG.warn("Delivery {} of {} '{}' failed after {} attempt(s): {}: {}", delivery.id(), delivery.kind(), delivery.code(),
                delivery.attempts(), decision.signature(), decision.cause());
        String kept = " (message id " + delivery.id() + " is kept as failed under '" + decision.signature()
                + "'; replay it with POST /cxf/ops/deliveries/" + delivery.id() + "/replay)";
        if (failure instanceof CallRefusal refusal) {
            throw new CallRefusal(refusal.status(), refusal.error(), refusal.getMessage() + kept, refusal.violations(),
                    refusal.getCause());
        }
        throw new CallRefusal(decision.ptvStatus() == null ? 500 : 502, "delivery-failed", decision.cause() + kept,
                List.of(), failure);
    }
}

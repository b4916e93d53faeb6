package fi.ptvintegration.routes.push;

import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.routes.delivery.QueuedAnswer;
import fi.ptvintegration.routes.support.ExchangeKeys;
import fi.ptvintegration.routes.delivery.PushOperation;
import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.store.DeliveryStore;
import java.time.Duration;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Records the push in the outbox before PTV is called, then claims it for a first attempt
 * within Drupal's call. When an earlier push of the same record is still waiting, this one
 * waits behind it: Drupal is answered 202 with the message id, and the worker delivers it in order.
 */
public class DeliveryEnqueueProcessor implements Processor {

    private final DeliveryStore deliveries;
    private final Duration lease;

    public DeliveryEnqueueProcessor(DeliveryStore deliveries, Duration lease) {
        this.deliveries = deliveries;
        this.lease = lease;
    }

    /** RFC 7240: {@code Prefer: respond-async} asks not to wait for PTV (bulk pushes). */
    static boolean asksForAsync(String prefer) {
        if (prefer == null) {
            return false;
        }
        for (String preference : prefer.split(",")) {
            if (preference.strip().toLowerCase(java.util.Locale.ROOT).startsWith("respond-async")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        PatRecord record = exchange.getProperty(ExchangeKeys.RECORD, PatRecord.class);
        PushOperation operation = exchange.getProperty(ExchangeKeys.PUSH_OPERATION, PushOperation.class);
        String correlationId = exchange.getProperty(ExchangeKeys.CORRELATION_ID, String.class);
        Optional<Delivery> waiting = deliveries.waiting(record.kind(), record.code(), operation.name());
        if (waiting.isPresent()) {
            // One waiting delivery per record is enough: it sends the record as stored when it goes.
            exchange.setProperty(ExchangeKeys.CLAIMED, false);
            exchange.getMessage().setBody(new QueuedAnswer(correlationId, waiting.get().id(), record.kind().jsonName(), record.code(),
                    waiting.get().attempts(), waiting.get().nextAttemptAt(), "a push of this " + record.kind().jsonName()
                            + " is already waiting (message " + waiting.get().id() + "); it will send the record as stored then"));
            exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 202);
            return;
        }
        if (asksForAsync(exchange.getMessage().getHeader("Prefer", String.class))) {
            long queued = deliveries.enqueue(record.kind(), record.code(), operation.name(), correlationId);
            exchange.setProperty(ExchangeKeys.CLAIMED, false);
            exchange.getMessage().setBody(new QueuedAnswer(correlationId, queued, record.kind().jsonName(), record.code(), 0,
                    deliveries.find(queued).orElseThrow().nextAttemptAt(), "queued as asked (Prefer: respond-async)"));
            exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 202);
            return;
        }
        long id = deliveries.enqueueForImmediateAttempt(record.kind(), record.code(), operation.name(), correlationId, lease);
        Optional<Delivery> claimed = deliveries.claim(id, lease);
        if (claimed.isPresent()) {
            exchange.setProperty(ExchangeKeys.DELIVERY, claimed.get());
            exchange.setProperty(ExchangeKeys.CLAIMED, true);
            return;
        }
        exchange.setProperty(ExchangeKeys.CLAIMED, false);
        deliveries.queue(id);
        Delivery behind = deliveries.find(id).orElseThrow();
        exchange.getMessage().setBody(new QueuedAnswer(correlationId, id, record.kind().jsonName(), record.code(), 0,
                behind.nextAttemptAt(), "an earlier push of this " + record.kind().jsonName()
                        + " is still being delivered; this one follows it"));
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 202);
    }
}

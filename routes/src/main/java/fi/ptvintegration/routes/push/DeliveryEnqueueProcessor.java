package fi.ptvintegration.routes.push;

import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.routes.delivery.QueuedAnswer;
import fi.ptvintegration.routes.support.ExchangeKeys;
import fi.ptvintegration.routes.delivery.PushOperation;
import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.store.DeliveryStore;
import fi.ptvintegration.routes.store.DeliveryStore.PushEnqueued;
import fi.ptvintegration.routes.http.CallLogProcessor;
import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Records the push in the outbox before PTV is called, claimed for a first attempt within
 * Drupal's call, in one commit ({@link DeliveryStore#enqueuePush}). When an earlier push of the same
 * record is still waiting or under way, this one waits behind it (or, with the same operation
 * already waiting, is that one): Drupal is answered 202 with the message id, and the worker
 * delivers it in order. A push that waits (or was asked not to wait: {@code Prefer: respond-async})
 * commits once, its row with the call's integration-log record.
 */
public class DeliveryEnqueueProcessor implements Processor {

    private final DeliveryStore deliveries;
    private final Duration lease;
    private final CallLogProcessor callLog;

    /** @param callLog writes the call's integration-log record in the transaction of a push that waits */
    public DeliveryEnqueueProcessor(DeliveryStore deliveries, Duration lease, CallLogProcessor callLog) {
        this.deliveries = deliveries;
        this.lease = lease;
        this.callLog = callLog;
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
        boolean async = asksForAsync(exchange.getMessage().getHeader("Prefer", String.class));
        CallLogProcessor.InTransaction logged = callLog.inTransaction(exchange);
        PushEnqueued enqueued = deliveries.enqueuePush(record.kind(), record.code(), operation.name(), correlationId, !async, lease,
                (connection, queued) -> {
                    answerQueued(exchange, record, correlationId, async, queued);
                    logged.write(connection);
                });
        if (enqueued instanceof PushEnqueued.Claimed claimed) {
            exchange.setProperty(ExchangeKeys.DELIVERY, claimed.claim());
            exchange.setProperty(ExchangeKeys.CLAIMED, true);
            return;
        }
        exchange.setProperty(ExchangeKeys.CLAIMED, false);
        logged.committed();
    }

    /** Drupal's answer to a push that waits in the outbox: 202 with the message id and why it waits. */
    private static void answerQueued(Exchange exchange, PatRecord record, String correlationId, boolean async, PushEnqueued enqueued) {
        String kind = record.kind().jsonName();
        QueuedAnswer answer;
        if (enqueued instanceof PushEnqueued.AlreadyWaiting already) {
            // One waiting delivery per record is enough: it sends the record as stored when it goes.
            Delivery waiting = already.waiting();
            answer = new QueuedAnswer(correlationId, waiting.id(), kind, record.code(), waiting.attempts(), waiting.nextAttemptAt(),
                    "a push of this " + kind + " is already waiting (message " + waiting.id() + "); it will send the record as stored then");
        } else {
            PushEnqueued.Queued queued = (PushEnqueued.Queued) enqueued;
            Delivery row = queued.queued();
            answer = new QueuedAnswer(correlationId, row.id(), kind, record.code(), 0, row.nextAttemptAt(), async
                    ? "queued as asked (Prefer: respond-async)"
                    : "an earlier push of this " + kind + " is still waiting or being delivered; this one follows it");
        }
        exchange.getMessage().setBody(answer);
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 202);
    }
}

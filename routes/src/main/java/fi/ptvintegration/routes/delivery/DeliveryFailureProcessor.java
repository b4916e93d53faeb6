package fi.ptvintegration.routes.delivery;

import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.routes.http.CallRefusal;
import fi.ptvintegration.routes.ptv.PtvFailures;
import fi.ptvintegration.routes.store.AttemptWrites;
import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.store.DeliveryStore;
import fi.ptvintegration.routes.support.ExchangeKeys;
import fi.ptvintegration.routes.support.Secrets;
import fi.ptvintegration.routes.support.Texts;
import java.sql.SQLException;
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
 * The cause, its first line without secrets, reaches the delivery row, an {@code OUTBOX}
 * integration-log record ({@link DeliveryOutcomeLog}) and karaf.log.
 *
 * <p>The outcome is written under the attempt's claim. When the claim is gone (this node stalled
 * past its lease and another node took over), nothing is overwritten and the node logs that it
 * lost the lease. When the database fails under the write, the claim is kept in the
 * {@link StrandedClaims} and given back once the database answers; Drupal is answered 202.
 */
public class DeliveryFailureProcessor implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryFailureProcessor.class);

    private final DeliveryStore deliveries;
    private final RetryPolicy policy;
    private final DeliveryMetrics metrics;
    private final DeliveryOutcomeLog outcomes;
    private final StrandedClaims stranded;
    private final Clock clock;

    public DeliveryFailureProcessor(DeliveryStore deliveries, RetryPolicy policy, DeliveryMetrics metrics, DeliveryOutcomeLog outcomes,
            StrandedClaims stranded, Clock clock) {
        this.deliveries = deliveries;
        this.policy = policy;
        this.metrics = metrics;
        this.outcomes = outcomes;
        this.stranded = stranded;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Delivery delivery = exchange.getProperty(ExchangeKeys.DELIVERY, Delivery.class);
        RecordKind kind = RecordKind.fromJsonName(delivery.kind()).orElse(null);
        Exception failure = PtvFailures.portRefusal(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class), kind,
                delivery.code());
        AttemptWrites held = exchange.getProperty(ExchangeKeys.ATTEMPT_WRITES, AttemptWrites.class);
        if (held != null) {
            // What the attempt learnt before it failed (its PTV calls, an item PTV saved) is kept, each write on its own.
            held.writeApart();
        }
        RetryPolicy.Decision decision = policy.decide(failure, delivery.attempts(), ThreadLocalRandom.current()::nextDouble);
        boolean mayBeInPtv = decision.ptvMayHaveSaved() || Boolean.TRUE.equals(exchange.getProperty(ExchangeKeys.PTV_SAVED));
        OffsetDateTime next = OffsetDateTime.now(clock).plus(decision.delay());
        boolean recorded;
        try {
            recorded = decision.retry()
                    ? deliveries.retryAt(delivery, next, decision.ptvStatus(), decision.cause(), decision.signature(), mayBeInPtv)
                    : deliveries.failed(delivery, decision.ptvStatus(), decision.cause(), decision.signature(), mayBeInPtv);
        } catch (SQLException e) {
            unrecorded(exchange, delivery, decision, e);
            return;
        }
        if (!recorded) {
            lostLease(exchange, delivery, decision);
            return;
        }
        if (decision.retry()) {
            metrics.retried(delivery.kind(), decision.signature());
            LOG.warn("Delivery {} of {} '{}' attempt {} failed ({}): {}; retry at {}", delivery.id(), delivery.kind(), delivery.code(),
                    delivery.attempts(), decision.signature(), decision.cause(), next);
            outcomes.write(delivery, DeliveryOutcomeLog.RETRY, decision.ptvStatus(), decision.cause() + " (" + decision.signature()
                    + "; next attempt at " + next + ")");
            queued(exchange, delivery, next, decision.cause());
            return;
        }
        metrics.failed(delivery.kind(), decision.signature());
        if (!(failure instanceof CallRefusal)) {
            LOG.error("Delivery {} failed unexpectedly", delivery.id(), failure);
        }
        LOG.warn("Delivery {} of {} '{}' failed after {} attempt(s): {}: {}", delivery.id(), delivery.kind(), delivery.code(),
                delivery.attempts(), decision.signature(), decision.cause());
        outcomes.write(delivery, DeliveryOutcomeLog.FAILED, decision.ptvStatus(), decision.cause() + " (" + decision.signature() + ")");
        String kept = " (message id " + delivery.id() + " is kept as failed under '" + decision.signature()
                + "'; replay it with POST /cxf/ops/deliveries/" + delivery.id() + "/replay)";
        if (failure instanceof CallRefusal refusal) {
            throw new CallRefusal(refusal.status(), refusal.error(), refusal.getMessage() + kept, refusal.violations(),
                    refusal.getCause());
        }
        throw new CallRefusal(decision.ptvStatus() == null ? 500 : 502, "delivery-failed", decision.cause() + kept,
                List.of(), failure);
    }

    /** The claim is no longer this node's: whatever the node that took over records stands. */
    private void lostLease(Exchange exchange, Delivery delivery, RetryPolicy.Decision decision) {
        metrics.lostLease(delivery.kind());
        String what = "this node (" + delivery.claimedBy() + ") lost the lease of claim " + delivery.claims()
                + " to another node before it could record " + (decision.retry() ? "a retry" : "a failure") + " (" + decision.signature()
                + ": " + decision.cause() + "); the other node's outcome stands";
        LOG.warn("Delivery {} of {} '{}' attempt {}: lost the lease; {}", delivery.id(), delivery.kind(), delivery.code(),
                delivery.attempts(), what);
        outcomes.write(delivery, DeliveryOutcomeLog.LEASE_LOST, decision.ptvStatus(), what);
        queued(exchange, delivery, null, "another node took this delivery over (this node's lease ran out); GET /cxf/ops/deliveries/"
                + delivery.id() + " tells where it stands");
    }

    /** The database failed under the outcome write: the claim is given back once it answers again. */
    private void unrecorded(Exchange exchange, Delivery delivery, RetryPolicy.Decision decision, SQLException e) {
        stranded.add(delivery);
        metrics.unrecorded(delivery.kind());
        String database = Secrets.redactText(Texts.firstLine(e.getMessage(), 300));
        String what = "the outcome of attempt " + delivery.attempts() + " (" + decision.signature() + ": " + decision.cause()
                + ") could not be recorded, the database failed: " + database
                + "; the delivery is given back to the queue once the database answers again";
        LOG.warn("Delivery {} of {} '{}': {}", delivery.id(), delivery.kind(), delivery.code(), what);
        outcomes.write(delivery, DeliveryOutcomeLog.UNRECORDED, decision.ptvStatus(), what);
        queued(exchange, delivery, null, "the database failed while this attempt's outcome was recorded (" + database
                + "); the delivery is tried again once the database answers");
    }

    private static void queued(Exchange exchange, Delivery delivery, OffsetDateTime next, String reason) {
        exchange.getMessage().setBody(new QueuedAnswer(exchange.getProperty(ExchangeKeys.CORRELATION_ID, String.class),
                delivery.id(), delivery.kind(), delivery.code(), delivery.attempts(), next, reason));
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 202);
    }
}

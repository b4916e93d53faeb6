package fi.ptvintegration.routes.delivery;


import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.routes.support.ExchangeKeys;
import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.store.DeliveryStore;
import fi.ptvintegration.routes.support.Secrets;
import fi.ptvintegration.routes.support.Texts;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The outbox worker: claims due deliveries and runs each through the delivery route on a pool of
 * {@link #workerThreads} threads, of which at most {@code concurrency} are in an attempt at
 * once, until its PTV calls are over ({@link PtvSlot}): the others commit outcomes (with the claim
 * of their next delivery) meanwhile, so PTV is kept as busy as {@code concurrency} allows. A
 * thread that finishes claims the next due delivery itself, so a backlog drains without waiting
 * for the next poll: a delivered outcome claims it in its own transaction, other outcomes claim
 * it apart. A claim that waited more than a second for its place has its lease renewed before the
 * attempt, so the attempt has its whole lease. Each attempt runs with the correlation id of
 * Drupal's original call in the logging MDC. A claim the worker holds when the application stops,
 * or that found no free place for half its lease, goes back to the queue unattempted.
 */
public class DeliveryDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryDispatcher.class);
    /** A claim that waited longer than this for its place has its lease renewed before the attempt. */
    private static final Duration RENEW_LEASE_AFTER_WAITING = Duration.ofSeconds(1);

    private final DeliveryStore deliveries;
    private final ProducerTemplate template;
    private final String deliverUri;
    private final ExecutorService pool;
    private final Semaphore workers;
    private final Semaphore ptvPlaces;
    private final int concurrency;
    private final Duration lease;

    /**
     * @param pool at least {@link #workerThreads workerThreads(concurrency)} threads
     * @param concurrency the most attempts calling PTV at once
     */
    public DeliveryDispatcher(DeliveryStore deliveries, ProducerTemplate template, String deliverUri, ExecutorService pool,
            int concurrency, Duration lease) {
        this.deliveries = deliveries;
        this.template = template;
        this.deliverUri = deliverUri;
        this.pool = pool;
        this.workers = new Semaphore(workerThreads(concurrency));
        this.concurrency = Math.max(1, concurrency);
        this.ptvPlaces = new Semaphore(this.concurrency);
        this.lease = lease;
    }

    /**
     * The worker's threads for {@code concurrency} places calling PTV: half as many again (at least
     * one more), to keep every place calling PTV while the other threads commit outcomes and claim
     * (about a tenth of a delivery's time at 50 ms of PTV latency).
     */
    public static int workerThreads(int concurrency) {
        int places = Math.max(1, concurrency);
        return places + (places + 1) / 2;
    }

    /** One poll: releases rows whose worker died, then starts a worker for each free thread that has a due delivery. */
    public int dispatchDue() throws Exception {
        int released = deliveries.releaseExpiredLeases();
        if (released > 0) {
            LOG.warn("{} deliveries whose lease ran out are back in the queue", released);
        }
        int started = 0;
        while (workers.tryAcquire()) {
            List<Delivery> claimed;
            try {
                claimed = deliveries.claimDue(1, lease);
            } catch (Exception e) {
                workers.release();
                throw e;
            }
            if (claimed.isEmpty()) {
                workers.release();
                break;
            }
            Delivery first = claimed.get(0);
            pool.execute(() -> drain(first));
            started++;
        }
        return started;
    }

    private void drain(Delivery first) {
        try {
            Delivery next = first;
            while (next != null) {
                long waitStarted = System.nanoTime();
                Optional<PtvSlot> slot = stopping() ? Optional.empty() : PtvSlot.take(ptvPlaces, lease.dividedBy(2));
                if (slot.isEmpty() || stopping()) {
                    slot.ifPresent(PtvSlot::giveBack);
                    returnUnattempted(next, slot.isEmpty());
                    return;
                }
                Delivery claimedWithOutcome = null;
                try {
                    // A claim that waited for its place starts with its whole lease, or not at all when it was taken over meanwhile.
                    if (System.nanoTime() - waitStarted < RENEW_LEASE_AFTER_WAITING.toNanos() || deliveries.renewLease(next, lease)) {
                        claimedWithOutcome = deliver(next, slot.get());
                    }
                } finally {
                    slot.get().giveBack();
                }
                if (claimedWithOutcome != null) {
                    next = claimedWithOutcome;
                } else {
                    List<Delivery> claimed = deliveries.claimDue(1, lease);
                    next = claimed.isEmpty() ? null : claimed.get(0);
                }
            }
        } catch (Exception e) {
            LOG.warn("Outbox worker stopped on a database failure; the next poll carries on: {}",
                    Secrets.redactText(Texts.firstLine(e.getMessage(), 300)));
        } finally {
            workers.release();
        }
    }

    /**
     * Not attempted: back in the queue at once for the next start or another node, not after its
     * lease. A thread interrupted by the application's stop writes with its interrupt cleared (H2's
     * file channel would refuse the write) and keeps it afterwards.
     */
    private void returnUnattempted(Delivery claim, boolean noPlace) throws Exception {
        boolean interrupted = Thread.interrupted();
        try {
            if (noPlace && !interrupted && !stopping()) {
                LOG.warn("Delivery {} goes back to the queue unattempted: no place among the {} deliveries calling PTV became free"
                        + " in {} s (PTV answers slowly or not at all)", claim.id(), concurrency, lease.dividedBy(2).toSeconds());
            }
            deliveries.returnUnattempted(claim);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The application is stopping: the delivery route would refuse the attempt. */
    private boolean stopping() {
        CamelContext context = template.getCamelContext();
        return pool.isShutdown() || context.isStopping() || context.isStopped();
    }

    /**
     * Runs one attempt; returns the next due delivery when a delivered outcome claimed it for this
     * worker in its own transaction (one commit instead of two), else null (none was due, or the
     * attempt did not end delivered: the worker claims apart).
     */
    Delivery deliver(Delivery delivery, PtvSlot slot) {
        MDC.put(ExchangeKeys.MDC_CORRELATION_ID, delivery.correlationId());
        try {
            Exchange result = template.send(deliverUri, exchange -> {
                exchange.setProperty(ExchangeKeys.CLAIM_NEXT_FOR, lease);
                exchange.setProperty(ExchangeKeys.PTV_SLOT, slot);
                exchange.setProperty(ExchangeKeys.CORRELATION_ID, delivery.correlationId());
                exchange.setProperty(ExchangeKeys.PUSH_OPERATION, PushOperation.valueOf(delivery.operation()));
                exchange.setProperty(ExchangeKeys.RECORD_KIND, RecordKind.fromJsonName(delivery.kind()).orElseThrow());
                exchange.setProperty(ExchangeKeys.DELIVERY, delivery);
                exchange.getMessage().setHeader(ExchangeKeys.CODE, delivery.code());
            });
            if (result.getException() != null) {
                LOG.debug("Delivery {} ended with {}", delivery.id(), result.getException().getMessage());
            }
            return result.getProperty(ExchangeKeys.NEXT_DELIVERY, Delivery.class);
        } finally {
            MDC.remove(ExchangeKeys.MDC_CORRELATION_ID);
        }
    }
}

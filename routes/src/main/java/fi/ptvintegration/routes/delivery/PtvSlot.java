package fi.ptvintegration.routes.delivery;

import fi.ptvintegration.routes.support.ExchangeKeys;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.Exchange;

/**
 * One of the {@code delivery.concurrency} places of the outbox worker's deliveries that are
 * calling PTV. The worker runs more threads than places ({@link DeliveryDispatcher#workerThreads}),
 * so that one delivery's outcome commit (with the claim of its worker's next delivery) overlaps
 * other deliveries' PTV calls, while no more than {@code delivery.concurrency} of them call PTV at
 * once. A worker takes a place before an attempt ({@link DeliveryDispatcher}); the delivery route
 * gives it back as soon as the attempt's PTV calls are over, before the outcome is recorded
 * ({@link #giveBackFor}), and the worker gives it back when the attempt ends, whichever comes
 * first. Drupal's own push (the first attempt, made while Drupal waits) takes no place.
 */
final class PtvSlot {

    private final Semaphore places;
    private final AtomicBoolean held = new AtomicBoolean(true);

    private PtvSlot(Semaphore places) {
        this.places = places;
    }

    /** Waits at most {@code patience} for a free place; empty when none became free (or the wait was interrupted). */
    static Optional<PtvSlot> take(Semaphore places, Duration patience) {
        try {
            if (places.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                return Optional.of(new PtvSlot(places));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    /** Gives the place back; only the first call does, later ones do nothing. */
    void giveBack() {
        if (held.compareAndSet(true, false)) {
            places.release();
        }
    }

    /** Route step: the attempt's PTV calls are over, its place goes to the next delivery (none on Drupal's own push). */
    static void giveBackFor(Exchange exchange) {
        PtvSlot slot = exchange.getProperty(ExchangeKeys.PTV_SLOT, PtvSlot.class);
        if (slot != null) {
            slot.giveBack();
        }
    }
}

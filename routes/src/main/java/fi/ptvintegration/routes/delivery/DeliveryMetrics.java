package fi.ptvintegration.routes.delivery;

import fi.ptvintegration.routes.store.DeliveryStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts deliveries as they end and reads queue figures from the outbox; the same numbers go to
 * JMX (Hawtio) and to {@code GET /cxf/ops/metrics}. Queue figures are cached for a second so a
 * dashboard polling often does not load the database.
 */
public class DeliveryMetrics implements DeliveryMetricsMBean {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryMetrics.class);
    private static final Duration FIGURES_TTL = Duration.ofSeconds(1);

    private final DeliveryStore store;
    private final Clock clock;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicReference<Instant> lastSuccess = new AtomicReference<>();
    private final AtomicReference<Instant> lastFailure = new AtomicReference<>();
    private volatile DeliveryStore.QueueFigures figures;
    private volatile Instant figuresAt = Instant.MIN;

    public DeliveryMetrics(DeliveryStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public void delivered() {
        delivered.incrementAndGet();
        lastSuccess.set(clock.instant());
    }

    public void retried() {
        retried.incrementAndGet();
    }

    public void failed() {
        failed.incrementAndGet();
        lastFailure.set(clock.instant());
    }

    @Override
    public long getDelivered() {
        return delivered.get();
    }

    @Override
    public long getRetried() {
        return retried.get();
    }

    @Override
    public long getFailed() {
        return failed.get();
    }

    @Override
    public int getQueueDepth() {
        DeliveryStore.QueueFigures now = figures();
        return now == null ? -1 : now.pending() + now.inFlight();
    }

    @Override
    public long getOldestPendingAgeSeconds() {
        DeliveryStore.QueueFigures now = figures();
        if (now == null || now.oldestPendingSince() == null) {
            return 0;
        }
        return Math.max(0, Duration.between(now.oldestPendingSince().toInstant(), clock.instant()).toSeconds());
    }

    @Override
    public int getFailedInOutbox() {
        DeliveryStore.QueueFigures now = figures();
        return now == null ? -1 : now.failed();
    }

    @Override
    public String getLastSuccess() {
        Instant at = lastSuccess.get();
        return at == null ? "" : at.toString();
    }

    @Override
    public String getLastFailure() {
        Instant at = lastFailure.get();
        return at == null ? "" : at.toString();
    }

    /** Everything above as one map, for the metrics endpoint. */
    public Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("delivered", getDelivered());
        values.put("retried", getRetried());
        values.put("failed", getFailed());
        values.put("queueDepth", getQueueDepth());
        values.put("oldestPendingAgeSeconds", getOldestPendingAgeSeconds());
        values.put("failedInOutbox", getFailedInOutbox());
        values.put("lastSuccess", getLastSuccess().isEmpty() ? null : getLastSuccess());
        values.put("lastFailure", getLastFailure().isEmpty() ? null : getLastFailure());
        values.put("at", OffsetDateTime.now(clock).toString());
        return values;
    }

    private DeliveryStore.QueueFigures figures() {
        Instant now = clock.instant();
        if (figures == null || now.isAfter(figuresAt.plus(FIGURES_TTL))) {
            try {
                figures = store.figures();
                figuresAt = now;
            } catch (Exception e) {
                LOG.warn("Outbox figures could not be read: {}", e.getMessage());
                return null;
            }
        }
        return figures;
    }
}

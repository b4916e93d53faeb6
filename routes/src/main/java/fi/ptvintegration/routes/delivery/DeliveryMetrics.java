package fi.ptvintegration.routes.delivery;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.routes.meter.Meters;
import fi.ptvintegration.routes.store.DeliveryStore;
import fi.ptvintegration.routes.support.Secrets;
import fi.ptvintegration.routes.support.Texts;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts this node's deliveries as they end (by kind and outcome, failures by signature, leases
 * lost to another node) into the node's {@link Meters}, and reads the outbox's figures, which every
 * node shares, from the database; the same numbers go to JMX (Hawtio), {@code GET /cxf/ops/metrics}
 * and the Prometheus endpoint. Queue figures are cached for a second so a dashboard polling often
 * does not load the database. When the database cannot be read, the figures are unknown: null,
 * with the reason, never a number that looks like a real one.
 */
public class DeliveryMetrics implements DeliveryMetricsMBean {

    public static final String DELIVERIES = "ptv_integration_deliveries_total";
    public static final String FAILURES = "ptv_integration_delivery_failures_total";
    public static final String LOST_LEASES = "ptv_integration_delivery_lost_leases_total";
    public static final String UNRECORDED = "ptv_integration_delivery_outcomes_unrecorded_total";

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryMetrics.class);
    private static final Duration FIGURES_TTL = Duration.ofSeconds(1);

    /**
     * The outbox's figures as last read, or why they could not be read.
     *
     * @param figures null when unknown
     * @param error why they are unknown; null when known
     */
    public record Figures(DeliveryStore.QueueFigures figures, String error, Instant readAt) {
        public boolean known() {
            return figures != null;
        }
    }

    private final DeliveryStore store;
    private final Clock clock;
    private final Meters.Counter deliveries;
    private final Meters.Counter failures;
    private final Meters.Counter lostLeases;
    private final Meters.Counter unrecorded;
    private final AtomicReference<Instant> lastSuccess = new AtomicReference<>();
    private final AtomicReference<Instant> lastFailure = new AtomicReference<>();
    private volatile Figures figures;

    public DeliveryMetrics(DeliveryStore store, Clock clock, Meters meters) {
        this.store = store;
        this.clock = clock;
        this.deliveries = meters.counter(DELIVERIES, "Delivery attempts this node ended, by record kind and outcome"
                + " (delivered; retried: back in the queue; failed: kept as failed)", "kind", "outcome");
        this.failures = meters.counter(FAILURES, "Failed delivery attempts on this node by failure signature, retried or not",
                "signature");
        this.lostLeases = meters.counter(LOST_LEASES, "Attempts whose outcome this node did not write because its lease ran out"
                + " and another node had taken the delivery over", "kind");
        this.unrecorded = meters.counter(UNRECORDED, "Attempts whose outcome this node could not write because the database"
                + " failed; their claims are given back when it answers again", "kind");
        // Every kind and outcome from zero, so that rate() and increase() see a series before its first count.
        for (RecordKind kind : RecordKind.values()) {
            if (kind != RecordKind.OFFERING) {
                for (String outcome : new String[] {"delivered", "retried", "failed"}) {
                    deliveries.add(0, kind.jsonName(), outcome);
                }
            }
        }
    }

    public void delivered(String kind) {
        deliveries.inc(kind, "delivered");
        lastSuccess.set(clock.instant());
    }

    public void retried(String kind, String signature) {
        deliveries.inc(kind, "retried");
        failures.inc(signature);
    }

    public void failed(String kind, String signature) {
        deliveries.inc(kind, "failed");
        failures.inc(signature);
        lastFailure.set(clock.instant());
    }

    public void lostLease(String kind) {
        lostLeases.inc(kind);
    }

    public void unrecorded(String kind) {
        unrecorded.inc(kind);
    }

    @Override
    public long getDelivered() {
        return total("delivered");
    }

    @Override
    public long getRetried() {
        return total("retried");
    }

    @Override
    public long getFailed() {
        return total("failed");
    }

    private long total(String outcome) {
        long sum = 0;
        for (Meters.Series series : deliveries.series()) {
            if (series.labelValues().get(1).equals(outcome)) {
                sum += (long) series.value();
            }
        }
        return sum;
    }

    @Override
    public Integer getQueueDepth() {
        DeliveryStore.QueueFigures now = figures().figures();
        return now == null ? null : now.pending() + now.inFlight();
    }

    @Override
    public Long getOldestPendingAgeSeconds() {
        Figures now = figures();
        if (!now.known()) {
            return null;
        }
        return ageSeconds(now.figures());
    }

    @Override
    public Integer getFailedInOutbox() {
        DeliveryStore.QueueFigures now = figures().figures();
        return now == null ? null : now.failed();
    }

    @Override
    public String getFiguresUnknownBecause() {
        String error = figures().error();
        return error == null ? "" : error;
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

    /** When this node last delivered something, null before the first. */
    public Instant lastSuccess() {
        return lastSuccess.get();
    }

    /**
     * The figures of {@code GET /cxf/ops/metrics}: this node's counters, and the outbox's figures,
     * which are null (written as null, not left out) with {@code figuresUnknownBecause} saying why
     * when the database cannot be read.
     *
     * @param lastDelivered when a delivery last reached PTV, on any node
     * @param lastSuccess, lastFailure this node's last delivery and last failed one
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Snapshot(long delivered, long retried, long failed, Integer queueDepth, Long oldestPendingAgeSeconds,
            Integer failedInOutbox, String lastDelivered, @JsonInclude(JsonInclude.Include.NON_NULL) String figuresUnknownBecause,
            String lastSuccess, String lastFailure, String at) {

        /** The same as name to value, in this order, nulls kept (for the shell). */
        public Map<String, Object> asMap() {
            Map<String, Object> values = new LinkedHashMap<>();
            for (RecordComponent component : Snapshot.class.getRecordComponents()) {
                try {
                    values.put(component.getName(), component.getAccessor().invoke(this));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("a record's accessor is always there", e);
                }
            }
            return values;
        }
    }

    /** Everything above at once, for the ops metrics view. */
    public Snapshot snapshot() {
        Figures now = figures();
        DeliveryStore.QueueFigures known = now.figures();
        return new Snapshot(getDelivered(), getRetried(), getFailed(),
                known == null ? null : known.pending() + known.inFlight(),
                known == null ? null : ageSeconds(known),
                known == null ? null : known.failed(),
                known == null || known.lastDeliveredAt() == null ? null : known.lastDeliveredAt().toString(),
                known == null ? now.error() : null,
                getLastSuccess().isEmpty() ? null : getLastSuccess(),
                getLastFailure().isEmpty() ? null : getLastFailure(),
                OffsetDateTime.now(clock).toString());
    }

    private long ageSeconds(DeliveryStore.QueueFigures known) {
        if (known.oldestPendingSince() == null) {
            return 0;
        }
        return Math.max(0, Duration.between(known.oldestPendingSince().toInstant(), clock.instant()).toSeconds());
    }

    /** The outbox's figures, read at most once a second; unknown (with the reason) when the database fails. */
    public Figures figures() {
        Instant now = clock.instant();
        Figures cached = figures;
        if (cached != null && !now.isAfter(cached.readAt().plus(FIGURES_TTL))) {
            return cached;
        }
        Figures read;
        try {
            read = new Figures(store.figures(), null, now);
        } catch (Exception e) {
            String reason = "the outbox could not be read: " + Secrets.redactText(Texts.firstLine(e.getMessage(), 300));
            if (cached == null || cached.known()) {
                LOG.warn("Outbox figures are unknown: {}", reason);
            }
            read = new Figures(null, reason, now);
        }
        figures = read;
        return read;
    }
}

package fi.ptvintegration.routes.delivery;

/**
 * Delivery counters as JMX attributes ({@code fi.ptvintegration:type=Delivery}), shown by Hawtio.
 * Counters count this node's deliveries since start; queue figures are read from the outbox, the
 * same on every node, and are null (with {@link #getFiguresUnknownBecause()} saying why) when the
 * database cannot be read.
 */
public interface DeliveryMetricsMBean {

    /** Deliveries that reached PTV since start. */
    long getDelivered();

    /** Failed attempts that were put back in the queue for a retry since start. */
    long getRetried();

    /** Deliveries that failed for good since start. */
    long getFailed();

    /** Deliveries waiting or being delivered now; null when unknown. */
    Integer getQueueDepth();

    /** Seconds the oldest waiting delivery has waited, 0 when none waits; null when unknown. */
    Long getOldestPendingAgeSeconds();

    /** Deliveries kept as failed now (all time, until replayed or dismissed); null when unknown. */
    Integer getFailedInOutbox();

    /** Why the queue figures are unknown (the database could not be read); empty when they are known. */
    String getFiguresUnknownBecause();

    /** ISO-8601 time of the last delivery this node made, empty before the first. */
    String getLastSuccess();

    /** ISO-8601 time of the last delivery this node kept as failed, empty before the first. */
    String getLastFailure();
}

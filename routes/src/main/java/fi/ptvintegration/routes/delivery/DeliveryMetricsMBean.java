package fi.ptvintegration.routes.delivery;

/**
 * Delivery counters as JMX attributes ({@code fi.ptvintegration:type=Delivery}), shown by Hawtio.
 * Counters count since start; queue figures are read from the outbox.
 */
public interface DeliveryMetricsMBean {

    /** Deliveries that reached PTV since start. */
    long getDelivered();

    /** Failed attempts that were put back in the queue for a retry since start. */
    long getRetried();

    /** Deliveries that failed for good since start. */
    long getFailed();

    /** Deliveries waiting or being delivered now. */
    int getQueueDepth();

    /** Seconds the oldest waiting delivery has waited; 0 when none waits. */
    long getOldestPendingAgeSeconds();

    /** Deliveries kept as failed now (all time, until replayed or dismissed). */
    int getFailedInOutbox();

    /** ISO-8601 time of the last delivery that reached PTV, empty before the first. */
    String getLastSuccess();

    /** ISO-8601 time of the last delivery that failed for good, empty before the first. */
    String getLastFailure();
}

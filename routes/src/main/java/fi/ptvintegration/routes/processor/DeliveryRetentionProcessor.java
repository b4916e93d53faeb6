package fi.ptvintegration.routes.processor;

import fi.ptvintegration.routes.store.DeliveryStore;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes outbox rows that are finished (delivered or dismissed) and older than the retention
 * period ({@code delivery.retention.days} of {@code fi.ptvintegration.runtime}); 0 days keeps all.
 * Rows still to be delivered and failed ones are never deleted here.
 */
public class DeliveryRetentionProcessor implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryRetentionProcessor.class);

    private final DeliveryStore deliveries;
    private final Duration retention;
    private final Clock clock;

    public DeliveryRetentionProcessor(DeliveryStore deliveries, int retentionDays, Clock clock) {
        this.deliveries = deliveries;
        this.retention = Duration.ofDays(Math.max(0, retentionDays));
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        if (retention.isZero()) {
            return;
        }
        int deleted = deliveries.deleteFinishedBefore(OffsetDateTime.now(clock).minus(retention));
        if (deleted > 0) {
            LOG.info("Deleted {} delivered or dismissed deliveries older than {} days", deleted, retention.toDays());
        }
    }
}

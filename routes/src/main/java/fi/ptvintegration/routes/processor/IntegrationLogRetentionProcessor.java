package fi.ptvintegration.routes.processor;

import fi.ptvintegration.routes.store.IntegrationLogStore;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes integration-log entries older than the retention period
 * ({@code integration.log.retention.days} of {@code fi.ptvintegration.runtime}); 0 days keeps all.
 */
public class IntegrationLogRetentionProcessor implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(IntegrationLogRetentionProcessor.class);

    private final IntegrationLogStore log;
    private final Duration retention;
    private final Clock clock;

    public IntegrationLogRetentionProcessor(IntegrationLogStore log, int retentionDays, Clock clock) {
        this.log = log;
        this.retention = Duration.ofDays(Math.max(0, retentionDays));
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        if (retention.isZero()) {
            return;
        }
        int deleted = log.deleteOlderThan(OffsetDateTime.now(clock).minus(retention));
        exchange.getMessage().setBody(deleted);
        if (deleted > 0) {
            LOG.info("Deleted {} integration-log entries older than {} days", deleted, retention.toDays());
        }
    }
}

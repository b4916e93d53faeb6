package fi.ptvintegration.routes.retention;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes what is older than a retention period: integration-log entries
 * ({@code integration.log.retention.days}) or finished deliveries ({@code delivery.retention.days}
 * of {@code fi.ptvintegration.runtime}); 0 days keeps all. The body becomes the number deleted.
 */
public class RetentionProcessor implements Processor {

    /** Deletes what is older than the cutoff and says how many went. */
    @FunctionalInterface
    public interface Deletion {
        int olderThan(OffsetDateTime cutoff) throws SQLException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(RetentionProcessor.class);

    private final String what;
    private final Deletion deletion;
    private final Duration retention;
    private final Clock clock;

    /** @param what what is deleted, for the log line, e.g. "integration-log entries" */
    public RetentionProcessor(String what, Deletion deletion, int retentionDays, Clock clock) {
        this.what = what;
        this.deletion = deletion;
        this.retention = Duration.ofDays(Math.max(0, retentionDays));
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        if (retention.isZero()) {
            return;
        }
        int deleted = deletion.olderThan(OffsetDateTime.now(clock).minus(retention));
        exchange.getMessage().setBody(deleted);
        if (deleted > 0) {
            LOG.info("Deleted {} {} older than {} days", deleted, what, retention.toDays());
        }
    }
}

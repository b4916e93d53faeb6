package fi.ptvintegration.routes.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the outbox poller fares: when it last looked at the outbox without a database failure, and
 * since when it has been failing, with the last failure's first line. The health check reads it
 * (a poller that runs but cannot reach the outbox delivers nothing); an outage is logged once when
 * it starts and once when it ends, not at every tick.
 */
public class PollerState {

    private static final Logger LOG = LoggerFactory.getLogger(PollerState.class);

    private final Clock clock;
    private volatile Instant lastSuccess;
    private volatile Instant failingSince;
    private volatile String lastError;

    public PollerState(Clock clock) {
        this.clock = clock;
    }

    void succeeded() {
        Instant now = clock.instant();
        Instant since = failingSince;
        if (since != null) {
            LOG.info("The outbox poller reaches the database again after {} s", Duration.between(since, now).toMillis() / 1000.0);
        }
        failingSince = null;
        lastError = null;
        lastSuccess = now;
    }

    void failed(String error) {
        if (failingSince == null) {
            failingSince = clock.instant();
            LOG.warn("The outbox poller cannot reach the database; it tries again at every tick: {}", error);
        }
        lastError = error;
    }

    /** The last tick that read the outbox, null before the first. */
    public Instant lastSuccess() {
        return lastSuccess;
    }

    /** Since when every tick has failed, null when the last one succeeded. */
    public Instant failingSince() {
        return failingSince;
    }

    /** Why the last tick failed, null when it did not. */
    public String lastError() {
        return lastError;
    }
}

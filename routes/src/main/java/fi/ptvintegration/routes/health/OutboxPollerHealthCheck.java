package fi.ptvintegration.routes.health;

import fi.ptvintegration.routes.delivery.PollerState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * The outbox poller reads the outbox: its last tick that did is recent (within twenty poll
 * intervals, at least 30 s), and the ticks are not failing on the database. A poller that runs but
 * cannot reach the outbox delivers nothing, which the route's own state does not show. Impact
 * DEGRADED: intake and the first attempt of a push go on, retries wait.
 */
public class OutboxPollerHealthCheck extends ApplicationHealthCheck {

    public static final String ID = "outbox-poller";

    private final PollerState state;
    private final Duration stale;
    private final Clock clock;
    private final Instant created;

    public OutboxPollerHealthCheck(PollerState state, Duration pollInterval, Clock clock) {
        super(ID, Impact.DEGRADED, false, true);
        this.state = state;
        Duration twenty = pollInterval.multipliedBy(20);
        this.stale = twenty.compareTo(Duration.ofSeconds(30)) < 0 ? Duration.ofSeconds(30) : twenty;
        this.clock = clock;
        this.created = clock.instant();
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        Instant now = clock.instant();
        Instant last = state.lastSuccess();
        if (last != null) {
            builder.detail("lastPoll", last.toString());
        }
        if (state.failingSince() != null) {
            builder.detail("failingSince", state.failingSince().toString())
                    .message("the poller cannot read the outbox: " + state.lastError()).down();
            return;
        }
        Instant since = last == null ? created : last;
        if (Duration.between(since, now).compareTo(stale) > 0) {
            builder.message("the poller has not read the outbox for " + Duration.between(since, now).toSeconds()
                    + " s (stopped or stuck; expected every poll interval)").down();
            return;
        }
        builder.up();
    }
}

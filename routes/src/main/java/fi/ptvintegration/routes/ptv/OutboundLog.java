package fi.ptvintegration.routes.ptv;

import fi.ptvintegration.ptv.port.PtvCall;
import fi.ptvintegration.routes.store.SecretRedactor;
import fi.ptvintegration.routes.store.IntegrationLogEntry;
import fi.ptvintegration.routes.store.IntegrationLogStore;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the integration-log record of one call to PTV: method, path, kind, code, PTV id,
 * outcome, status, duration, the body sent and PTV's answer (secrets removed). A failure to
 * write is logged and does not change the call's outcome.
 */
public final class OutboundLog {

    private static final Logger LOG = LoggerFactory.getLogger(OutboundLog.class);

    private final IntegrationLogStore log;
    private final Clock clock;

    public OutboundLog(IntegrationLogStore log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** Whose PTV calls are logged: the call from Drupal (or the worker's attempt) and the record. */
    public record Context(String correlationId, String kind, String code, int attempt) {}

    public void write(Context context, PtvCall call, String ptvId, String outcome, String error) {
        try {
            log.append(new IntegrationLogEntry(context.correlationId(), OffsetDateTime.now(clock), IntegrationLogEntry.OUTBOUND,
                    call.path(), call.method(), context.kind(), context.code(), ptvId, outcome, call.status(), call.millis(),
                    context.attempt(), error, SecretRedactor.redact(call.requestJson()), SecretRedactor.redact(call.responseJson())));
        } catch (SQLException e) {
            LOG.error("Outbound log record of {} could not be written: {}", context.correlationId(), e.getMessage());
        }
    }
}

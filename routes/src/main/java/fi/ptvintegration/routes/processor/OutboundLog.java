package fi.ptvintegration.routes.processor;

import com.fasterxml.jackson.core.JsonProcessingException;
import fi.ptvintegration.ptv.client.PtvClient;
import fi.ptvintegration.routes.intake.SecretRedactor;
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
final class OutboundLog {

    private static final Logger LOG = LoggerFactory.getLogger(OutboundLog.class);

    private final IntegrationLogStore log;
    private final Clock clock;

    OutboundLog(IntegrationLogStore log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** One PTV call as logged; {@code startedNanos} from {@link System#nanoTime()}. */
    record Call(String correlationId, String method, String endpoint, String kind, String code, long startedNanos, int attempt) {
        Call(String correlationId, String method, String endpoint, String kind, String code, long startedNanos) {
            this(correlationId, method, endpoint, kind, code, startedNanos, 1);
        }
    }

    void write(Call call, String ptvId, String outcome, int status, String error, String request, String response) {
        try {
            log.append(new IntegrationLogEntry(call.correlationId(), OffsetDateTime.now(clock), IntegrationLogEntry.OUTBOUND,
                    call.endpoint(), call.method(), call.kind(), call.code(), ptvId, outcome, status,
                    (System.nanoTime() - call.startedNanos()) / 1_000_000, call.attempt(), error,
                    SecretRedactor.redact(request), SecretRedactor.redact(response)));
        } catch (SQLException e) {
            LOG.error("Outbound log record of {} could not be written: {}", call.correlationId(), e.getMessage());
        }
    }

    static String json(PtvClient ptv, Object value) {
        try {
            return value == null ? null : ptv.objectMapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}

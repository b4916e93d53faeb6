package fi.ptvintegration.routes.ptv;

import fi.ptvintegration.ptv.port.PtvCall;
import fi.ptvintegration.routes.store.IntegrationLogEntry;
import fi.ptvintegration.routes.store.IntegrationLogStore;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Writes the integration-log record of one call to PTV: method, path, kind, code, PTV id,
 * outcome, status, duration, the body sent and PTV's answer (the store removes secrets; a record
 * it cannot write goes whole to the server log, and the call's outcome is the same).
 */
public final class OutboundLog {

    private final IntegrationLogStore log;
    private final Clock clock;

    public OutboundLog(IntegrationLogStore log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** Whose PTV calls are logged: the call from Drupal (or the worker's attempt) and the record. */
    public record Context(String correlationId, String kind, String code, int attempt) {}

    public void write(Context context, PtvCall call, String ptvId, String outcome, String error) {
        log.append(new IntegrationLogEntry(context.correlationId(), OffsetDateTime.now(clock), IntegrationLogEntry.OUTBOUND,
                call.path(), call.method(), context.kind(), context.code(), ptvId, outcome, call.status(), call.millis(),
                context.attempt(), error, call.requestJson(), call.responseJson()));
    }
}

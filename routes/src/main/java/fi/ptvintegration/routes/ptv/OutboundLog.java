package fi.ptvintegration.routes.ptv;

import fi.ptvintegration.ptv.port.PtvCall;
import fi.ptvintegration.routes.meter.Meters;
import fi.ptvintegration.routes.store.AttemptWrites;
import fi.ptvintegration.routes.store.IntegrationLogEntry;
import fi.ptvintegration.routes.store.IntegrationLogStore;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes the integration-log record of one call to PTV: method, path, kind, code, PTV id,
 * outcome, status, duration, the body sent and PTV's answer (the store removes secrets; a record
 * it cannot write goes whole to the server log, and the call's outcome is the same). Times each
 * call into this node's latency histogram by operation (method and path with ids and sourceIds
 * left out, e.g. {@code PUT Service/{id}}) and status.
 */
public final class OutboundLog {

    public static final String CALL_SECONDS = "ptv_integration_ptv_call_duration_seconds";
    private static final double[] BUCKETS = {0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};
    private static final Pattern VERSION = Pattern.compile("v\\d+");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{1,40}");

    private final IntegrationLogStore log;
    private final Clock clock;
    private final Meters.Histogram latency;

    public OutboundLog(IntegrationLogStore log, Clock clock, Meters meters) {
        this.log = log;
        this.clock = clock;
        this.latency = meters.histogram(CALL_SECONDS, "Calls this node made to PTV, by operation and HTTP status (none: no answer)",
                BUCKETS, "operation", "status");
    }

    /** A log whose latencies go to a registry of its own (tests that do not read them). */
    public OutboundLog(IntegrationLogStore log, Clock clock) {
        this(log, clock, new Meters());
    }

    /**
     * Whose PTV calls are logged: the call from Drupal (or the worker's attempt) and the record.
     *
     * @param attemptWrites where a delivery attempt holds its writes until its outcome is committed
     *     with them ({@link AttemptWrites}); null: each record is written at once
     */
    public record Context(String correlationId, String kind, String code, int attempt, AttemptWrites attemptWrites) {
        public Context(String correlationId, String kind, String code, int attempt) {
            this(correlationId, kind, code, attempt, null);
        }
    }

    public void write(Context context, PtvCall call, String ptvId, String outcome, String error) {
        latency.observe(call.millis() / 1000.0, operation(call.method(), call.path()), call.status() == 0 ? "none"
                : String.valueOf(call.status()));
        IntegrationLogEntry entry = new IntegrationLogEntry(context.correlationId(), OffsetDateTime.now(clock),
                IntegrationLogEntry.OUTBOUND, call.path(), call.method(), context.kind(), context.code(), ptvId, outcome, call.status(),
                call.millis(), context.attempt(), error, call.requestJson(), call.responseJson());
        if (context.attemptWrites() != null) {
            context.attemptWrites().logRecord(entry);
        } else {
            log.append(entry);
        }
    }

    /**
     * The operation of a call as a metric label: the method and the path after {@code /api/vNN/},
     * with ids ({@code {id}}), sourceIds ({@code {sourceId}}) and other values ({@code {value}}) left
     * out, so that the label has a few values, not one per item.
     */
    static String operation(String method, String path) {
        String clean = path == null ? "" : path.split("\\?", 2)[0];
        List<String> kept = new ArrayList<>();
        String previous = "";
        for (String segment : clean.split("/")) {
            if (segment.isEmpty() || (kept.isEmpty() && (segment.equals("api") || VERSION.matcher(segment).matches()))) {
                previous = segment;
                continue;
            }
            if (previous.equalsIgnoreCase("sourceId")) {
                kept.add("{sourceId}");
            } else if (UUID.matcher(segment).matches()) {
                kept.add("{id}");
            } else if (WORD.matcher(segment).matches()) {
                kept.add(segment);
            } else {
                kept.add("{value}");
            }
            previous = segment;
        }
        return (method == null ? "?" : method) + " " + String.join("/", kept);
    }
}

package fi.ptvintegration.routes.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.routes.meter.Meters;
import fi.ptvintegration.routes.support.ExchangeKeys;
import fi.ptvintegration.routes.support.Texts;
import fi.ptvintegration.routes.store.IntegrationLogEntry;
import fi.ptvintegration.routes.store.IntegrationLogStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the integration-log record of a call from Drupal or an admin (intake, push, refused ops
 * calls), accepted or refused: correlation id, endpoint, method, kind, code, outcome, status,
 * duration, the request and answer bodies, and for a call that failed inside, the first line of
 * its cause (the store removes secrets and bounds every value; a record the database does not take
 * goes whole to the server log). Also the one log line of the call, named by its flow, and the
 * count of calls by flow and outcome in this node's meters.
 */
public class CallLogProcessor implements Processor {

    public static final String CALLS = "ptv_integration_calls_total";

    private static final Logger LOG = LoggerFactory.getLogger(CallLogProcessor.class);

    private final IntegrationLogStore log;
    private final Clock clock;
    private final Meters.Counter calls;

    public CallLogProcessor(IntegrationLogStore log, Clock clock, Meters meters) {
        this.log = log;
        this.clock = clock;
        this.calls = calls(meters);
    }

    /** The count of calls answered, by flow and outcome, in this node's meters. */
    static Meters.Counter calls(Meters meters) {
        return meters.counter(CALLS, "Calls this node answered, by flow (intake, push, ops, metrics) and outcome", "flow", "outcome");
    }

    /** A log whose call counts go to a registry of its own (tests that do not read them). */
    public CallLogProcessor(IntegrationLogStore log, Clock clock) {
        this(log, clock, new Meters());
    }

    /**
     * Writes the record unless a step already wrote it in its own transaction ({@link #inTransaction},
     * see {@link ExchangeKeys#CALL_LOGGED}); then the log line and the count.
     */
    @Override
    public void process(Exchange exchange) {
        IntegrationLogEntry entry = exchange.getProperty(ExchangeKeys.CALL_LOGGED, IntegrationLogEntry.class);
        if (entry == null) {
            entry = entryOf(exchange);
            log.append(entry);
        }
        String correlationId = entry.correlationId();
        int status = entry.httpStatus() == null ? 0 : entry.httpStatus();
        String outcome = entry.outcome();
        calls.inc(exchange.getProperty(ExchangeKeys.FLOW, "call", String.class).toLowerCase(Locale.ROOT), outcome);
        LOG.info("{} {} {} {} {} -> {} {}", exchange.getProperty(ExchangeKeys.FLOW, "Call", String.class), correlationId,
                Texts.printable(entry.method(), 10), Texts.printable(entry.endpoint(), 200),
                entry.code() == null ? "-" : entry.entityKind() + ":" + Texts.printable(entry.code(), 100), status, outcome);
    }

    /** The call's integration-log record as the exchange stands now: its answer, status, duration and cause. */
    IntegrationLogEntry entryOf(Exchange exchange) {
        Message message = exchange.getMessage();
        Object body = message.getBody();
        PatRecord record = exchange.getProperty(ExchangeKeys.RECORD, PatRecord.class);
        Long started = exchange.getProperty(ExchangeKeys.STARTED_NANOS, Long.class);
        String outcome;
        String error = null;
        int status = message.getHeader(Exchange.HTTP_RESPONSE_CODE, 200, Integer.class);
        String ptvId = null;
        if (body instanceof CallOutcome answer) {
            outcome = answer.outcome();
            ptvId = answer.ptvId();
        } else if (body instanceof ErrorAnswer refused) {
            outcome = "refused-" + refused.error();
            error = refused.message() + refused.violations().stream()
                    .map(v -> v.path() + ": " + v.rule())
                    .collect(Collectors.joining("; ", refused.violations().isEmpty() ? "" : " [", refused.violations().isEmpty() ? "" : "]"));
        } else {
            outcome = "unknown";
        }
        String cause = exchange.getProperty(ExchangeKeys.FAILURE_CAUSE, String.class);
        if (cause != null) {
            error = (error == null ? "" : error + "; ") + "cause: " + cause;
        }
        String correlationId = exchange.getProperty(ExchangeKeys.CORRELATION_ID, String.class);
        IntegrationLogEntry entry = new IntegrationLogEntry(
                correlationId,
                OffsetDateTime.now(clock),
                IntegrationLogEntry.INBOUND,
                exchange.getProperty(ExchangeKeys.ENDPOINT, "unknown", String.class),
                message.getHeader(Exchange.HTTP_METHOD, String.class),
                record == null ? null : record.kind().jsonName(),
                record == null ? exchange.getMessage().getHeader(ExchangeKeys.CODE, String.class) : record.code(),
                ptvId,
                outcome,
                status,
                started == null ? null : (System.nanoTime() - started) / 1_000_000,
                null,
                error,
                exchange.getProperty(ExchangeKeys.RAW_BODY, String.class),
                json(body));
        return entry;
    }

    /**
     * The call's record for a step that commits the call's work with it: {@link InTransaction#write}
     * inside the step's transaction, {@link InTransaction#committed} after it has committed, and this
     * step then writes nothing more.
     */
    public InTransaction inTransaction(Exchange exchange) {
        return new InTransaction(exchange);
    }

    /** The call's record written in a step's transaction; see {@link #inTransaction}. */
    public final class InTransaction {
        private final Exchange exchange;
        private IntegrationLogEntry written;

        private InTransaction(Exchange exchange) {
            this.exchange = exchange;
        }

        /** Writes the record as the exchange stands now, in the caller's transaction. */
        public void write(Connection connection) throws SQLException {
            IntegrationLogEntry entry = entryOf(exchange);
            log.appendWithin(connection, entry);
            written = entry;
        }

        /** True once {@link #write} has run (a transaction that did not call it: nothing to mark). */
        public boolean written() {
            return written != null;
        }

        /** The transaction committed: the record is the call's ({@link ExchangeKeys#CALL_LOGGED}). */
        public void committed() {
            if (written != null) {
                exchange.setProperty(ExchangeKeys.CALL_LOGGED, written);
            }
        }
    }

    private static String json(Object body) {
        try {
            return body == null ? null : PatJson.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            return String.valueOf(body);
        }
    }
}

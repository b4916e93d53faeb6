package fi.ptvintegration.routes.ops;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.ptvintegration.routes.http.CallOutcome;
import fi.ptvintegration.routes.http.CallRefusal;
import fi.ptvintegration.routes.store.IntegrationLogEntry;
import fi.ptvintegration.routes.store.IntegrationLogQuery;
import fi.ptvintegration.routes.store.IntegrationLogStore;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * Answers {@code GET /cxf/ops/log}: integration-log entries matching the query parameters
 * {@code code}, {@code correlationId}, {@code outcome}, {@code direction} (IN or OUT),
 * {@code from} and {@code to} (ISO-8601 instants, e.g. 2026-11-22T08:00:00Z), {@code limit}
 * (default 100, at most 1000), newest first. Bodies (secrets already removed) only with
 * {@code bodies=true}. A malformed parameter is a 400 naming it.
 */
public class IntegrationLogQueryProcessor implements Processor {

    private final IntegrationLogStore log;

    public IntegrationLogQueryProcessor(IntegrationLogStore log) {
        this.log = log;
    }

    /** The answer: how many entries, and the entries. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Answer(int count, List<IntegrationLogEntry> entries) implements CallOutcome {
        @Override
        public String outcome() {
            return "listed";
        }
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        String direction = blankToNull(message.getHeader("direction", String.class));
        if (direction != null) {
            direction = direction.toUpperCase(Locale.ROOT);
            if (!direction.equals(IntegrationLogEntry.INBOUND) && !direction.equals(IntegrationLogEntry.OUTBOUND)) {
                throw badQuery("direction", "IN or OUT");
            }
        }
        IntegrationLogQuery query = new IntegrationLogQuery(
                blankToNull(message.getHeader("code", String.class)),
                blankToNull(message.getHeader("correlationId", String.class)),
                blankToNull(message.getHeader("outcome", String.class)),
                direction,
                instant(message, "from"),
                instant(message, "to"),
                limit(message));
        boolean bodies = "true".equalsIgnoreCase(message.getHeader("bodies", String.class));
        List<IntegrationLogEntry> entries = log.find(query).stream().map(e -> bodies ? e : withoutBodies(e)).toList();
        message.setBody(new Answer(entries.size(), entries));
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
    }

    private static IntegrationLogEntry withoutBodies(IntegrationLogEntry e) {
        return new IntegrationLogEntry(e.correlationId(), e.loggedAt(), e.direction(), e.endpoint(), e.method(), e.entityKind(),
                e.code(), e.ptvId(), e.outcome(), e.httpStatus(), e.durationMillis(), e.attempt(), e.error(), null, null);
    }

    private static OffsetDateTime instant(Message message, String name) {
        String value = blankToNull(message.getHeader(name, String.class));
        try {
            return value == null ? null : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw badQuery(name, "an ISO-8601 instant such as 2026-11-22T08:00:00Z");
        }
    }

    private static int limit(Message message) {
        String value = blankToNull(message.getHeader("limit", String.class));
        try {
            int limit = value == null ? 100 : Integer.parseInt(value);
            if (limit < 1 || limit > IntegrationLogQuery.MAX_LIMIT) {
                throw badQuery("limit", "a number from 1 to " + IntegrationLogQuery.MAX_LIMIT);
            }
            return limit;
        } catch (NumberFormatException e) {
            throw badQuery("limit", "a number from 1 to " + IntegrationLogQuery.MAX_LIMIT);
        }
    }

    private static CallRefusal badQuery(String parameter, String expected) {
        return new CallRefusal(400, "bad-query", "query parameter '" + parameter + "' must be " + expected);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

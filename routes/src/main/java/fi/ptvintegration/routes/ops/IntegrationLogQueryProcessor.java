package fi.ptvintegration.routes.ops;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.ptvintegration.routes.http.CallOutcome;
import fi.ptvintegration.routes.store.IntegrationLogEntry;
import fi.ptvintegration.routes.store.IntegrationLogQuery;
import fi.ptvintegration.routes.store.IntegrationLogStore;
import fi.ptvintegration.routes.store.PatStore;
import fi.ptvintegration.routes.support.ExchangeKeys;
import fi.ptvintegration.routes.tenant.Caller;
import fi.ptvintegration.routes.tenant.TenantScope;
import java.util.ArrayList;
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
 * {@code bodies=true}. A malformed parameter is a 400 naming it. An admin of one tenant sees the
 * entries about the tenant's records only.
 */
public class IntegrationLogQueryProcessor implements Processor {

    private final IntegrationLogStore log;
    private final RecordVisibility visibility;

    public IntegrationLogQueryProcessor(IntegrationLogStore log, TenantScope scope, PatStore records) {
        this.log = log;
        this.visibility = new RecordVisibility(scope, records);
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
        String direction = OpsParameters.text(message, "direction");
        if (direction != null) {
            direction = direction.toUpperCase(Locale.ROOT);
            if (!direction.equals(IntegrationLogEntry.INBOUND) && !direction.equals(IntegrationLogEntry.OUTBOUND)) {
                throw OpsParameters.badQuery("direction", "IN or OUT");
            }
        }
        IntegrationLogQuery query = new IntegrationLogQuery(
                OpsParameters.text(message, "code"),
                OpsParameters.text(message, "correlationId"),
                OpsParameters.text(message, "outcome"),
                direction,
                OpsParameters.instant(message, "from"),
                OpsParameters.instant(message, "to"),
                OpsParameters.limit(message, IntegrationLogQuery.MAX_LIMIT));
        boolean bodies = "true".equalsIgnoreCase(message.getHeader("bodies", String.class));
        Caller caller = exchange.getProperty(ExchangeKeys.CALLER, Caller.class);
        List<IntegrationLogEntry> entries = new ArrayList<>();
        for (IntegrationLogEntry entry : log.find(query)) {
            if (visibility.visibleCode(caller, entry.code())) {
                entries.add(bodies ? entry : entry.withoutBodies());
            }
        }
        message.setBody(new Answer(entries.size(), entries));
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
    }
}

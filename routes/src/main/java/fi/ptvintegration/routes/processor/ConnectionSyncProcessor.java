package fi.ptvintegration.routes.processor;

import com.fasterxml.jackson.core.JsonProcessingException;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.model.ServiceOffering;
import fi.ptvintegration.ptv.client.PtvApiException;
import fi.ptvintegration.ptv.client.PtvClient;
import fi.ptvintegration.ptv.client.generated.model.V11VmOpenApiService;
import fi.ptvintegration.ptv.client.generated.model.V11VmOpenApiServiceAndChannelRelationInBase;
import fi.ptvintegration.ptv.client.generated.model.V11VmOpenApiServiceServiceChannel;
import fi.ptvintegration.routes.intake.IntakeHeaders;
import fi.ptvintegration.routes.intake.SecretRedactor;
import fi.ptvintegration.routes.mapping.ConnectionMapper;
import fi.ptvintegration.routes.push.PtvAccounts;
import fi.ptvintegration.routes.push.PushAnswer;
import fi.ptvintegration.routes.store.IntegrationLogEntry;
import fi.ptvintegration.routes.store.IntegrationLogStore;
import fi.ptvintegration.routes.store.PatStore;
import fi.ptvintegration.routes.store.PtvItem;
import fi.ptvintegration.routes.store.PtvItemStore;
import fi.ptvintegration.routes.store.StoredRecord;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a service is saved in PTV, sends its offerings as the service's whole set of connections
 * ({@code PUT Connection/serviceId/{id}}, which removes the ones left out), then reads the service
 * back and confirms that PTV holds exactly those channels. Offerings whose channel is not in PTV
 * yet are left out and named in the answer; a failure of the connection call is in the answer and
 * the log, never silent. Does nothing for other kinds.
 */
public class ConnectionSyncProcessor implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionSyncProcessor.class);

    private final PatStore store;
    private final PtvItemStore items;
    private final Supplier<PtvAccounts> accounts;
    private final IntegrationLogStore log;
    private final Clock clock;
    private final ConnectionMapper mapper = new ConnectionMapper();

    public ConnectionSyncProcessor(PatStore store, PtvItemStore items, Supplier<PtvAccounts> accounts, IntegrationLogStore log,
            Clock clock) {
        this.store = store;
        this.items = items;
        this.accounts = accounts;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        if (exchange.getProperty(PushStartProcessor.KIND, RecordKind.class) != RecordKind.SERVICE
                || !(exchange.getMessage().getBody() instanceof PushAnswer answer) || answer.ptvId() == null) {
            return;
        }
        List<ServiceOffering> offerings = new ArrayList<>();
        Map<String, String> channelIds = new HashMap<>();
        List<String> notInPtv = new ArrayList<>();
        for (StoredRecord stored : store.all(RecordKind.Namespace.OFFERING)) {
            ServiceOffering offering = (ServiceOffering) PatJson.mapper().readValue(stored.body(), fi.ptvintegration.pat.model.PatRecord.class);
            if (!offering.serviceCode().equals(answer.code())) {
                continue;
            }
            String channelId = items.find(RecordKind.Namespace.CHANNEL, offering.channelCode()).map(PtvItem::ptvId).orElse(null);
            if (channelId == null) {
                notInPtv.add(offering.code());
            } else {
                channelIds.put(offering.channelCode(), channelId);
                offerings.add(offering);
            }
        }
        String correlationId = exchange.getProperty(IntakeHeaders.CORRELATION_ID, String.class);
        V11VmOpenApiServiceAndChannelRelationInBase body = mapper.toPtv(offerings, channelIds);
        PtvClient ptv = accounts.get().clientFor(exchange.getProperty(IntakeHeaders.RECORD, fi.ptvintegration.pat.model.PatRecord.class));
        String endpoint = "/api/" + ptv.settings().apiVersion() + "/Connection/serviceId/" + answer.ptvId();
        long started = System.nanoTime();
        PushAnswer.Connections outcome;
        try {
            V11VmOpenApiService saved = ptv.replaceServiceConnections(answer.ptvId(), body);
            log(correlationId, "PUT", endpoint, answer.code(), answer.ptvId(), "connections-set", 200, started, null,
                    json(ptv, body), json(ptv, saved));
            started = System.nanoTime();
            V11VmOpenApiService readBack = ptv.getService(answer.ptvId());
            Set<String> held = new HashSet<>();
            if (readBack.getServiceChannels() != null) {
                for (V11VmOpenApiServiceServiceChannel channel : readBack.getServiceChannels()) {
                    if (channel.getServiceChannel() != null && channel.getServiceChannel().getId() != null) {
                        held.add(channel.getServiceChannel().getId().toString());
                    }
                }
            }
            boolean confirmed = held.equals(new HashSet<>(channelIds.values()));
            log(correlationId, "GET", "/api/" + ptv.settings().apiVersion() + "/Service/" + answer.ptvId(), answer.code(),
                    answer.ptvId(), confirmed ? "connections-confirmed" : "connections-differ", 200, started,
                    confirmed ? null : "PTV holds channels " + held + ", sent " + channelIds.values(), null, json(ptv, readBack));
            outcome = new PushAnswer.Connections(offerings.size(), confirmed, notInPtv,
                    confirmed ? null : "PTV's copy of the service has other channels than were sent; see the integration log");
        } catch (PtvApiException e) {
            log(correlationId, "PUT", endpoint, answer.code(), answer.ptvId(), "ptv-" + e.status(), e.status(), started,
                    e.getMessage(), json(ptv, body), e.responseBody());
            outcome = new PushAnswer.Connections(offerings.size(), false, notInPtv,
                    "the service was saved but its connections were not: " + e.getMessage());
        }
        exchange.getMessage().setBody(answer.withConnections(outcome));
    }

    private void log(String correlationId, String method, String endpoint, String code, String ptvId, String outcome, int status,
            long startedNanos, String error, String request, String response) {
        try {
            log.append(new IntegrationLogEntry(correlationId, OffsetDateTime.now(clock), IntegrationLogEntry.OUTBOUND, endpoint, method,
                    RecordKind.SERVICE.jsonName(), code, ptvId, outcome, status, (System.nanoTime() - startedNanos) / 1_000_000, 1,
                    error, SecretRedactor.redact(request), SecretRedactor.redact(response)));
        } catch (SQLException e) {
            LOG.error("Outbound log record of {} could not be written: {}", correlationId, e.getMessage());
        }
    }

    private static String json(PtvClient ptv, Object value) {
        try {
            return value == null ? null : ptv.objectMapper().writeValueAsString(Objects.requireNonNull(value));
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}

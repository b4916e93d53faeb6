package fi.ptvintegration.routes.processor;

import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.model.ServiceOffering;
import fi.ptvintegration.ptv.client.PtvApiException;
import fi.ptvintegration.ptv.client.PtvClient;
import fi.ptvintegration.ptv.client.generated.model.V11VmOpenApiService;
import fi.ptvintegration.ptv.client.generated.model.V11VmOpenApiServiceAndChannelRelationInBase;
import fi.ptvintegration.ptv.client.generated.model.V11VmOpenApiServiceServiceChannel;
import fi.ptvintegration.routes.intake.IntakeHeaders;
import fi.ptvintegration.routes.intake.IntakeRefusal;
import fi.ptvintegration.routes.mapping.ConnectionMapper;
import fi.ptvintegration.routes.push.PtvAccounts;
import fi.ptvintegration.routes.push.PushAnswer;
import fi.ptvintegration.routes.store.IntegrationLogStore;
import fi.ptvintegration.routes.store.PatStore;
import fi.ptvintegration.routes.store.PtvItem;
import fi.ptvintegration.routes.store.PtvItemStore;
import fi.ptvintegration.routes.store.StoredRecord;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * After a service is saved in PTV, sends its offerings as the service's whole set of connections
 * ({@code PUT Connection/serviceId/{id}}, which removes the ones left out), then reads the service
 * back and confirms that PTV holds exactly those channels. Offerings whose channel is not in PTV
 * yet are left out and named in the answer; PTV refusing the connections is in the answer and the
 * log, never silent; PTV unreachable or busy fails the attempt, so the outbox retries the delivery.
 * Does nothing for other kinds.
 */
public class ConnectionSyncProcessor implements Processor {

    private static final String SERVICE = RecordKind.SERVICE.jsonName();

    private final PatStore store;
    private final PtvItemStore items;
    private final Supplier<PtvAccounts> accounts;
    private final OutboundLog log;
    private final ConnectionMapper mapper = new ConnectionMapper();

    public ConnectionSyncProcessor(PatStore store, PtvItemStore items, Supplier<PtvAccounts> accounts, IntegrationLogStore log,
            Clock clock) {
        this.store = store;
        this.items = items;
        this.accounts = accounts;
        this.log = new OutboundLog(log, clock);
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
        for (StoredRecord stored : store.offeringsOf(answer.code())) {
            ServiceOffering offering = (ServiceOffering) PatJson.mapper().readValue(stored.body(), fi.ptvintegration.pat.model.PatRecord.class);
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
            log.write(new OutboundLog.Call(correlationId, "PUT", endpoint, SERVICE, answer.code(), started), answer.ptvId(),
                    "connections-set", 200, null, OutboundLog.json(ptv, body), OutboundLog.json(ptv, saved));
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
            log.write(new OutboundLog.Call(correlationId, "GET", "/api/" + ptv.settings().apiVersion() + "/Service/" + answer.ptvId(),
                    SERVICE, answer.code(), started), answer.ptvId(), confirmed ? "connections-confirmed" : "connections-differ", 200,
                    confirmed ? null : "PTV holds channels " + held + ", sent " + channelIds.values(), null,
                    OutboundLog.json(ptv, readBack));
            outcome = new PushAnswer.Connections(offerings.size(), confirmed, notInPtv,
                    confirmed ? null : "PTV's copy of the service has other channels than were sent; see the integration log");
        } catch (PtvApiException e) {
            log.write(new OutboundLog.Call(correlationId, "PUT", endpoint, SERVICE, answer.code(), started), answer.ptvId(),
                    "ptv-" + e.status(), e.status(), e.getMessage(), OutboundLog.json(ptv, body), e.responseBody());
            if (e.isTransportFailure() || e.status() >= 500 || e.status() == 429 || e.status() == 408) {
                // PTV was out of reach or busy: the delivery is retried, service and connections again.
                throw new IntakeRefusal(502, "ptv-unavailable", "the service was saved but PTV did not take its connections ("
                        + (e.isTransportFailure() ? "no answer" : "PTV answered " + e.status()) + ")", List.of(), e);
            }
            outcome = new PushAnswer.Connections(offerings.size(), false, notInPtv,
                    "the service was saved but its connections were not: " + e.getMessage());
        }
        exchange.getMessage().setBody(answer.withConnections(outcome));
    }
}

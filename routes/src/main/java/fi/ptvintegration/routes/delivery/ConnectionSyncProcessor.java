package fi.ptvintegration.routes.delivery;

import fi.ptvintegration.routes.ptv.OutboundLog;
import fi.ptvintegration.routes.ptv.PtvFailures;

import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.ptv.port.PtvPort;
import fi.ptvintegration.ptv.port.PtvReferences;
import fi.ptvintegration.ptv.port.PtvResult;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.model.ServiceOffering;
import fi.ptvintegration.ptv.port.PtvApiException;
import fi.ptvintegration.ptv.port.PtvWritesUnavailable;
import fi.ptvintegration.routes.support.ExchangeKeys;
import fi.ptvintegration.routes.http.CallRefusal;
import fi.ptvintegration.routes.ptv.PtvAccounts;
import fi.ptvintegration.routes.store.PatStore;
import fi.ptvintegration.routes.store.AttemptWrites;
import fi.ptvintegration.routes.store.PtvLink;
import fi.ptvintegration.routes.store.PtvItemStore;
import fi.ptvintegration.routes.store.StoredRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * After a service is saved in PTV, sends its offerings as the service's whole set of connections
 * ({@code PUT Connection/serviceId/{id}}, which removes the ones left out), then reads the service
 * back and confirms that PTV holds exactly those channels, and records the confirmed set
 * ({@link ConnectionSet}) for the daily sync. Removed offerings, and offerings whose channel was
 * removed or archived, are left out; offerings whose channel is not in PTV yet are left out and
 * named in the answer; PTV refusing the connections is in the answer and the log, never silent;
 * PTV unreachable or busy fails the attempt, so the outbox retries the delivery. Does nothing for
 * other kinds.
 */
public class ConnectionSyncProcessor implements Processor {

    private static final String SERVICE = RecordKind.SERVICE.jsonName();

    private final PatStore store;
    private final PtvItemStore items;
    private final PtvAccounts accounts;
    private final OutboundLog log;

    public ConnectionSyncProcessor(PatStore store, PtvItemStore items, PtvAccounts accounts, OutboundLog log) {
        this.store = store;
        this.items = items;
        this.accounts = accounts;
        this.log = log;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        if (exchange.getProperty(ExchangeKeys.RECORD_KIND, RecordKind.class) != RecordKind.SERVICE
                || !(exchange.getMessage().getBody() instanceof PushAnswer answer) || answer.ptvId() == null) {
            return;
        }
        List<ServiceOffering> offerings = new ArrayList<>();
        Map<String, String> channelIds = new HashMap<>();
        List<String> notInPtv = new ArrayList<>();
        List<ConnectionSet.Member> members = new ArrayList<>();
        for (StoredRecord stored : store.offeringsOf(answer.code())) {
            if (stored.removed()) {
                continue;
            }
            ServiceOffering offering = (ServiceOffering) PatJson.mapper().readValue(stored.body(), PatRecord.class);
            if (store.find(RecordKind.Namespace.CHANNEL, offering.channelCode()).map(StoredRecord::removed).orElse(true)) {
                continue;
            }
            Optional<PtvLink> channel = items.link(RecordKind.Namespace.CHANNEL, offering.channelCode());
            if (channel.isEmpty()) {
                notInPtv.add(offering.code());
            } else if (!channel.get().archived()) {
                channelIds.put(offering.channelCode(), channel.get().ptvId());
                offerings.add(offering);
                members.add(new ConnectionSet.Member(offering.code(), stored.contentHash(), offering.channelCode()));
            }
        }
        String correlationId = exchange.getProperty(ExchangeKeys.CORRELATION_ID, String.class);
        PtvReferences channels = PtvReferences.none();
        channelIds.forEach((code, id) -> channels.with(RecordKind.Namespace.CHANNEL, code, id));
        PtvPort ptv = accounts.portFor(exchange.getProperty(ExchangeKeys.RECORD, PatRecord.class));
        AttemptWrites writes = AttemptBeginProcessor.writesOf(exchange);
        OutboundLog.Context context = new OutboundLog.Context(correlationId, SERVICE, answer.code(), 1, writes);
        PushAnswer.Connections outcome;
        try {
            PtvResult<Void> set = ptv.replaceConnections(answer.ptvId(), offerings, channels);
            log.write(context, set.call(), answer.ptvId(), "connections-set", null);
            PtvResult<Set<String>> held = ptv.connectedChannels(answer.ptvId());
            boolean confirmed = held.value().equals(new HashSet<>(channelIds.values()));
            log.write(context, held.call(), answer.ptvId(), confirmed ? "connections-confirmed" : "connections-differ",
                    confirmed ? null : "PTV holds channels " + held.value() + ", sent " + channelIds.values());
            outcome = new PushAnswer.Connections(offerings.size(), confirmed, notInPtv,
                    confirmed ? null : "PTV's copy of the service has other channels than were sent; see the integration log");
            if (confirmed) {
                writes.connectionsConfirmed(answer.code(), ConnectionSet.hash(members));
            }
        } catch (PtvApiException e) {
            e.call().ifPresent(call -> log.write(context, call, answer.ptvId(), "ptv-" + e.status(), e.getMessage()));
            if (PtvFailures.meaning(e).retry()) {
                // PTV was out of reach or busy: the delivery is retried, service and connections again.
                throw new CallRefusal(502, "ptv-unavailable", "the service was saved but PTV did not take its connections ("
                        + (e.isTransportFailure() ? "no answer" : "PTV answered " + e.status()) + ")", List.of(), e);
            }
            outcome = new PushAnswer.Connections(offerings.size(), false, notInPtv,
                    "the service was saved but its connections were not: " + e.getMessage());
        } catch (PtvWritesUnavailable e) {
            outcome = new PushAnswer.Connections(offerings.size(), false, notInPtv,
                    "the service was saved but its connections were not: " + e.getMessage());
        }
        exchange.getMessage().setBody(answer.withConnections(outcome));
    }
}

package fi.ptvintegration.routes.status;

import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.sourceid.SourceIdMapping;
import fi.ptvintegration.routes.delivery.PushOperation;
import fi.ptvintegration.routes.http.CallRefusal;
import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.store.DeliveryStore;
import fi.ptvintegration.routes.store.PatStore;
import fi.ptvintegration.routes.store.PtvItemStore;
import fi.ptvintegration.routes.store.PtvLink;
import fi.ptvintegration.routes.store.StoredRecord;
import fi.ptvintegration.routes.support.ExchangeKeys;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Answers where a record stands ({@code GET /cxf/ptv/{kind}/status/{code}}, with Drupal's own
 * credentials, checked by the push route's one authentication step; a tenant's scope belongs
 * there too): its PTV id, publishing status and sourceId, whether PTV has the current stored
 * version, the last delivery's outcome and time, and the delivery still to be made. 404 for a
 * code that is not stored as that kind. Reads only this system's own records: no PTV call.
 */
public class ItemStatusProcessor implements Processor {

    private final PatStore records;
    private final PtvItemStore items;
    private final DeliveryStore deliveries;
    private final SourceIdMapping sourceIds;

    public ItemStatusProcessor(PatStore records, PtvItemStore items, DeliveryStore deliveries, SourceIdMapping sourceIds) {
        this.records = records;
        this.items = items;
        this.deliveries = deliveries;
        this.sourceIds = sourceIds;
    }

    @Override
    public void process(Exchange exchange) throws SQLException {
        RecordKind kind = exchange.getProperty(ExchangeKeys.RECORD_KIND, RecordKind.class);
        String code = exchange.getMessage().getHeader(ExchangeKeys.CODE, String.class);
        StoredRecord stored = records.find(kind.namespace(), code).filter(r -> r.kind() == kind).orElseThrow(
                () -> new CallRefusal(404, "not-found", "no " + kind.jsonName() + " '" + code + "' is stored"));
        Optional<PtvLink> link = items.link(kind.namespace(), code);
        boolean current = stored.removed()
                ? link.isEmpty() || link.get().archived()
                : link.isPresent() && !link.get().archived() && stored.contentHash().equals(link.get().sentHash());
        String sourceId = link.map(PtvLink::sourceId).orElseGet(() -> sourceIds.toSourceId(code).sourceId().orElse(null));
        exchange.getMessage().setBody(new ItemStatus(exchange.getProperty(ExchangeKeys.CORRELATION_ID, String.class),
                kind.jsonName(), code, sourceId, link.map(PtvLink::ptvId).orElse(null), link.map(PtvLink::publishingStatus).orElse(null),
                current,
                new ItemStatus.Stored(stored.version(), stored.contentHash(), stored.changedAt(), stored.removedAt()),
                link.map(l -> new ItemStatus.Sent(l.sentVersion(), l.sentHash(), l.sentAt(), l.archivedAt())).orElse(null),
                deliveries.lastFinishedOf(kind.namespace(), code).map(ItemStatusProcessor::view).orElse(null),
                deliveries.activeOf(kind.namespace(), code).map(ItemStatusProcessor::view).orElse(null)));
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
    }

    private static ItemStatus.DeliveryView view(Delivery delivery) {
        boolean finished = delivery.status().equals(Delivery.DELIVERED) || delivery.status().equals(Delivery.FAILED)
                || delivery.status().equals(Delivery.DISMISSED);
        String operation;
        try {
            operation = PushOperation.valueOf(delivery.operation()).path();
        } catch (IllegalArgumentException unknown) {
            operation = delivery.operation().toLowerCase(Locale.ROOT);
        }
        return new ItemStatus.DeliveryView(delivery.id(), operation, delivery.status(), delivery.attempts(),
                delivery.deliveredAt() != null ? delivery.deliveredAt() : delivery.updatedAt(),
                finished ? null : delivery.nextAttemptAt(), delivery.lastError(), delivery.failureSignature());
    }
}

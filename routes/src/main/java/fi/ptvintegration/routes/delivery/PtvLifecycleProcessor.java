package fi.ptvintegration.routes.delivery;

import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.PatReferences;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.ptv.port.PtvApiException;


import fi.ptvintegration.ptv.port.PtvItemViews;
import fi.ptvintegration.ptv.port.PtvPort;
import fi.ptvintegration.ptv.port.PtvReferences;
import fi.ptvintegration.ptv.port.PtvRequest;
import fi.ptvintegration.ptv.port.PtvSaved;
import fi.ptvintegration.ptv.port.PtvTarget;
import fi.ptvintegration.routes.ptv.ItemLifecycle;
import fi.ptvintegration.routes.ptv.OutboundLog;
import fi.ptvintegration.routes.ptv.PtvAccounts;
import fi.ptvintegration.routes.ptv.PtvFailures;
import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.store.PatStore;
import fi.ptvintegration.routes.store.AttemptWrites;
import fi.ptvintegration.routes.store.PtvItem;
import fi.ptvintegration.routes.store.PtvItemStore;
import fi.ptvintegration.routes.store.PtvLink;
import fi.ptvintegration.routes.store.StoredRecord;
import fi.ptvintegration.routes.support.ExchangeKeys;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Archives a removed record's PTV item, or publishes an archived one again, by the item's PTV id
 * through the {@link PtvPort} of its account, and records it in {@code ptv_item}: archiving
 * sends the record as last stored with publishing status Deleted (PTV validates the whole body,
 * then keeps its content and the sourceId), restoring sends the current record with Published.
 * The rules PTV would refuse on are checked first: nothing to archive for a record never in PTV,
 * a draft cannot be archived, an organisation that live records name cannot be, and a record
 * removed again since its restore was asked for is not published. An item archived already is
 * answered {@code unchanged} without a call. PTV's refusals become Drupal's answers by
 * {@link PtvFailures#answer}; each call leaves an outbound integration-log record.
 */
public class PtvLifecycleProcessor implements Processor {

    private final PtvAccounts accounts;
    private final PatStore records;
    private final PtvItemStore items;
    private final OutboundLog log;
    private final Clock clock;

    public PtvLifecycleProcessor(PtvAccounts accounts, PatStore records, PtvItemStore items, OutboundLog log, Clock clock) {
        this.accounts = accounts;
        this.records = records;
        this.items = items;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        PatRecord record = exchange.getProperty(ExchangeKeys.RECORD, PatRecord.class);
        StoredRecord stored = exchange.getProperty(ExchangeKeys.STORED_RECORD, StoredRecord.class);
        PushOperation operation = exchange.getProperty(ExchangeKeys.PUSH_OPERATION, PushOperation.class);
        Delivery delivery = exchange.getProperty(ExchangeKeys.DELIVERY, Delivery.class);
        String correlationId = exchange.getProperty(ExchangeKeys.CORRELATION_ID, String.class);
        RecordKind kind = record.kind();
        boolean archive = operation == PushOperation.ARCHIVE;
        PtvLink link = items.link(record.namespace(), record.code())
                .orElseThrow(() -> ItemLifecycle.neverInPtv(kind, record.code(), archive ? "archive" : "restore"));
        if (archive == link.archived()) {
            answer(exchange, delivery, correlationId, record, link.sourceId(), link.ptvId(), link.publishingStatus(), "unchanged");
            return;
        }
        if (archive) {
            ItemLifecycle.draftCannotBeArchived(kind, record.code(), link).ifPresent(refusal -> {
                throw refusal;
            });
            if (kind == RecordKind.ORGANIZATION) {
                ItemLifecycle.organizationInUse(record.code(), records.liveRecordsNaming(record.code()), "archived")
                        .ifPresent(refusal -> {
                            throw refusal;
                        });
            }
        } else if (stored.removed()) {
            throw ItemLifecycle.removedRecordPushed(stored);
        }
        PtvPort ptv = accounts.portFor(record);
        PtvRequest request = ptv.prepare(record, link.sourceId(), references(record));
        AttemptWrites writes = AttemptBeginProcessor.writesOf(exchange);
        OutboundLog.Context context = new OutboundLog.Context(correlationId, kind.jsonName(), record.code(),
                delivery == null ? 1 : delivery.attempts(), writes);
        PtvSaved saved;
        try {
            saved = archive ? ptv.archive(request, PtvTarget.byId(link.ptvId())) : ptv.restore(request, PtvTarget.byId(link.ptvId()));
            log.write(context, saved.call(), link.ptvId(), archive ? "archived" : "restored", null);
        } catch (PtvApiException e) {
            e.call().ifPresent(call -> log.write(context, call, link.ptvId(), "ptv-" + e.status(), e.getMessage()));
            throw PtvFailures.answer(e, archive ? PtvFailures.Operation.ARCHIVE : PtvFailures.Operation.RESTORE, kind, record.code(),
                    link.sourceId());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String status = saved.publishingStatus() != null ? saved.publishingStatus() : archive ? "Deleted" : "Published";
        if (archive) {
            writes.itemArchived(record.namespace(), record.code(), status, now);
        } else {
            writes.itemSaved(record.namespace(), new PtvItem(record.code(), link.sourceId(), link.ptvId(), status, stored.version(),
                    stored.contentHash(), now, saved.item() == null ? null
                            : new PtvItem.Held(saved.item().modified(), PtvItemViews.contentHash(saved.item()), saved.item().fields(), now)));
            writes.itemUnarchived(record.namespace(), record.code());
        }
        answer(exchange, delivery, correlationId, record, link.sourceId(), link.ptvId(), status, archive ? "archived" : "restored");
    }

    /** The PTV ids of what the record names: PTV validates an archiving body like any other. */
    private PtvReferences references(PatRecord record) throws SQLException {
        PtvReferences references = PtvReferences.none();
        for (PatReferences.Reference reference : PatReferences.of(record)) {
            PtvItem referred = items.find(reference.namespace(), reference.code())
                    .orElseThrow(() -> new MissingReference(reference.kind(), reference.code(), reference.field(),
                            PtvFailures.pushPath(reference.kind())));
            references.with(reference.namespace(), reference.code(), referred.ptvId());
        }
        return references;
    }

    private static void answer(Exchange exchange, Delivery delivery, String correlationId, PatRecord record, String sourceId,
            String ptvId, String status, String outcome) {
        exchange.getMessage().setBody(new PushAnswer(correlationId, delivery == null ? null : delivery.id(), record.kind().jsonName(),
                record.code(), sourceId, ptvId, status, outcome, null));
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
    }
}

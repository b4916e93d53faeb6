package fi.ptvintegration.routes.push;

import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.sourceid.SourceIdMapping;
import fi.ptvintegration.routes.delivery.PushAnswer;
import fi.ptvintegration.routes.delivery.PushOperation;
import fi.ptvintegration.routes.ptv.ItemLifecycle;
import fi.ptvintegration.routes.store.PatStore;
import fi.ptvintegration.routes.store.PtvItemStore;
import fi.ptvintegration.routes.store.PtvLink;
import fi.ptvintegration.routes.store.StoredRecord;
import fi.ptvintegration.routes.support.ExchangeKeys;
import java.sql.SQLException;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Before an archive or a restore is queued, what needs no PTV call is settled here. Archive: a
 * record never in PTV is refused (nothing to archive), one already archived is answered
 * {@code unchanged} at once, a draft is refused (PTV archives only published items), and an
 * organisation that live records still name is refused naming them. Restore: a removed record is
 * made live again; when its PTV item is not archived (never in PTV, or the daily sync had not
 * archived it yet) that is all, answered {@code restored} at once; an archived item is queued to
 * be published again. Create and update pass through.
 */
public class LifecycleRequestProcessor implements Processor {

    private final PatStore records;
    private final PtvItemStore items;
    private final SourceIdMapping sourceIds;

    public LifecycleRequestProcessor(PatStore records, PtvItemStore items, SourceIdMapping sourceIds) {
        this.records = records;
        this.items = items;
        this.sourceIds = sourceIds;
    }

    @Override
    public void process(Exchange exchange) throws SQLException {
        PushOperation operation = exchange.getProperty(ExchangeKeys.PUSH_OPERATION, PushOperation.class);
        if (!operation.changesStatus()) {
            return;
        }
        StoredRecord stored = exchange.getProperty(ExchangeKeys.STORED_RECORD, StoredRecord.class);
        RecordKind kind = stored.kind();
        Optional<PtvLink> link = items.link(kind.namespace(), stored.code());
        if (operation == PushOperation.ARCHIVE) {
            PtvLink inPtv = link.orElseThrow(() -> ItemLifecycle.neverInPtv(kind, stored.code(), "archive"));
            if (inPtv.archived()) {
                answer(exchange, stored, inPtv, "unchanged");
                return;
            }
            ItemLifecycle.draftCannotBeArchived(kind, stored.code(), inPtv).ifPresent(refusal -> {
                throw refusal;
            });
            if (kind == RecordKind.ORGANIZATION) {
                ItemLifecycle.organizationInUse(stored.code(), records.liveRecordsNaming(stored.code()), "archived")
                        .ifPresent(refusal -> {
                            throw refusal;
                        });
            }
            return;
        }
        if (stored.removed()) {
            records.unremove(kind.namespace(), stored.code())
                    .ifPresent(live -> exchange.setProperty(ExchangeKeys.STORED_RECORD, live));
        }
        if (link.isEmpty() || !link.get().archived()) {
            answer(exchange, stored, link.orElse(null), "restored");
        }
    }

    private void answer(Exchange exchange, StoredRecord stored, PtvLink link, String outcome) {
        exchange.setProperty(ExchangeKeys.ANSWERED, true);
        String sourceId = link != null ? link.sourceId() : sourceIds.toSourceId(stored.code()).sourceId().orElse(null);
        exchange.getMessage().setBody(new PushAnswer(exchange.getProperty(ExchangeKeys.CORRELATION_ID, String.class), null,
                stored.kind().jsonName(), stored.code(), sourceId, link == null ? null : link.ptvId(),
                link == null ? null : link.publishingStatus(), outcome, null));
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
    }
}

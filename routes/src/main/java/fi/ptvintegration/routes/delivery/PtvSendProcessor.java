package fi.ptvintegration.routes.delivery;

import fi.ptvintegration.routes.ptv.OutboundLog;
import fi.ptvintegration.routes.ptv.PtvAnswerCheck;
import fi.ptvintegration.routes.ptv.PtvFailures;

import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.sourceid.SourceIdMapping;
import fi.ptvintegration.pat.model.PatReferences;
import fi.ptvintegration.ptv.port.PtvItemViews;
import fi.ptvintegration.ptv.port.PtvPort;
import fi.ptvintegration.ptv.port.PtvReferences;
import fi.ptvintegration.ptv.port.PtvRequest;
import fi.ptvintegration.ptv.port.PtvSaved;
import fi.ptvintegration.ptv.port.PtvTarget;
import fi.ptvintegration.pat.validation.Violation;
import fi.ptvintegration.ptv.port.PtvApiException;


import fi.ptvintegration.routes.support.ExchangeKeys;
import fi.ptvintegration.routes.http.CallRefusal;
import fi.ptvintegration.routes.ptv.PtvAccounts;
import fi.ptvintegration.routes.store.AttemptWrites;
import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.store.PtvItem;
import fi.ptvintegration.routes.store.PtvItemStore;
import fi.ptvintegration.routes.store.StoredRecord;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a stored record to PTV through the {@link PtvPort} of its account: maps the code to a
 * sourceId, resolves the records it refers to into PTV ids (refusing with {@code not-in-ptv} when
 * one is not there yet), creates ({@code post}) or updates ({@code put}: by PTV id when this system
 * knows it, else by sourceId), records code, sourceId, PTV id, status and the sent version in
 * {@code ptv_item} (held with the attempt's other writes until its outcome is committed:
 * {@link AttemptWrites}), and answers Drupal.
 *
 * <p>PTV's refusals become Drupal's answers by {@link PtvFailures#answer}. Each PTV call leaves an
 * outbound integration-log record with the body sent and PTV's answer. PTV's answer to a save is
 * checked before it is stored ({@link PtvAnswerCheck}): what does not fit is left out and named in
 * the answer, the log record and karaf.log, and the delivery still counts as delivered.
 */
public class PtvSendProcessor implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(PtvSendProcessor.class);

    private final PtvAccounts accounts;
    private final SourceIdMapping sourceIds;
    private final boolean createWhenMissing;
    private final PtvItemStore items;
    private final DriftCheck drift;
    private final OutboundLog log;
    private final Clock clock;

    /**
     * @param createWhenMissing a put of something PTV does not have creates it instead of answering "use post"
     * @param drift the look at PTV before writing over a linked item (Modified guard, drift policy)
     */
    public PtvSendProcessor(PtvAccounts accounts, SourceIdMapping sourceIds, boolean createWhenMissing, PtvItemStore items,
            DriftCheck drift, OutboundLog log, Clock clock) {
        this.accounts = accounts;
        this.sourceIds = sourceIds;
        this.createWhenMissing = createWhenMissing;
        this.items = items;
        this.drift = drift;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        PatRecord record = exchange.getProperty(ExchangeKeys.RECORD, PatRecord.class);
        StoredRecord stored = exchange.getProperty(ExchangeKeys.STORED_RECORD, StoredRecord.class);
        PushOperation operation = exchange.getProperty(ExchangeKeys.PUSH_OPERATION, PushOperation.class);
        String correlationId = exchange.getProperty(ExchangeKeys.CORRELATION_ID, String.class);
        String kind = record.kind().jsonName();

        SourceIdMapping.Result mapped = sourceIds.toSourceId(record.code());
        String sourceId = mapped.sourceId().orElseThrow(() -> new CallRefusal(422, "validation",
                "the code cannot become a PTV sourceId", List.of(new Violation("code", "source-id", mapped.refusal()))));
        PtvReferences references = PtvReferences.none();
        for (PatReferences.Reference reference : PatReferences.of(record)) {
            references.with(reference.namespace(), reference.code(), referencedPtvId(reference));
        }
        PtvPort ptv = accounts.portFor(record);
        PtvRequest request = ptv.prepare(record, sourceId, references);

        Optional<PtvItem> known = items.find(record.namespace(), record.code());
        Delivery delivery = exchange.getProperty(ExchangeKeys.DELIVERY, Delivery.class);
        int attempt = delivery == null ? 1 : delivery.attempts();
        AttemptWrites writes = AttemptBeginProcessor.writesOf(exchange);
        OutboundLog.Context context = new OutboundLog.Context(correlationId, kind, record.code(), attempt, writes);
        Attempt call = new Attempt(ptv, request, context);
        PtvSaved saved;
        boolean createdByAnEarlierAttempt = delivery != null && delivery.attempts() > 1 && known.isPresent();
        if (operation == PushOperation.CREATE && delivery != null && (delivery.mayHaveReachedPtv() || createdByAnEarlierAttempt)) {
            // An earlier attempt may have created it (its answer was lost, or it was saved and a later
            // step failed) or an admin replays it: never a second create. Update what PTV has by id or
            // sourceId; create only if it has nothing.
            lookBeforeWriting(ptv, record, known, context);
            saved = call.update(known.map(k -> PtvTarget.byId(k.ptvId())).orElse(PtvTarget.bySourceId(sourceId)), true);
        } else if (operation == PushOperation.CREATE && known.filter(k -> PtvItem.ADOPTED.equals(k.origin())).isPresent()) {
            // Linked to an item that existed in PTV before: a create would make a second copy of it.
            throw new CallRefusal(409, "already-in-ptv", kind + " '" + record.code() + "' is linked to PTV item "
                    + known.get().ptvId() + " (adopted): use " + PtvFailures.pushPath(record.kind()) + "/put/" + record.code());
        } else if (operation == PushOperation.CREATE) {
            saved = call.create(PtvFailures.Operation.CREATE);
        } else {
            lookBeforeWriting(ptv, record, known, context);
            saved = call.update(known.map(k -> PtvTarget.byId(k.ptvId())).orElse(PtvTarget.bySourceId(sourceId)),
                    createWhenMissing);
        }
        exchange.setProperty(ExchangeKeys.PTV_SAVED, true);
        String outcome = "POST".equals(saved.call().method()) ? "created" : "updated";
        if (!call.notStored().isEmpty()) {
            LOG.warn("PTV saved {} '{}' ({}), but not all of its answer fits: {}", kind, record.code(), outcome,
                    String.join("; ", call.notStored()));
        }
        if (saved.ptvId() != null) {
            Optional<PtvItemStore.Linked> other = items.findByPtvId(saved.ptvId())
                    .filter(linked -> linked.namespace() != record.namespace() || !linked.item().code().equals(record.code()));
            if (other.isPresent()) {
                // PTV saved it as an item this system already maps to another code (e.g. after a sourceId change).
                throw new CallRefusal(409, "ptv-id-conflict", "PTV saved " + kind + " '" + record.code() + "' as item "
                        + saved.ptvId() + ", which this system already maps to another code; ask the integration admin to"
                        + " check ptv_item before pushing again");
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            writes.itemSaved(record.namespace(), new PtvItem(record.code(), sourceId, saved.ptvId(), saved.publishingStatus(),
                    stored.version(), stored.contentHash(), now, saved.item() == null ? null
                            : new PtvItem.Held(saved.item().modified(), PtvItemViews.contentHash(saved.item()), saved.item().fields(), now)));
        }
        drift.written(record, writes);
        exchange.getMessage().setBody(new PushAnswer(correlationId, delivery == null ? null : delivery.id(), kind, record.code(),
                sourceId, saved.ptvId(), saved.publishingStatus(), outcome, null, call.notStored()));
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
    }

    /** Before a write over a linked item: the Modified guard and the drift check ({@link DriftCheck}). */
    private void lookBeforeWriting(PtvPort ptv, PatRecord record, Optional<PtvItem> known, OutboundLog.Context context)
            throws Exception {
        if (known.isPresent()) {
            drift.before(ptv, record, known.get(), context);
        }
    }

    private String referencedPtvId(PatReferences.Reference reference) throws SQLException {
        return items.find(reference.namespace(), reference.code()).map(PtvItem::ptvId)
                .orElseThrow(() -> new MissingReference(reference.kind(), reference.code(), reference.field(),
                        PtvFailures.pushPath(reference.kind())));
    }

    /**
     * The PTV calls of one delivery attempt, each logged with the body sent and PTV's answer; a
     * save's answer is checked ({@link PtvAnswerCheck}) before anything stores it.
     */
    private final class Attempt {
        private final PtvPort ptv;
        private final PtvRequest request;
        private final OutboundLog.Context context;
        private final List<String> notStored = new ArrayList<>();

        Attempt(PtvPort ptv, PtvRequest request, OutboundLog.Context context) {
            this.ptv = ptv;
            this.request = request;
            this.context = context;
        }

        PtvSaved create(PtvFailures.Operation operation) throws PtvApiException {
            return logged(operation, () -> ptv.create(request));
        }

        /** What PTV answered that did not fit and was not stored, one sentence each. */
        List<String> notStored() {
            return notStored;
        }

        /** Update the target; when PTV does not have it, create when allowed, else answer "use post". */
        PtvSaved update(PtvTarget target, boolean create) throws PtvApiException {
            try {
                return logged(null, () -> ptv.update(request, target));
            } catch (PtvApiException e) {
                if (e.status() != 404 || !create) {
                    throw PtvFailures.answer(e, PtvFailures.Operation.UPDATE, request.kind(), context.code(), request.sourceId());
                }
            }
            return create(PtvFailures.Operation.CREATE);
        }

        /** Makes one call and logs it; a refusal is translated unless {@code operation} is null (the caller decides). */
        private PtvSaved logged(PtvFailures.Operation operation, PtvWrite write) throws PtvApiException {
            try {
                PtvSaved saved = write.run();
                PtvAnswerCheck.Checked checked = PtvAnswerCheck.check(saved);
                notStored.addAll(checked.notStored());
                log.write(context, saved.call(), checked.ptvId(), "POST".equals(saved.call().method()) ? "created" : "updated",
                        checked.note());
                return checked.applyTo(saved);
            } catch (PtvApiException e) {
                e.call().ifPresent(call -> log.write(context, call, null, "ptv-" + e.status(), e.getMessage()));
                if (operation == null) {
                    throw e;
                }
                throw PtvFailures.answer(e, operation, request.kind(), context.code(), request.sourceId());
            }
        }
    }

    @FunctionalInterface
    private interface PtvWrite {
        PtvSaved run() throws PtvApiException;
    }
}

package fi.ptvintegration.routes.processor;

import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.sourceid.SourceIdMapping;
import fi.ptvintegration.pat.validation.Violation;
import fi.ptvintegration.ptv.client.PtvApiException;
import fi.ptvintegration.ptv.client.PtvClient;
import fi.ptvintegration.routes.intake.IntakeHeaders;
import fi.ptvintegration.routes.intake.IntakeRefusal;
import fi.ptvintegration.routes.delivery.DeliveryProperties;
import fi.ptvintegration.routes.push.MissingReference;
import fi.ptvintegration.routes.push.PtvAccounts;
import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.push.PtvErrorTranslator;
import fi.ptvintegration.routes.push.PtvItemPusher;
import fi.ptvintegration.routes.push.PushAnswer;
import fi.ptvintegration.routes.push.PushOperation;
import fi.ptvintegration.routes.push.SavedItem;
import fi.ptvintegration.routes.store.IntegrationLogStore;
import fi.ptvintegration.routes.store.PtvItem;
import fi.ptvintegration.routes.store.PtvItemStore;
import fi.ptvintegration.routes.store.StoredRecord;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Sends a stored record to PTV with the {@link PtvItemPusher} of its kind: maps the code to a
 * sourceId, resolves the records it refers to into PTV ids (refusing with {@code not-in-ptv} when
 * one is not there yet), creates ({@code post}) or updates ({@code put}: by PTV id when this system
 * knows it, else by sourceId), records code, sourceId, PTV id, status and the sent version in
 * {@code ptv_item}, and answers Drupal.
 *
 * <p>PTV's answers are translated: 400 into violations in PAT terms (422), "already exists" on post
 * into "use put" (409), 404 on put into "use post" (409), 401/403 and unreachable or 5xx into 502.
 * Each PTV call leaves an outbound integration-log record with the body sent and PTV's answer.
 */
public class PtvPushProcessor implements Processor {

    private final Map<RecordKind, PtvItemPusher> pushers;
    private final Supplier<PtvAccounts> accounts;
    private final Supplier<SourceIdMapping> sourceIds;
    private final java.util.function.BooleanSupplier createWhenMissing;
    private final PtvItemStore items;
    private final OutboundLog log;
    private final Clock clock;

    /**
     * @param createWhenMissing a put of something PTV does not have creates it instead of answering "use post"
     */
    public PtvPushProcessor(List<PtvItemPusher> pushers, Supplier<PtvAccounts> accounts, Supplier<SourceIdMapping> sourceIds,
            java.util.function.BooleanSupplier createWhenMissing, PtvItemStore items, IntegrationLogStore log, Clock clock) {
        this.pushers = pushers.stream().collect(Collectors.toMap(PtvItemPusher::kind, Function.identity()));
        this.accounts = accounts;
        this.sourceIds = sourceIds;
        this.createWhenMissing = createWhenMissing;
        this.items = items;
        this.log = new OutboundLog(log, clock);
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        PatRecord record = exchange.getProperty(IntakeHeaders.RECORD, PatRecord.class);
        StoredRecord stored = exchange.getProperty(StoredRecordLoader.STORED, StoredRecord.class);
        PushOperation operation = exchange.getProperty(PushStartProcessor.OPERATION, PushOperation.class);
        String correlationId = exchange.getProperty(IntakeHeaders.CORRELATION_ID, String.class);
        PtvItemPusher pusher = pushers.get(record.kind());
        String kind = record.kind().jsonName();

        SourceIdMapping.Result mapped = sourceIds.get().toSourceId(record.code());
        String sourceId = mapped.sourceId().orElseThrow(() -> new IntakeRefusal(422, "validation",
                "the code cannot become a PTV sourceId", List.of(new Violation("code", "source-id", mapped.refusal()))));
        Object body = pusher.toPtv(record, sourceId, this::referencedPtvId);

        PtvClient ptv = accounts.get().clientFor(record);
        Optional<PtvItem> known = items.find(record.namespace(), record.code());
        Delivery delivery = exchange.getProperty(DeliveryProperties.DELIVERY, Delivery.class);
        int attempt = delivery == null ? 1 : delivery.attempts();
        String path = "/api/" + ptv.settings().apiVersion() + "/" + pusher.ptvPath();
        Attempt call = new Attempt(ptv, pusher, body, path, correlationId, kind, record.code(), attempt);
        SavedItem saved;
        boolean createdByAnEarlierAttempt = delivery != null && delivery.attempts() > 1 && known.isPresent();
        if (operation == PushOperation.CREATE && delivery != null && (delivery.mayHaveReachedPtv() || createdByAnEarlierAttempt)) {
            // An earlier attempt may have created it (its answer was lost, or it was saved and a later
            // step failed) or an admin replays it: never a second create. Update what PTV has by id or
            // sourceId; create only if it has nothing.
            saved = known.isPresent() ? call.update(known.get().ptvId(), sourceId, true)
                    : call.updateOrCreate(sourceId, true, operation);
        } else if (operation == PushOperation.CREATE) {
            saved = call.create(operation, sourceId);
        } else {
            saved = known.isPresent() ? call.update(known.get().ptvId(), sourceId, createWhenMissing.getAsBoolean())
                    : call.updateOrCreate(sourceId, createWhenMissing.getAsBoolean(), operation);
        }
        String method = call.lastMethod;
        String outcome = "POST".equals(method) ? "created" : "updated";
        if (saved.ptvId() != null) {
            try {
                items.save(record.namespace(), new PtvItem(record.code(), sourceId, saved.ptvId(), saved.publishingStatus(),
                        stored.version(), stored.contentHash(), OffsetDateTime.now(clock)));
            } catch (SQLException e) {
                if (!"23505".equals(e.getSQLState())) {
                    throw e;
                }
                // PTV saved it as an item this system already maps to another code (e.g. after a sourceId change).
                throw new IntakeRefusal(409, "ptv-id-conflict", "PTV saved " + kind + " '" + record.code() + "' as item "
                        + saved.ptvId() + ", which this system already maps to another code; ask the integration admin to"
                        + " check ptv_item before pushing again");
            }
        }
        exchange.getMessage().setBody(new PushAnswer(correlationId, delivery == null ? null : delivery.id(), kind, record.code(),
                sourceId, saved.ptvId(), saved.publishingStatus(), outcome, null));
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
    }

    private String referencedPtvId(RecordKind kind, String code, String field) throws SQLException {
        return items.find(kind.namespace(), code).map(PtvItem::ptvId)
                .orElseThrow(() -> new MissingReference(kind, code, field, pushPath(kind)));
    }

    /** The PTV calls of one delivery attempt, each logged with the body sent and PTV's answer. */
    private final class Attempt {
        private final PtvClient ptv;
        private final PtvItemPusher pusher;
        private final Object body;
        private final String path;
        private final String correlationId;
        private final String kind;
        private final String code;
        private final int attempt;
        private String lastMethod;

        Attempt(PtvClient ptv, PtvItemPusher pusher, Object body, String path, String correlationId, String kind, String code,
                int attempt) {
            this.ptv = ptv;
            this.pusher = pusher;
            this.body = body;
            this.path = path;
            this.correlationId = correlationId;
            this.kind = kind;
            this.code = code;
            this.attempt = attempt;
        }

        SavedItem create(PushOperation operation, String sourceId) throws PtvApiException {
            return logged("POST", path, operation, sourceId, () -> pusher.create(ptv, body));
        }

        /** Update by PTV id; when PTV no longer has that id, create when allowed, else answer "use post". */
        SavedItem update(String ptvId, String sourceId, boolean create) throws PtvApiException {
            try {
                return logged("PUT", path + "/" + ptvId, null, sourceId, () -> pusher.update(ptv, ptvId, sourceId, body));
            } catch (PtvApiException e) {
                if (e.status() != 404 || !create) {
                    throw translate(e, PushOperation.UPDATE, kind, code, sourceId);
                }
            }
            return create(PushOperation.CREATE, sourceId);
        }

        /** Update by sourceId; when PTV has nothing under it, create when allowed, else answer "use post". */
        SavedItem updateOrCreate(String sourceId, boolean create, PushOperation asked) throws PtvApiException {
            try {
                return logged("PUT", path + "/sourceId/" + sourceId, null, sourceId, () -> pusher.update(ptv, null, sourceId, body));
            } catch (PtvApiException e) {
                if (e.status() != 404 || !create) {
                    throw translate(e, PushOperation.UPDATE, kind, code, sourceId);
                }
            }
            return create(PushOperation.CREATE, sourceId);
        }

        /** Makes one call and logs it; a refusal is translated unless {@code operation} is null (the caller decides). */
        private SavedItem logged(String method, String endpoint, PushOperation operation, String sourceId, PtvWrite write)
                throws PtvApiException {
            lastMethod = method;
            long started = System.nanoTime();
            try {
                SavedItem saved = write.run();
                log.write(new OutboundLog.Call(correlationId, method, endpoint, kind, code, started, attempt), saved.ptvId(),
                        "POST".equals(method) ? "created" : "updated", 200, null, OutboundLog.json(ptv, body),
                        OutboundLog.json(ptv, saved.answer()));
                return saved;
            } catch (PtvApiException e) {
                log.write(new OutboundLog.Call(correlationId, method, endpoint, kind, code, started, attempt), null,
                        "ptv-" + e.status(), e.status(), e.getMessage(), OutboundLog.json(ptv, body), e.responseBody());
                if (operation == null) {
                    throw e;
                }
                throw translate(e, operation, kind, code, sourceId);
            }
        }
    }

    @FunctionalInterface
    private interface PtvWrite {
        SavedItem run() throws PtvApiException;
    }

    static String pushPath(RecordKind kind) {
        return kind.isChannel() ? "/cxf/ptv/servicechannel/" + kind.jsonName() : "/cxf/ptv/" + kind.jsonName();
    }

    static IntakeRefusal translate(PtvApiException e, PushOperation operation, String kind, String code, String sourceId) {
        RecordKind recordKind = RecordKind.fromJsonName(kind).orElseThrow();
        if (e.status() == 400 && operation == PushOperation.CREATE && PtvErrorTranslator.saysAlreadyExists(e.responseBody())) {
            return new IntakeRefusal(409, "already-in-ptv", "PTV already has a " + kind + " with sourceId '" + sourceId
                    + "': use " + pushPath(recordKind) + "/put/" + code, List.of(), e);
        }
        if (e.status() == 400) {
            return new IntakeRefusal(422, "ptv-rejected", "PTV refused " + kind + " '" + code + "'",
                    PtvErrorTranslator.violations(e.responseBody()), e);
        }
        if (e.status() == 404 && operation == PushOperation.UPDATE) {
            return new IntakeRefusal(409, "not-in-ptv", kind + " '" + code + "' is not in PTV yet: use "
                    + pushPath(recordKind) + "/post/" + code, List.of(), e);
        }
        if (e.status() == 401 || e.status() == 403) {
            return new IntakeRefusal(502, "ptv-authentication", "PTV refused the integration's credentials (" + e.status()
                    + "); ask the integration admin to check the PTV account", List.of(), e);
        }
        return new IntakeRefusal(502, "ptv-unavailable", e.isTransportFailure()
                ? "PTV could not be reached or did not answer in time"
                : "PTV answered " + e.status(), List.of(), e);
    }
}

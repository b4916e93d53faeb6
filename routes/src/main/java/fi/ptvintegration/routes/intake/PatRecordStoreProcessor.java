package fi.ptvintegration.routes.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.model.ServiceOffering;
import fi.ptvintegration.pat.validation.Violation;
import fi.ptvintegration.routes.support.ExchangeKeys;
import fi.ptvintegration.routes.http.CallLogProcessor;
import fi.ptvintegration.routes.http.CallRefusal;
import fi.ptvintegration.routes.ptv.ItemLifecycle;
import fi.ptvintegration.routes.store.PatStore;
import fi.ptvintegration.routes.store.PtvItemStore;
import fi.ptvintegration.routes.store.StoreOutcome;
import fi.ptvintegration.routes.store.StoreResult;
import fi.ptvintegration.routes.store.StoredRecord;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Stores a validated record: {@code put} creates (201), an identical repeat is a no-op (200,
 * unchanged), different content for a stored code is a conflict (409); {@code update} replaces
 * (200, updated) or answers 404 for an unknown code. An offering whose service or channel is not
 * stored is refused (422) with the missing code named. The code of a removed record is refused
 * (409 {@code code-retired}): PTV keeps an archived item's sourceId for ever.
 *
 * <p>The answer and the call's integration-log record are made inside the store's transaction, so
 * an accepted call costs one commit and the record Drupal was told about and its log record are
 * durable together; a refusal is logged afterwards by the route's error handler.
 */
public class PatRecordStoreProcessor implements Processor {

    private final PatStore store;
    private final PtvItemStore items;
    private final CallLogProcessor callLog;

    public PatRecordStoreProcessor(PatStore store, PtvItemStore items, CallLogProcessor callLog) {
        this.store = store;
        this.items = items;
        this.callLog = callLog;
    }

    @Override
    public void process(Exchange exchange) throws SQLException {
        PatRecord record = exchange.getProperty(ExchangeKeys.RECORD, PatRecord.class);
        IntakeMode mode = IntakeMode.of(exchange.getMessage().getHeader(ExchangeKeys.MODE, String.class));
        String correlationId = exchange.getProperty(ExchangeKeys.CORRELATION_ID, String.class);
        if (record instanceof ServiceOffering offering) {
            requireReferences(offering);
        }
        String canonical = canonicalJson(record);
        CallLogProcessor.InTransaction logged = callLog.inTransaction(exchange);
        PatStore.SameTransaction answerAndLog = (connection, stored) -> {
            answer(exchange, stored, correlationId);
            logged.write(connection);
        };
        StoreResult result = mode == IntakeMode.UPDATE
                ? store.update(record.kind(), record.code(), canonical, correlationId, answerAndLog)
                : store.put(record.kind(), record.code(), canonical, correlationId, answerAndLog);
        logged.committed();
        String name = record.kind().jsonName() + " '" + record.code() + "'";
        switch (result.outcome()) {
            case CREATED, UPDATED, UNCHANGED -> {
                if (!logged.written()) {
                    // A concurrent put of the same new code won: the answer was not made in the transaction.
                    answer(exchange, result, correlationId);
                }
            }
            case NOT_FOUND -> throw new CallRefusal(404, "not-found",
                    "no " + name + " is stored: create it with put first");
            case CONFLICT -> throw conflict(record, result.record(), mode);
            case CODE_RETIRED -> throw ItemLifecycle.codeRetired(result.record(),
                    items.link(result.record().kind().namespace(), result.record().code()));
            case REMOVED -> throw new IllegalStateException("a put or update never removes");
        }
    }

    private void requireReferences(ServiceOffering offering) throws SQLException {
        List<Violation> missing = new ArrayList<>();
        reference(missing, "serviceCode", "service", RecordKind.Namespace.SERVICE, offering.serviceCode());
        reference(missing, "channelCode", "service channel", RecordKind.Namespace.CHANNEL, offering.channelCode());
        if (!missing.isEmpty()) {
            throw new CallRefusal(422, "unknown-reference",
                    "offering '" + offering.code() + "' names what is not stored or was removed: "
                            + missing.stream().map(v -> v.path() + " '" + (v.path().equals("serviceCode")
                                    ? offering.serviceCode() : offering.channelCode()) + "'").toList(),
                    missing);
        }
    }

    /** An offering's service or channel must be stored and live. */
    private void reference(List<Violation> missing, String field, String what, RecordKind.Namespace namespace, String code)
            throws SQLException {
        Optional<StoredRecord> named = store.find(namespace, code);
        if (named.isEmpty()) {
            missing.add(new Violation(field, "unknown-code", "no " + what + " with code '" + code
                    + "' is stored: send it to /cxf/yleiset/put first"));
        } else if (named.get().removed()) {
            missing.add(new Violation(field, "removed", what + " '" + code + "' was removed on " + named.get().removedAt()));
        }
    }

    private static CallRefusal conflict(PatRecord record, StoredRecord existing, IntakeMode mode) {
        if (existing.kind() != record.kind()) {
            return new CallRefusal(409, "conflict", "code '" + record.code() + "' is already a "
                    + existing.kind().jsonName() + "; a code cannot change kind (PTV keeps one sourceId per "
                    + existing.kind().namespace().name().toLowerCase(Locale.ROOT) + ")");
        }
        return new CallRefusal(409, "conflict", record.kind().jsonName() + " '" + record.code()
                + "' is stored with other content (version " + existing.version() + ", changed " + existing.changedAt()
                + "): use update to replace it");
    }

    /**
     * Drupal's answer to a stored record: 201 created, 200 updated or unchanged, with the content
     * review's warnings and then the code-list check's.
     */
    private static void answer(Exchange exchange, StoreResult result, String correlationId) {
        StoredRecord stored = result.record();
        String outcome = result.outcome().name().toLowerCase(Locale.ROOT);
        List<Violation> warnings = new ArrayList<>(warnings(exchange, ExchangeKeys.WARNINGS));
        warnings.addAll(warnings(exchange, CodeListValidationProcessor.WARNINGS));
        exchange.getMessage().setBody(new IntakeAnswer(correlationId, outcome, stored.kind().jsonName(), stored.code(),
                stored.version(), stored.contentHash(), stored.changedAt(), warnings));
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, result.outcome() == StoreOutcome.CREATED ? 201 : 200);
    }

    @SuppressWarnings("unchecked")
    private static List<Violation> warnings(Exchange exchange, String property) {
        List<Violation> warnings = exchange.getProperty(property, List.class);
        return warnings == null ? List.of() : warnings;
    }

    /** The record as the mapper writes it: the same content always gives the same text and hash. */
    private static String canonicalJson(PatRecord record) {
        try {
            return PatJson.mapper().writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a bound PAT record always serialises", e);
        }
    }
}

package fi.ptvintegration.routes.intake;

import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.routes.http.CallRefusal;
import fi.ptvintegration.routes.ptv.ItemLifecycle;
import fi.ptvintegration.routes.store.PatStore;
import fi.ptvintegration.routes.store.PtvItemStore;
import fi.ptvintegration.routes.store.PtvLink;
import fi.ptvintegration.routes.store.StoreOutcome;
import fi.ptvintegration.routes.store.StoreResult;
import fi.ptvintegration.routes.store.StoredRecord;
import fi.ptvintegration.routes.support.ExchangeKeys;
import java.sql.SQLException;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Marks a record removed because Drupal says it is gone: the record and every version stay, its
 * code stays taken, and its PTV item is archived by the next daily sync (or at once with the
 * archive push). Answers 200 {@code removed}, or {@code unchanged} when it was removed already;
 * 404 for an unknown code, 409 for a code of another kind, and 409 {@code in-use} for an
 * organisation that live records still name, listing them (PTV would refuse to archive it).
 */
public class RecordRemovalProcessor implements Processor {

    private final PatStore records;
    private final PtvItemStore items;

    public RecordRemovalProcessor(PatStore records, PtvItemStore items) {
        this.records = records;
        this.items = items;
    }

    @Override
    public void process(Exchange exchange) throws SQLException {
        RemovalReader.Removal removal = exchange.getProperty(RemovalReader.REMOVAL, RemovalReader.Removal.class);
        String correlationId = exchange.getProperty(ExchangeKeys.CORRELATION_ID, String.class);
        exchange.getMessage().setHeader(ExchangeKeys.CODE, removal.code());
        if (removal.kind() == RecordKind.ORGANIZATION) {
            Optional<StoredRecord> organization = records.find(RecordKind.Namespace.ORGANIZATION, removal.code());
            if (organization.isPresent() && !organization.get().removed()) {
                ItemLifecycle.organizationInUse(removal.code(), records.liveRecordsNaming(removal.code()), "removed").ifPresent(refusal -> {
                    throw refusal;
                });
            }
        }
        StoreResult result = records.remove(removal.kind(), removal.code(), correlationId);
        String name = removal.kind().jsonName() + " '" + removal.code() + "'";
        switch (result.outcome()) {
            case NOT_FOUND -> throw new CallRefusal(404, "not-found", "no " + name + " is stored");
            case CONFLICT -> throw new CallRefusal(409, "conflict", "code '" + removal.code() + "' is a "
                    + result.record().kind().jsonName() + " record, not " + removal.kind().jsonName());
            default -> answer(exchange, correlationId, result.outcome() == StoreOutcome.REMOVED ? "removed" : "unchanged",
                    result.record());
        }
    }

    private void answer(Exchange exchange, String correlationId, String outcome, StoredRecord removed) throws SQLException {
        Optional<PtvLink> link = removed.kind() == RecordKind.OFFERING ? Optional.empty()
                : items.link(removed.kind().namespace(), removed.code());
        String archive;
        if (removed.kind() == RecordKind.OFFERING) {
            archive = "the connection is taken off its service at the service's next push or the next daily sync";
        } else if (link.isEmpty()) {
            archive = "nothing to archive: it was never in PTV";
        } else if (link.get().archived()) {
            archive = "its PTV item was archived on " + link.get().archivedAt();
        } else {
            archive = "its PTV item is archived at the next daily sync, or at once with POST "
                    + ItemLifecycle.archivePath(removed.kind(), removed.code());
        }
        exchange.getMessage().setBody(new RemovalAnswer(correlationId, outcome, removed.kind().jsonName(), removed.code(),
                removed.version(), removed.removedAt(), link.map(PtvLink::ptvId).orElse(null), archive));
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
    }
}

package fi.ptvintegration.routes.delivery;


import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.validation.PatValidator;
import fi.ptvintegration.pat.validation.Violation;
import fi.ptvintegration.routes.support.ExchangeKeys;
import fi.ptvintegration.routes.http.CallRefusal;
import fi.ptvintegration.routes.ptv.ItemLifecycle;
import fi.ptvintegration.routes.store.PatStore;
import fi.ptvintegration.routes.store.StoredRecord;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Reads the PAT record a push names (its kind from the path, {@code code} from the path) from the PAT store, and checks
 * it again against PTV's rules (the rules may be newer than the record). Not stored: 404. A create or update of a
 * removed record is refused (409 {@code removed}), and an archive of a live one (409 {@code not-removed}); an archive
 * is not checked against the rules again: PTV takes the record as last stored, and judges it itself.
 */
public class StoredRecordLoader implements Processor {

    public static final String STORED = "ptvStoredRecord";

    private final PatStore store;
    private final PatValidator validator;

    public StoredRecordLoader(PatStore store, PatValidator validator) {
        this.store = store;
        this.validator = validator;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        String code = exchange.getMessage().getHeader(ExchangeKeys.CODE, String.class);
        RecordKind kind = exchange.getProperty(ExchangeKeys.RECORD_KIND, RecordKind.class);
        StoredRecord stored = store.find(kind.namespace(), code).filter(r -> r.kind() == kind).orElseThrow(
                () -> new CallRefusal(404, "not-found", "no " + kind.jsonName() + " '" + code
                        + "' is stored: send it to /cxf/yleiset/put first"));
        PushOperation operation = exchange.getProperty(ExchangeKeys.PUSH_OPERATION, PushOperation.class);
        if (stored.removed() && (operation == PushOperation.CREATE || operation == PushOperation.UPDATE)) {
            throw ItemLifecycle.removedRecordPushed(stored);
        }
        if (!stored.removed() && operation == PushOperation.ARCHIVE) {
            throw ItemLifecycle.notRemoved(stored);
        }
        PatRecord record = PatJson.mapper().readValue(stored.body(), PatRecord.class);
        List<Violation> violations = operation == PushOperation.ARCHIVE ? List.of() : validator.validate(record);
        if (!violations.isEmpty()) {
            throw new CallRefusal(422, "validation", kind.jsonName() + " '" + code + "' breaks PTV's rules", violations);
        }
        exchange.setProperty(ExchangeKeys.RECORD, record);
        exchange.setProperty(STORED, stored);
    }
}

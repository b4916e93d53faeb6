package fi.ptvintegration.routes.intake;

import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.routes.http.CallRefusal;
import fi.ptvintegration.routes.store.PatStore;
import fi.ptvintegration.routes.store.StoredRecord;
import fi.ptvintegration.routes.support.ExchangeKeys;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Reads the record a removal names from the PAT store, so that the steps after it know which
 * record it is (the tenant check: a tenant removes only its own organisations' records; the
 * integration log): 404 for a code not stored, 409 for a code of another kind.
 */
public class RemovalTargetLoader implements Processor {

    private final PatStore records;

    public RemovalTargetLoader(PatStore records) {
        this.records = records;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        RemovalReader.Removal removal = exchange.getProperty(RemovalReader.REMOVAL, RemovalReader.Removal.class);
        exchange.getMessage().setHeader(ExchangeKeys.CODE, removal.code());
        StoredRecord stored = records.find(removal.kind().namespace(), removal.code()).orElseThrow(() -> new CallRefusal(404,
                "not-found", "no " + removal.kind().jsonName() + " '" + removal.code() + "' is stored"));
        if (stored.kind() != removal.kind()) {
            throw new CallRefusal(409, "conflict", "code '" + removal.code() + "' is a " + stored.kind().jsonName() + " record, not "
                    + removal.kind().jsonName());
        }
        exchange.setProperty(ExchangeKeys.RECORD, PatJson.mapper().readValue(stored.body(), PatRecord.class));
    }
}

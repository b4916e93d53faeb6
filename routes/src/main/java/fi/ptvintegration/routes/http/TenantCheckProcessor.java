package fi.ptvintegration.routes.http;

import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.routes.store.PatStore;
import fi.ptvintegration.routes.store.StoredRecord;
import fi.ptvintegration.routes.support.ExchangeKeys;
import fi.ptvintegration.routes.tenant.Caller;
import fi.ptvintegration.routes.tenant.TenantScope;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Lets a caller of a tenant act only on its own organisations' records: refuses with 403
 * {@code forbidden-organization}, naming the organisation, a record of another tenant's
 * organisation, also one stored now under another tenant (no record moves between tenants).
 * Does nothing for the node's own credentials and when no tenant is configured.
 */
public class TenantCheckProcessor implements Processor {

    private final TenantScope scope;
    private final PatStore records;

    public TenantCheckProcessor(TenantScope scope, PatStore records) {
        this.scope = scope;
        this.records = records;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Caller caller = exchange.getProperty(ExchangeKeys.CALLER, Caller.class);
        PatRecord record = exchange.getProperty(ExchangeKeys.RECORD, PatRecord.class);
        if (caller == null || caller.global() || record == null) {
            return;
        }
        Optional<StoredRecord> stored = records.find(record.namespace(), record.code());
        Optional<PatRecord> storedRecord = stored.isEmpty() ? Optional.empty()
                : Optional.of(PatJson.mapper().readValue(stored.get().body(), PatRecord.class));
        Optional<String> refusal = scope.refusal(caller, record, storedRecord);
        if (refusal.isPresent()) {
            throw new CallRefusal(403, "forbidden-organization", refusal.get());
        }
    }
}

package fi.ptvintegration.routes.http;

import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.routes.store.PatStore;
import fi.ptvintegration.routes.store.StoredRecord;
import fi.ptvintegration.routes.support.ExchangeKeys;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Reads the record a call names by kind and code in its path (a push, an archive, a restore, a
 * status), removed or not and without checking it against PTV's rules, so that the tenant check
 * right after it knows whose record it is before anything else about the record is said: 404
 * for a code not stored as that kind.
 */
public class TargetRecordLoader implements Processor {

    private final PatStore records;

    public TargetRecordLoader(PatStore records) {
        this.records = records;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        RecordKind kind = exchange.getProperty(ExchangeKeys.RECORD_KIND, RecordKind.class);
        String code = exchange.getMessage().getHeader(ExchangeKeys.CODE, String.class);
        StoredRecord stored = records.find(kind.namespace(), code).filter(r -> r.kind() == kind).orElseThrow(
                () -> new CallRefusal(404, "not-found", "no " + kind.jsonName() + " '" + code
                        + "' is stored: send it to /cxf/yleiset/put first"));
        exchange.setProperty(ExchangeKeys.RECORD, PatJson.mapper().readValue(stored.body(), PatRecord.class));
    }
}

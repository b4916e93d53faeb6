package fi.ptvintegration.routes.ops;

import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.routes.http.CallRefusal;
import fi.ptvintegration.routes.store.PatStore;
import fi.ptvintegration.routes.store.StoredRecord;
import fi.ptvintegration.routes.tenant.Caller;
import fi.ptvintegration.routes.tenant.TenantScope;
import java.util.Optional;

/**
 * What an admin of one tenant may see and act on in {@code /cxf/ops}: deliveries, log entries
 * and drift of the tenant's own records. A global admin (and every admin when no tenant is
 * configured) sees everything. A record no longer stored is visible to global admins only.
 */
final class RecordVisibility {

    private final TenantScope scope;
    private final PatStore records;

    RecordVisibility(TenantScope scope, PatStore records) {
        this.scope = scope;
        this.records = records;
    }

    /** Whether the caller sees the record of that namespace (a {@code RecordKind.Namespace} name) and code. */
    boolean visible(Caller caller, String namespace, String code) throws Exception {
        if (caller == null || caller.global()) {
            return true;
        }
        Optional<StoredRecord> stored = records.find(RecordKind.Namespace.valueOf(namespace), code);
        return stored.isPresent() && scope.visible(caller, PatJson.mapper().readValue(stored.get().body(), PatRecord.class));
    }

    /** Whether the caller sees a record with the code in any namespace (log entries name the code only). */
    boolean visibleCode(Caller caller, String code) throws Exception {
        if (caller == null || caller.global()) {
            return true;
        }
        if (code == null) {
            return false;
        }
        for (RecordKind.Namespace namespace : RecordKind.Namespace.values()) {
            if (visible(caller, namespace.name(), code)) {
                return true;
            }
        }
        return false;
    }

    /** Refuses (403) an admin of another tenant acting on the record; {@code what} names it for the refusal. */
    void require(Caller caller, String namespace, String code, String what) throws Exception {
        if (!visible(caller, namespace, code)) {
            throw new CallRefusal(403, "forbidden-organization", what + " is of '" + code + "', which is not a record of tenant '"
                    + caller.tenant().map(t -> t.name()).orElse("") + "'");
        }
    }
}

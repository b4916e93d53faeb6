package fi.ptvintegration.routes.tenant;

import fi.ptvintegration.pat.model.Organization;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.PatReferences;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.model.ServiceOffering;
import fi.ptvintegration.routes.store.PatStore;
import fi.ptvintegration.routes.store.StoredRecord;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which tenant a record belongs to, and whether a caller may act on it. A tenant owns the
 * organisations its configuration lists and their sub-organisations (an organisation whose
 * parent, or parent's parent..., it owns); a service belongs with its responsible organisation,
 * a channel with its owner, an offering with its service. A caller of a tenant may act only on
 * records of that tenant, before and after the change: a record cannot be moved to another
 * tenant's organisation. A caller without a tenant (the node's own credentials, a global admin)
 * acts on every record; so does everyone when no tenant is configured.
 */
public class TenantScope {

    private static final int MAX_DEPTH = 20;

    private final TenantDirectory tenants;
    private final PatStore records;

    public TenantScope(TenantDirectory tenants, PatStore records) {
        this.tenants = tenants;
        this.records = records;
    }

    /** The tenant that owns the organisation (listed, or a parent listed), if any. */
    public Optional<Tenant> tenantOf(String organizationCode) throws Exception {
        if (tenants.isEmpty()) {
            // A node of one municipality: no listing to find, so no parent records to read (a push asks for each).
            return Optional.empty();
        }
        Set<String> seen = new HashSet<>();
        String code = organizationCode;
        for (int depth = 0; code != null && depth < MAX_DEPTH && seen.add(code); depth++) {
            Optional<Tenant> listing = tenants.listing(code);
            if (listing.isPresent()) {
                return listing;
            }
            code = parentOf(code);
        }
        return Optional.empty();
    }

    /** The organisation whose tenant the record belongs with (for a new sub-organisation, its parent's). */
    public Optional<String> organizationOf(PatRecord record) throws Exception {
        if (record instanceof ServiceOffering offering) {
            Optional<StoredRecord> service = records.find(RecordKind.Namespace.SERVICE, offering.serviceCode());
            return service.isEmpty() ? Optional.empty()
                    : Optional.ofNullable(PatReferences.owningOrganization(PatJson.mapper().readValue(service.get().body(), PatRecord.class)));
        }
        return Optional.ofNullable(PatReferences.owningOrganization(record));
    }

    /**
     * Why a caller of one tenant may not act on the record (it belongs to another tenant's
     * organisation, or to no tenant's), naming the organisation; empty when it may. {@code stored}
     * is the record as it is stored now, if it is, which the caller must own too.
     */
    public Optional<String> refusal(Caller caller, PatRecord record, Optional<PatRecord> stored) throws Exception {
        if (caller.global()) {
            return Optional.empty();
        }
        Tenant tenant = caller.tenant().orElseThrow();
        Optional<String> refusal = refusal(tenant, record, "");
        if (refusal.isEmpty() && stored.isPresent()) {
            refusal = refusal(tenant, stored.get(), " as stored now");
        }
        return refusal;
    }

    /** Why the caller may not act for the organisation (its own or its sub-organisations'); empty when it may. */
    public Optional<String> refusal(Caller caller, String organizationCode) throws Exception {
        if (caller.global()) {
            return Optional.empty();
        }
        Tenant tenant = caller.tenant().orElseThrow();
        Optional<Tenant> owner = tenantOf(organizationCode);
        return owner.isPresent() && owner.get().name().equals(tenant.name()) ? Optional.empty()
                : Optional.of("organisation '" + organizationCode + "' is not one of tenant '" + tenant.name() + "'");
    }

    /** Whether the caller may see or act on the record's deliveries and log entries. */
    public boolean visible(Caller caller, PatRecord record) throws Exception {
        if (caller.global()) {
            return true;
        }
        Optional<Tenant> owner = tenantOf(record);
        return owner.isPresent() && owner.get().name().equals(caller.tenant().orElseThrow().name());
    }

    /** The tenant the record belongs to; a new sub-organisation belongs with its parent. */
    public Optional<Tenant> tenantOf(PatRecord record) throws Exception {
        Optional<String> organization = organizationOf(record);
        Optional<Tenant> owner = organization.isEmpty() ? Optional.empty() : tenantOf(organization.get());
        if (owner.isEmpty() && record instanceof Organization org && org.parentOrganizationCode() != null
                && !org.parentOrganizationCode().isBlank()) {
            return tenantOf(org.parentOrganizationCode());
        }
        return owner;
    }

    private Optional<String> refusal(Tenant tenant, PatRecord record, String when) throws Exception {
        String code = organizationOf(record).orElse(null);
        Optional<Tenant> owner = tenantOf(record);
        if (owner.isEmpty() || !Objects.equals(owner.get().name(), tenant.name())) {
            return Optional.of(record.kind().jsonName() + " '" + record.code() + "'" + when + " belongs to organisation '"
                    + (code == null ? "unknown" : code) + "', which is not one of tenant '" + tenant.name() + "'");
        }
        return Optional.empty();
    }

    private String parentOf(String organizationCode) throws Exception {
        Optional<StoredRecord> stored = records.find(RecordKind.Namespace.ORGANIZATION, organizationCode);
        if (stored.isEmpty()) {
            return null;
        }
        Organization organization = (Organization) PatJson.mapper().readValue(stored.get().body(), PatRecord.class);
        String parent = organization.parentOrganizationCode();
        return parent == null || parent.isBlank() ? null : parent;
    }
}

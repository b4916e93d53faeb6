package fi.ptvintegration.routes.ptv;

import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.PatReferences;
import fi.ptvintegration.ptv.port.PtvPort;
import java.util.Map;
import java.util.Optional;

/**
 * Which PTV account (so which {@link PtvPort}) a record is pushed with. PTV write rights and
 * sourceIds belong to an account, and an account may cover only some organisations: a record
 * goes with the account of its tenant when the tenant has one, else with the account configured
 * for its owning organisation (an organisation: its own code; a service: its responsible
 * organisation; a channel: its owner), else with the default account.
 */
public final class PtvAccounts {

    /** The PTV account of the tenant a record belongs to, when the tenant has one of its own. */
    @FunctionalInterface
    public interface TenantAccounts {
        Optional<PtvPort> portFor(PatRecord record) throws Exception;
    }

    private final PtvPort defaultPort;
    private final Map<String, PtvPort> byOrganisationCode;
    private final TenantAccounts tenants;

    public PtvAccounts(PtvPort defaultPort, Map<String, PtvPort> byOrganisationCode) {
        this(defaultPort, byOrganisationCode, record -> Optional.empty());
    }

    private PtvAccounts(PtvPort defaultPort, Map<String, PtvPort> byOrganisationCode, TenantAccounts tenants) {
        this.defaultPort = defaultPort;
        this.byOrganisationCode = Map.copyOf(byOrganisationCode);
        this.tenants = tenants;
    }

    /** These accounts, with the tenants' own accounts first: a tenant's records go with its account. */
    public PtvAccounts withTenants(TenantAccounts tenantAccounts) {
        return new PtvAccounts(defaultPort, byOrganisationCode, tenantAccounts);
    }

    public PtvPort portFor(PatRecord record) throws Exception {
        Optional<PtvPort> tenant = tenants.portFor(record);
        if (tenant.isPresent()) {
            return tenant.get();
        }
        String owner = PatReferences.owningOrganization(record);
        return owner == null ? defaultPort : byOrganisationCode.getOrDefault(owner, defaultPort);
    }
}

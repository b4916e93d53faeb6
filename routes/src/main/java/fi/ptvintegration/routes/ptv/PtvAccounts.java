package fi.ptvintegration.routes.ptv;

import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.PatReferences;
import fi.ptvintegration.ptv.port.PtvPort;
import java.time.Clock;
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
    private final PtvLogins logins;

    /** Accounts whose logins nobody watches (their ports log in, or send no token, unobserved). */
    public PtvAccounts(PtvPort defaultPort, Map<String, PtvPort> byOrganisationCode) {
        this(defaultPort, byOrganisationCode, new PtvLogins(Clock.systemUTC()));
    }

    /** @param logins the login state of the accounts whose token sources it watches */
    public PtvAccounts(PtvPort defaultPort, Map<String, PtvPort> byOrganisationCode, PtvLogins logins) {
        this(defaultPort, byOrganisationCode, record -> Optional.empty(), logins);
    }

    private PtvAccounts(PtvPort defaultPort, Map<String, PtvPort> byOrganisationCode, TenantAccounts tenants, PtvLogins logins) {
        this.defaultPort = defaultPort;
        this.byOrganisationCode = Map.copyOf(byOrganisationCode);
        this.tenants = tenants;
        this.logins = logins;
    }

    /** These accounts, with the tenants' own accounts first: a tenant's records go with its account. */
    public PtvAccounts withTenants(TenantAccounts tenantAccounts) {
        return new PtvAccounts(defaultPort, byOrganisationCode, tenantAccounts, logins);
    }

    /** How the accounts' logins fare (the tenants' own accounts watch theirs in the same place when given it). */
    public PtvLogins logins() {
        return logins;
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

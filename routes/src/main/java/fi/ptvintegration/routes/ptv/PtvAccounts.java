package fi.ptvintegration.routes.ptv;

import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.PatReferences;
import fi.ptvintegration.ptv.port.PtvPort;
import java.time.Clock;
import java.util.Map;

/**
 * Which PTV account (so which {@link PtvPort}) a record is pushed with. PTV write rights and
 * sourceIds belong to an account, and an account may cover only some organisations: a record
 * goes with the account configured for its owning organisation (an organisation: its own code;
 * a service: its responsible organisation; a channel: its owner), else with the default account.
 */
public final class PtvAccounts {

    private final PtvPort defaultPort;
    private final Map<String, PtvPort> byOrganisationCode;
    private final PtvLogins logins;

    /** @param logins the login state of the accounts whose token sources it watches */
    public PtvAccounts(PtvPort defaultPort, Map<String, PtvPort> byOrganisationCode, PtvLogins logins) {
        this.defaultPort = defaultPort;
        this.byOrganisationCode = Map.copyOf(byOrganisationCode);
        this.logins = logins;
    }

    /** Accounts whose logins nobody watches (their ports log in, or send no token, unobserved). */
    public PtvAccounts(PtvPort defaultPort, Map<String, PtvPort> byOrganisationCode) {
        this(defaultPort, byOrganisationCode, new PtvLogins(Clock.systemUTC()));
    }

    /** How the accounts' logins fare. */
    public PtvLogins logins() {
        return logins;
    }

    public PtvPort portFor(PatRecord record) {
        String owner = PatReferences.owningOrganization(record);
        return owner == null ? defaultPort : byOrganisationCode.getOrDefault(owner, defaultPort);
    }
}

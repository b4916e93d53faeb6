package fi.ptvintegration.routes.ptv;

import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.PatReferences;
import fi.ptvintegration.ptv.port.PtvPort;
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

    public PtvAccounts(PtvPort defaultPort, Map<String, PtvPort> byOrganisationCode) {
        this.defaultPort = defaultPort;
        this.byOrganisationCode = Map.copyOf(byOrganisationCode);
    }

    public PtvPort portFor(PatRecord record) {
        String owner = PatReferences.owningOrganization(record);
        return owner == null ? defaultPort : byOrganisationCode.getOrDefault(owner, defaultPort);
    }
}

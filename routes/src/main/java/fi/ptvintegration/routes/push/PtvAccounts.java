package fi.ptvintegration.routes.push;

import fi.ptvintegration.pat.model.Organization;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.Service;
import fi.ptvintegration.pat.model.ServiceChannel;
import fi.ptvintegration.pat.model.ServiceOffering;
import fi.ptvintegration.ptv.client.PtvClient;
import java.util.Map;

/**
 * Which PTV client (and so which PTV API account) a record is pushed with. PTV write rights and
 * sourceIds belong to an account, and an account may cover only some organisations: a record
 * goes with the account configured for its owning organisation (an organisation: its own code;
 * a service: its responsible organisation; a channel: its owner), else with the default account.
 */
public final class PtvAccounts {

    private final PtvClient defaultClient;
    private final Map<String, PtvClient> byOrganisationCode;

    public PtvAccounts(PtvClient defaultClient, Map<String, PtvClient> byOrganisationCode) {
        this.defaultClient = defaultClient;
        this.byOrganisationCode = Map.copyOf(byOrganisationCode);
    }

    public static PtvAccounts single(PtvClient client) {
        return new PtvAccounts(client, Map.of());
    }

    public PtvClient clientFor(PatRecord record) {
        return byOrganisationCode.getOrDefault(owningOrganisation(record), defaultClient);
    }

    /** For a service's connections: the service's account. */
    public PtvClient clientForOrganisation(String organisationCode) {
        return organisationCode == null ? defaultClient : byOrganisationCode.getOrDefault(organisationCode, defaultClient);
    }

    public PtvClient defaultClient() {
        return defaultClient;
    }

    static String owningOrganisation(PatRecord record) {
        if (record instanceof Organization organization) {
            return organization.code();
        } else if (record instanceof Service service) {
            return service.responsibleOrganizationCode();
        } else if (record instanceof ServiceChannel channel) {
            return channel.organizationCode();
        } else if (record instanceof ServiceOffering) {
            return null;
        }
        return null;
    }
}

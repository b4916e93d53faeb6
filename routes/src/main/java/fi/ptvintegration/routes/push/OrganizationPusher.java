package fi.ptvintegration.routes.push;

import fi.ptvintegration.pat.model.Organization;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.ptv.client.PtvApiException;
import fi.ptvintegration.ptv.client.PtvClient;
import fi.ptvintegration.ptv.client.generated.model.V10VmOpenApiOrganization;
import fi.ptvintegration.ptv.client.generated.model.V9VmOpenApiOrganizationIn;
import fi.ptvintegration.ptv.client.generated.model.V9VmOpenApiOrganizationInBase;
import fi.ptvintegration.routes.mapping.OrganizationMapper;
import java.sql.SQLException;

/** Organisations: {@link OrganizationMapper}, parent resolved to its PTV id. */
public class OrganizationPusher implements PtvItemPusher {

    private final OrganizationMapper mapper = new OrganizationMapper();

    @Override
    public RecordKind kind() {
        return RecordKind.ORGANIZATION;
    }

    @Override
    public String ptvPath() {
        return "Organization";
    }

    @Override
    public Object toPtv(PatRecord record, String sourceId, PtvIdLookup references) throws SQLException {
        Organization org = (Organization) record;
        String parent = org.parentOrganizationCode() == null || org.parentOrganizationCode().isBlank() ? null
                : references.ptvId(RecordKind.ORGANIZATION, org.parentOrganizationCode(), "parentOrganizationCode");
        return mapper.toPtv(org, sourceId, parent);
    }

    @Override
    public SavedItem create(PtvClient client, Object body) throws PtvApiException {
        return saved(client.createOrganization((V9VmOpenApiOrganizationIn) body));
    }

    @Override
    public SavedItem update(PtvClient client, String ptvId, String sourceId, Object body) throws PtvApiException {
        V9VmOpenApiOrganizationInBase update = FullUpdate.of(client.objectMapper(), body, V9VmOpenApiOrganizationInBase.class,
                java.util.Set.of("emails", "phoneNumbers", "webPages", "addresses"));
        return saved(ptvId != null ? client.updateOrganizationById(ptvId, update) : client.updateOrganizationBySourceId(sourceId, update));
    }

    private static SavedItem saved(V10VmOpenApiOrganization answer) {
        return new SavedItem(answer.getId() == null ? null : answer.getId().toString(), answer.getPublishingStatus(), answer);
    }
}

package fi.ptvintegration.routes.push;

import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.model.Service;
import fi.ptvintegration.pat.model.ServiceProducer;
import fi.ptvintegration.ptv.client.PtvApiException;
import fi.ptvintegration.ptv.client.PtvClient;
import fi.ptvintegration.ptv.client.generated.model.V11VmOpenApiService;
import fi.ptvintegration.ptv.client.generated.model.V9VmOpenApiServiceIn;
import fi.ptvintegration.ptv.client.generated.model.V9VmOpenApiServiceInBase;
import fi.ptvintegration.routes.mapping.ServiceMapper;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Services: {@link ServiceMapper}, every organisation named (responsible, other, producers) resolved to its PTV id. */
public class ServicePusher implements PtvItemPusher {

    private final ServiceMapper mapper = new ServiceMapper();

    @Override
    public RecordKind kind() {
        return RecordKind.SERVICE;
    }

    @Override
    public String ptvPath() {
        return "Service";
    }

    @Override
    public Object toPtv(PatRecord record, String sourceId, PtvIdLookup references) throws SQLException {
        Service service = (Service) record;
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put(service.responsibleOrganizationCode(),
                references.ptvId(RecordKind.ORGANIZATION, service.responsibleOrganizationCode(), "responsibleOrganizationCode"));
        for (int i = 0; i < service.otherResponsibleOrganizationCodes().size(); i++) {
            String code = service.otherResponsibleOrganizationCodes().get(i);
            ids.put(code, references.ptvId(RecordKind.ORGANIZATION, code, "otherResponsibleOrganizationCodes[" + i + "]"));
        }
        for (int i = 0; i < service.producers().size(); i++) {
            ServiceProducer producer = service.producers().get(i);
            for (int j = 0; j < producer.organizationCodes().size(); j++) {
                String code = producer.organizationCodes().get(j);
                ids.put(code, references.ptvId(RecordKind.ORGANIZATION, code, "producers[" + i + "].organizationCodes[" + j + "]"));
            }
        }
        return mapper.toPtv(service, sourceId, ids);
    }

    @Override
    public SavedItem create(PtvClient client, Object body) throws PtvApiException {
        return saved(client.createService((V9VmOpenApiServiceIn) body));
    }

    @Override
    public SavedItem update(PtvClient client, String ptvId, String sourceId, Object body) throws PtvApiException {
        V9VmOpenApiServiceIn in = (V9VmOpenApiServiceIn) body;
        V9VmOpenApiServiceInBase update = FullUpdate.of(client.objectMapper(), in, V9VmOpenApiServiceInBase.class,
                java.util.Set.of("keywords", "lifeEvents", "industrialClasses"));
        update.deleteServiceChargeType(in.getServiceChargeType() == null);
        update.deleteGeneralDescriptionId(in.getGeneralDescriptionId() == null);
        return saved(ptvId != null ? client.updateServiceById(ptvId, update) : client.updateServiceBySourceId(sourceId, update));
    }

    private static SavedItem saved(V11VmOpenApiService answer) {
        return new SavedItem(answer.getId() == null ? null : answer.getId().toString(), answer.getPublishingStatus(), answer);
    }
}

package fi.ptvintegration.ptv.v11;

import com.fasterxml.jackson.core.JsonProcessingException;
import fi.ptvintegration.pat.model.EChannel;
import fi.ptvintegration.pat.model.Organization;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.PhoneChannel;
import fi.ptvintegration.pat.model.PrintableFormChannel;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.model.Service;
import fi.ptvintegration.pat.model.ServiceChannel;
import fi.ptvintegration.pat.model.ServiceLocationChannel;
import fi.ptvintegration.pat.model.ServiceOffering;
import fi.ptvintegration.pat.model.WebPageChannel;
import fi.ptvintegration.pat.model.PatReferences;
import fi.ptvintegration.ptv.http.PtvClientSettings;
import fi.ptvintegration.ptv.http.PtvTokenSource;
import fi.ptvintegration.ptv.port.PtvApiException;
import fi.ptvintegration.ptv.port.PtvCall;
import fi.ptvintegration.ptv.port.PtvItemRef;
import fi.ptvintegration.ptv.port.PtvItemView;
import fi.ptvintegration.ptv.port.PtvPage;
import fi.ptvintegration.ptv.port.PtvPort;
import fi.ptvintegration.ptv.port.PtvReferences;
import fi.ptvintegration.ptv.port.PtvRequest;
import fi.ptvintegration.ptv.port.PtvResult;
import fi.ptvintegration.ptv.port.PtvSaved;
import fi.ptvintegration.ptv.port.PtvTarget;
import fi.ptvintegration.ptv.v11.generated.model.V10VmOpenApiPrintableFormChannelIn;
import fi.ptvintegration.ptv.v11.generated.model.V10VmOpenApiPrintableFormChannelInBase;
import fi.ptvintegration.ptv.v11.generated.model.V10VmOpenApiWebPageChannelIn;
import fi.ptvintegration.ptv.v11.generated.model.V10VmOpenApiWebPageChannelInBase;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiElectronicChannelIn;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiElectronicChannelInBase;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiPhoneChannelIn;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiPhoneChannelInBase;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiService;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiServiceAndChannelRelationInBase;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiServiceLocationChannelIn;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiServiceLocationChannelInBase;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiServiceServiceChannel;
import fi.ptvintegration.ptv.v11.generated.model.V9VmOpenApiOrganizationIn;
import fi.ptvintegration.ptv.v11.generated.model.V9VmOpenApiOrganizationInBase;
import fi.ptvintegration.ptv.v11.generated.model.V9VmOpenApiServiceIn;
import fi.ptvintegration.ptv.v11.generated.model.V9VmOpenApiServiceInBase;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link PtvPort} for PTV Open API v11: the mappers of this package make the IN models,
 * {@link V11Client} makes the calls, and every answer or failure leaves with the call it came
 * from (path as sent, both bodies). Updates send the whole object with {@code deleteAll*} set for
 * the PAT-owned lists that are empty ({@link FullUpdate}).
 */
public final class V11Adapter implements PtvPort {

    /** Lists of each IN model that the PAT model owns: a PUT clears them when the record has none. */
    private static final Set<String> ORGANIZATION_LISTS = Set.of("emails", "phoneNumbers", "webPages", "addresses");
    private static final Set<String> SERVICE_LISTS = Set.of("keywords", "lifeEvents", "industrialClasses");
    private static final Set<String> CHANNEL_LISTS = Set.of("serviceHours", "webPages", "supportEmails", "supportPhones",
            "phoneNumbers", "emails", "addresses", "channelUrls", "deliveryAddresses");

    private final V11Client client;
    private final OrganizationMapper organizations = new OrganizationMapper();
    private final ServiceMapper services = new ServiceMapper();
    private final ChannelMapper channels = new ChannelMapper();
    private final ConnectionMapper connections = new ConnectionMapper();
    private final V11Reads reads;

    public V11Adapter(PtvClientSettings settings, PtvTokenSource tokens) {
        this.client = new V11Client(settings, tokens);
        this.reads = new V11Reads(client);
    }

    @Override
    public String apiVersion() {
        return client.settings().apiVersion();
    }

    /** A mapped body, with its kind's PTV path after {@code /api/vNN/}. */
    private record V11Request(RecordKind kind, String sourceId, Object body, String json) implements PtvRequest {}

    @Override
    public PtvRequest prepare(PatRecord record, String sourceId, PtvReferences references) {
        Object body;
        if (record instanceof Organization organization) {
            String parent = organization.parentOrganizationCode() == null || organization.parentOrganizationCode().isBlank() ? null
                    : references.ptvId(RecordKind.Namespace.ORGANIZATION, organization.parentOrganizationCode());
            body = organizations.toPtv(organization, sourceId, parent);
        } else if (record instanceof Service service) {
            Map<String, String> ids = new LinkedHashMap<>();
            for (PatReferences.Reference reference : PatReferences.of(service)) {
                ids.put(reference.code(), references.ptvId(RecordKind.Namespace.ORGANIZATION, reference.code()));
            }
            body = services.toPtv(service, sourceId, ids);
        } else if (record instanceof ServiceChannel channel) {
            String owner = references.ptvId(RecordKind.Namespace.ORGANIZATION, channel.organizationCode());
            body = channel(channel, sourceId, owner);
        } else {
            throw new IllegalArgumentException(record.kind().jsonName() + " is not an item of its own in PTV");
        }
        return new V11Request(record.kind(), sourceId, body, json(body));
    }

    private Object channel(ServiceChannel channel, String sourceId, String owner) {
        if (channel instanceof EChannel c) {
            return channels.echannel(c, sourceId, owner);
        } else if (channel instanceof PhoneChannel c) {
            return channels.phone(c, sourceId, owner);
        } else if (channel instanceof ServiceLocationChannel c) {
            return channels.serviceLocation(c, sourceId, owner);
        } else if (channel instanceof PrintableFormChannel c) {
            return channels.printableForm(c, sourceId, owner);
        }
        return channels.webPage((WebPageChannel) channel, sourceId, owner);
    }

    @Override
    public PtvSaved create(PtvRequest request) throws PtvApiException {
        V11Request in = (V11Request) request;
        String path = path(in.kind());
        return saved(in.kind(), "POST", path, in.json(), () -> switch (in.kind()) {
            case ORGANIZATION -> client.createOrganization((V9VmOpenApiOrganizationIn) in.body());
            case SERVICE -> client.createService((V9VmOpenApiServiceIn) in.body());
            case ECHANNEL -> client.createEChannel((V11VmOpenApiElectronicChannelIn) in.body());
            case PHONE -> client.createPhoneChannel((V11VmOpenApiPhoneChannelIn) in.body());
            case SERVICE_LOCATION -> client.createServiceLocationChannel((V11VmOpenApiServiceLocationChannelIn) in.body());
            case PRINTABLE_FORM -> client.createPrintableFormChannel((V10VmOpenApiPrintableFormChannelIn) in.body());
            case WEB_PAGE -> client.createWebPageChannel((V10VmOpenApiWebPageChannelIn) in.body());
            case OFFERING -> throw new IllegalArgumentException("an offering is not created on its own");
        });
    }

    @Override
    public PtvSaved update(PtvRequest request, PtvTarget target) throws PtvApiException {
        V11Request in = (V11Request) request;
        String id = target instanceof PtvTarget.ById byId ? byId.ptvId() : null;
        String sourceId = target instanceof PtvTarget.BySourceId bySource ? bySource.sourceId() : null;
        String path = path(in.kind()) + (id != null ? "/" + id : "/sourceId/" + sourceId);
        Object update = updateBody(in);
        return saved(in.kind(), "PUT", path, json(update), () -> switch (in.kind()) {
            case ORGANIZATION -> id != null ? client.updateOrganizationById(id, (V9VmOpenApiOrganizationInBase) update)
                    : client.updateOrganizationBySourceId(sourceId, (V9VmOpenApiOrganizationInBase) update);
            case SERVICE -> id != null ? client.updateServiceById(id, (V9VmOpenApiServiceInBase) update)
                    : client.updateServiceBySourceId(sourceId, (V9VmOpenApiServiceInBase) update);
            case ECHANNEL -> id != null ? client.updateEChannelById(id, (V11VmOpenApiElectronicChannelInBase) update)
                    : client.updateEChannelBySourceId(sourceId, (V11VmOpenApiElectronicChannelInBase) update);
            case PHONE -> id != null ? client.updatePhoneChannelById(id, (V11VmOpenApiPhoneChannelInBase) update)
                    : client.updatePhoneChannelBySourceId(sourceId, (V11VmOpenApiPhoneChannelInBase) update);
            case SERVICE_LOCATION -> id != null
                    ? client.updateServiceLocationChannelById(id, (V11VmOpenApiServiceLocationChannelInBase) update)
                    : client.updateServiceLocationChannelBySourceId(sourceId, (V11VmOpenApiServiceLocationChannelInBase) update);
            case PRINTABLE_FORM -> id != null
                    ? client.updatePrintableFormChannelById(id, (V10VmOpenApiPrintableFormChannelInBase) update)
                    : client.updatePrintableFormChannelBySourceId(sourceId, (V10VmOpenApiPrintableFormChannelInBase) update);
            case WEB_PAGE -> id != null ? client.updateWebPageChannelById(id, (V10VmOpenApiWebPageChannelInBase) update)
                    : client.updateWebPageChannelBySourceId(sourceId, (V10VmOpenApiWebPageChannelInBase) update);
            case OFFERING -> throw new IllegalArgumentException("an offering is not updated on its own");
        });
    }

    /** The update with {@code publishingStatus} Deleted: how v11 archives (PTV 3.4, {@code ServiceService.SaveService}). */
    @Override
    public PtvSaved archive(PtvRequest request, PtvTarget target) throws PtvApiException {
        return update(withStatus((V11Request) request, V11StatusChange.ARCHIVED), target);
    }

    /** The update with {@code publishingStatus} Published: PTV restores an archived item when it is set from Deleted. */
    @Override
    public PtvSaved restore(PtvRequest request, PtvTarget target) throws PtvApiException {
        return update(withStatus((V11Request) request, V11StatusChange.PUBLISHED), target);
    }

    private V11Request withStatus(V11Request in, String publishingStatus) {
        Object body = V11StatusChange.withStatus(in.body(), publishingStatus, client.objectMapper());
        return new V11Request(in.kind(), in.sourceId(), body, json(body));
    }

    /** The PUT body: the create body as the kind's {@code InBase} type, every empty PAT-owned list cleared. */
    private Object updateBody(V11Request in) {
        var json = client.objectMapper();
        return switch (in.kind()) {
            case ORGANIZATION -> FullUpdate.of(json, in.body(), V9VmOpenApiOrganizationInBase.class, ORGANIZATION_LISTS);
            case SERVICE -> {
                V9VmOpenApiServiceIn service = (V9VmOpenApiServiceIn) in.body();
                V9VmOpenApiServiceInBase update = FullUpdate.of(json, service, V9VmOpenApiServiceInBase.class, SERVICE_LISTS);
                update.deleteServiceChargeType(service.getServiceChargeType() == null);
                update.deleteGeneralDescriptionId(service.getGeneralDescriptionId() == null);
                yield update;
            }
            case ECHANNEL -> FullUpdate.of(json, in.body(), V11VmOpenApiElectronicChannelInBase.class, CHANNEL_LISTS);
            case PHONE -> FullUpdate.of(json, in.body(), V11VmOpenApiPhoneChannelInBase.class, CHANNEL_LISTS);
            case SERVICE_LOCATION -> FullUpdate.of(json, in.body(), V11VmOpenApiServiceLocationChannelInBase.class, CHANNEL_LISTS);
            case PRINTABLE_FORM -> FullUpdate.of(json, in.body(), V10VmOpenApiPrintableFormChannelInBase.class, CHANNEL_LISTS);
            case WEB_PAGE -> FullUpdate.of(json, in.body(), V10VmOpenApiWebPageChannelInBase.class, CHANNEL_LISTS);
            case OFFERING -> throw new IllegalArgumentException("an offering is not updated on its own");
        };
    }

    @Override
    public PtvResult<Void> replaceConnections(String serviceId, List<ServiceOffering> offerings, PtvReferences channelIds)
            throws PtvApiException {
        Map<String, String> ids = new LinkedHashMap<>();
        for (ServiceOffering offering : offerings) {
            ids.put(offering.channelCode(), channelIds.ptvId(RecordKind.Namespace.CHANNEL, offering.channelCode()));
        }
        V11VmOpenApiServiceAndChannelRelationInBase body = connections.toPtv(offerings, ids);
        String path = "/api/" + apiVersion() + "/Connection/serviceId/" + serviceId;
        String sent = json(body);
        long started = System.nanoTime();
        try {
            V11VmOpenApiService saved = client.replaceServiceConnections(serviceId, body);
            return new PtvResult<>(null, new PtvCall("PUT", path, sent, 200, json(saved), millisSince(started)));
        } catch (PtvApiException e) {
            throw V11ErrorReader.explain(e, new PtvCall("PUT", path, sent, e.status(), e.responseBody(), millisSince(started)));
        }
    }

    /** Read from the service's latest version: the public read answers 404 for a service not yet published. */
    @Override
    public PtvResult<Set<String>> connectedChannels(String serviceId) throws PtvApiException {
        String path = "/api/" + apiVersion() + "/Service/active/" + serviceId;
        long started = System.nanoTime();
        try {
            V11VmOpenApiService service = client.getLatestService(serviceId);
            Set<String> held = new HashSet<>();
            if (service.getServiceChannels() != null) {
                for (V11VmOpenApiServiceServiceChannel channel : service.getServiceChannels()) {
                    if (channel.getServiceChannel() != null && channel.getServiceChannel().getId() != null) {
                        held.add(channel.getServiceChannel().getId().toString());
                    }
                }
            }
            return new PtvResult<>(held, new PtvCall("GET", path, null, 200, json(service), millisSince(started)));
        } catch (PtvApiException e) {
            throw V11ErrorReader.explain(e, new PtvCall("GET", path, null, e.status(), e.responseBody(), millisSince(started)));
        }
    }

    @Override
    public PtvResult<Optional<PtvItemView>> item(RecordKind.Namespace type, String ptvId) throws PtvApiException {
        return reads.item(type, ptvId);
    }

    @Override
    public PtvResult<Optional<PtvItemView>> latestVersion(RecordKind.Namespace type, String ptvId) throws PtvApiException {
        return reads.latestVersion(type, ptvId);
    }

    /** v11 shows the version being edited of services and channels ({@code active/{id}}), not of organisations. */
    @Override
    public boolean latestVersionShowsEdits(RecordKind.Namespace type) {
        return type != RecordKind.Namespace.ORGANIZATION;
    }

    @Override
    public PtvResult<PtvPage<PtvItemRef>> idsOfOrganization(String organizationId, OffsetDateTime changedSince, int page)
            throws PtvApiException {
        return reads.idsOfOrganization(organizationId, changedSince, page);
    }

    @Override
    public PtvResult<PtvPage<PtvItemView>> itemsOfOrganization(RecordKind.Namespace type, String organizationId, int page)
            throws PtvApiException {
        return reads.itemsOfOrganization(type, organizationId, page);
    }

    @Override
    public PtvResult<PtvPage<PtvItemRef>> archived(RecordKind.Namespace type, String organizationId, OffsetDateTime archivedSince,
            int page) throws PtvApiException {
        return reads.archived(type, organizationId, archivedSince, page);
    }

    /** {@code /api/v11/Organization}, {@code /api/v11/ServiceChannel/Phone}... */
    private String path(RecordKind kind) {
        return "/api/" + apiVersion() + "/" + switch (kind) {
            case ORGANIZATION -> "Organization";
            case SERVICE -> "Service";
            case ECHANNEL -> "ServiceChannel/EChannel";
            case PHONE -> "ServiceChannel/Phone";
            case SERVICE_LOCATION -> "ServiceChannel/ServiceLocation";
            case PRINTABLE_FORM -> "ServiceChannel/PrintableForm";
            case WEB_PAGE -> "ServiceChannel/WebPage";
            case OFFERING -> throw new IllegalArgumentException("an offering has no path of its own");
        };
    }

    @FunctionalInterface
    private interface Save {
        Object run() throws PtvApiException;
    }

    /** Makes one write and reads PTV's answer: the saved item's id, status and PTV's copy of it. */
    private PtvSaved saved(RecordKind kind, String method, String path, String sent, Save save) throws PtvApiException {
        long started = System.nanoTime();
        Object answer;
        try {
            answer = save.run();
        } catch (PtvApiException e) {
            throw V11ErrorReader.explain(e, new PtvCall(method, path, sent, e.status(), e.responseBody(), millisSince(started)));
        }
        PtvCall call = new PtvCall(method, path, sent, 200, json(answer), millisSince(started));
        var tree = client.objectMapper().valueToTree(answer);
        String id = tree.hasNonNull("id") ? tree.get("id").asText() : null;
        String status = tree.hasNonNull("publishingStatus") ? tree.get("publishingStatus").asText() : null;
        return new PtvSaved(id, status, V11Reads.savedView(kind.namespace(), tree), call);
    }

    private String json(Object value) {
        try {
            return value == null ? null : client.objectMapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}

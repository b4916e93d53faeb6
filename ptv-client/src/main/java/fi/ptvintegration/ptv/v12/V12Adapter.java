package fi.ptvintegration.ptv.v12;

import fi.ptvintegration.pat.model.Organization;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.PatReferences;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.model.Service;
import fi.ptvintegration.pat.model.ServiceChannel;
import fi.ptvintegration.pat.model.ServiceOffering;
import fi.ptvintegration.ptv.http.PtvApiKey;
import fi.ptvintegration.ptv.http.PtvClientSettings;
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
import fi.ptvintegration.ptv.port.PtvWritesUnavailable;
import fi.ptvintegration.ptv.v11.V11ItemViews;
import fi.ptvintegration.ptv.v12.generated.model.ArchivedEntitiesResponse;
import fi.ptvintegration.ptv.v12.generated.model.ArchivedEntityResponse;
import fi.ptvintegration.ptv.v12.generated.model.ChannelResponse;
import fi.ptvintegration.ptv.v12.generated.model.ChannelSearchResponse;
import fi.ptvintegration.ptv.v12.generated.model.ConnectionResponse;
import fi.ptvintegration.ptv.v12.generated.model.ConnectionSearchResponse;
import fi.ptvintegration.ptv.v12.generated.model.OrganizationResponse;
import fi.ptvintegration.ptv.v12.generated.model.ServiceResponse;
import fi.ptvintegration.ptv.v12.generated.model.ServiceSearchResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link PtvPort} for PTV API v12 (DVV's beta document, 0.1.0): reads through v12's published
 * read paths with the {@code x-api-key} header, and maps PAT records to v12's request bodies; but
 * writes nothing, because DVV has not published v12's write paths: {@link #create}, {@link #update},
 * {@link #archive}, {@link #restore} and {@link #replaceConnections} throw {@link PtvWritesUnavailable}. Every read leaves with the
 * call it came from (path as sent, PTV's JSON as it came).
 *
 * <p>What v12 reads differ in from v11 (see the README's v12 section): an item is read by its
 * content id only (v12 has no read by sourceId or externalId); v12 serves published versions only,
 * so {@link #latestVersion} is the published one; the archived listings are PTV-wide (v12 takes no
 * organisation there) and carry ids only; listings page by 100.
 */
public final class V12Adapter implements PtvPort {

    /** v12's largest page. */
    static final int PAGE_SIZE = 100;
    /** Before any PTV content: v12's archived listings require a time, and "all" is since this one. */
    static final OffsetDateTime BEGINNING = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final V12Client client;
    private final OrganizationMapper organizations = new OrganizationMapper();
    private final ServiceMapper services = new ServiceMapper();
    private final ChannelMapper channels = new ChannelMapper();

    public V12Adapter(PtvClientSettings settings, PtvApiKey apiKey) {
        this.client = new V12Client(settings, apiKey);
    }

    @Override
    public String apiVersion() {
        return client.settings().apiVersion();
    }

    /**
     * The record as v12's request bodies (a {@link V12Request}), for the integration log and for
     * the day the write paths exist; pure like v11's.
     *
     * @throws V12Unmappable when v12 cannot take the record as it is
     */
    @Override
    public PtvRequest prepare(PatRecord record, String sourceId, PtvReferences references) {
        if (record instanceof Organization organization) {
            String parent = organization.parentOrganizationCode() == null || organization.parentOrganizationCode().isBlank() ? null
                    : references.ptvId(RecordKind.Namespace.ORGANIZATION, organization.parentOrganizationCode());
            return organizations.toV12(organization, sourceId, parent);
        } else if (record instanceof Service service) {
            Map<String, String> ids = new LinkedHashMap<>();
            for (PatReferences.Reference reference : PatReferences.of(service)) {
                ids.put(reference.code(), references.ptvId(RecordKind.Namespace.ORGANIZATION, reference.code()));
            }
            return services.toV12(service, sourceId, ids);
        } else if (record instanceof ServiceChannel channel) {
            return channels.toV12(channel, references.ptvId(RecordKind.Namespace.ORGANIZATION, channel.organizationCode()));
        }
        throw new IllegalArgumentException(record.kind().jsonName() + " is not an item of its own in PTV");
    }

    @Override
    public PtvSaved create(PtvRequest request) {
        throw new PtvWritesUnavailable(apiVersion(), "create " + request.kind().jsonName() + " '" + request.sourceId() + "'");
    }

    @Override
    public PtvSaved update(PtvRequest request, PtvTarget target) {
        throw new PtvWritesUnavailable(apiVersion(), "update " + request.kind().jsonName() + " '" + request.sourceId() + "'");
    }

    @Override
    public PtvSaved archive(PtvRequest request, PtvTarget target) {
        throw new PtvWritesUnavailable(apiVersion(), "archive " + request.kind().jsonName() + " '" + request.sourceId() + "'");
    }

    @Override
    public PtvSaved restore(PtvRequest request, PtvTarget target) {
        throw new PtvWritesUnavailable(apiVersion(), "restore " + request.kind().jsonName() + " '" + request.sourceId() + "'");
    }

    @Override
    public PtvResult<Void> replaceConnections(String serviceId, List<ServiceOffering> offerings, PtvReferences channelIds) {
        throw new PtvWritesUnavailable(apiVersion(), "set the connections of service " + serviceId);
    }

    /** The channels connected to the service, from v12's connection search, every page. */
    @Override
    public PtvResult<Set<String>> connectedChannels(String serviceId) throws PtvApiException {
        Set<String> channelIds = new LinkedHashSet<>();
        PtvCall first = null;
        int page = 1;
        int pages = 1;
        while (page <= pages) {
            V12Client.Answer<ConnectionSearchResponse> answer = get(client.path("connection/search",
                    V12Client.query("page", page, "pageSize", PAGE_SIZE, "serviceContentIds", serviceId)),
                    ConnectionSearchResponse.class, "GET connection/search");
            first = first == null ? call(answer) : first;
            for (ConnectionResponse connection : answer.body().getItems()) {
                channelIds.add(connection.getChannelContentId().toString());
            }
            pages = answer.body().getTotalPages();
            page++;
        }
        return new PtvResult<>(channelIds, first);
    }

    @Override
    public PtvResult<Optional<PtvItemView>> item(RecordKind.Namespace type, String ptvId) throws PtvApiException {
        String path = client.path(resource(type) + "/" + ptvId, Map.of());
        Class<?> model = switch (type) {
            case ORGANIZATION -> OrganizationResponse.class;
            case SERVICE -> ServiceResponse.class;
            case CHANNEL -> ChannelResponse.class;
            case OFFERING -> throw new IllegalArgumentException("an offering is no PTV item");
        };
        V12Client.Answer<?> answer = get(path, model, "GET " + resource(type));
        if (answer.status() == 404) {
            return new PtvResult<>(Optional.empty(), call(answer));
        }
        return new PtvResult<>(Optional.of(view(type, answer.body(), answer)), call(answer));
    }

    /** v12 serves published versions only: the newest version it can give is the published one. */
    @Override
    public PtvResult<Optional<PtvItemView>> latestVersion(RecordKind.Namespace type, String ptvId) throws PtvApiException {
        return item(type, ptvId);
    }

    /** No type: v12's read API shows no draft or unpublished edit (an item left Modified shows only when writing). */
    @Override
    public boolean latestVersionShowsEdits(RecordKind.Namespace type) {
        return false;
    }

    /**
     * The organisation's services, then its channels, as one listing of pages of 100: pages 1..S
     * are the service search's, the next ones the channel search's; v12's {@code publishedAtOrAfter}
     * stands for the changed-since filter (a v12 item changes by being published again).
     */
    @Override
    public PtvResult<PtvPage<PtvItemRef>> idsOfOrganization(String organizationId, OffsetDateTime changedSince, int page)
            throws PtvApiException {
        String since = changedSince == null ? null : changedSince.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        V12Client.Answer<ServiceSearchResponse> services = get(client.path("service/search",
                V12Client.query("page", page, "pageSize", PAGE_SIZE, "organizationContentIds", organizationId, "publishedAtOrAfter", since)),
                ServiceSearchResponse.class, "GET service/search");
        int servicePages = services.body().getTotalPages();
        int channelPage = Math.max(1, page - servicePages);
        V12Client.Answer<ChannelSearchResponse> channelAnswer = get(client.path("service-channel/search",
                V12Client.query("page", channelPage, "pageSize", page > servicePages ? PAGE_SIZE : 1, "organizationContentIds",
                        organizationId, "publishedAtOrAfter", since)),
                ChannelSearchResponse.class, "GET service-channel/search");
        int channelPages = page > servicePages ? channelAnswer.body().getTotalPages()
                : (channelAnswer.body().getTotalItems() + PAGE_SIZE - 1) / PAGE_SIZE;
        List<PtvItemRef> refs = new ArrayList<>();
        if (page <= servicePages) {
            for (Object service : services.body().getItems()) {
                refs.add(ref(RecordKind.Namespace.SERVICE, service, services));
            }
            return new PtvResult<>(new PtvPage<>(page, servicePages + channelPages, refs), call(services));
        }
        for (Object channel : channelAnswer.body().getItems()) {
            refs.add(ref(RecordKind.Namespace.CHANNEL, channel, channelAnswer));
        }
        return new PtvResult<>(new PtvPage<>(page, servicePages + channelPages, refs), call(channelAnswer));
    }

    @Override
    public PtvResult<PtvPage<PtvItemView>> itemsOfOrganization(RecordKind.Namespace type, String organizationId, int page)
            throws PtvApiException {
        Map<String, Object> query = V12Client.query("page", page, "pageSize", PAGE_SIZE, "organizationContentIds", organizationId);
        List<PtvItemView> views = new ArrayList<>();
        if (type == RecordKind.Namespace.SERVICE) {
            V12Client.Answer<ServiceSearchResponse> answer = get(client.path("service/search", query), ServiceSearchResponse.class,
                    "GET service/search");
            for (Object service : answer.body().getItems()) {
                views.add(view(type, service, answer));
            }
            return new PtvResult<>(new PtvPage<>(page, answer.body().getTotalPages(), views), call(answer));
        }
        if (type == RecordKind.Namespace.CHANNEL) {
            V12Client.Answer<ChannelSearchResponse> answer = get(client.path("service-channel/search", query),
                    ChannelSearchResponse.class, "GET service-channel/search");
            for (Object channel : answer.body().getItems()) {
                views.add(view(type, channel, answer));
            }
            return new PtvResult<>(new PtvPage<>(page, answer.body().getTotalPages(), views), call(answer));
        }
        throw new IllegalArgumentException("items of an organisation are services or channels, not " + type);
    }

    /**
     * Items archived at or after the time (since {@link #BEGINNING} when null). v12's archived
     * listings take no organisation and give ids only: this lists every archived item of the kind
     * in PTV, and a caller matches the ids against its own id map; {@code organizationId} is not
     * sent.
     */
    @Override
    public PtvResult<PtvPage<PtvItemRef>> archived(RecordKind.Namespace type, String organizationId, OffsetDateTime archivedSince,
            int page) throws PtvApiException {
        OffsetDateTime since = archivedSince == null ? BEGINNING : archivedSince;
        V12Client.Answer<ArchivedEntitiesResponse> answer = get(client.path(resource(type) + "/archived",
                V12Client.query("page", page, "pageSize", PAGE_SIZE, "archivedAtOrAfter", since.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))),
                ArchivedEntitiesResponse.class, "GET " + resource(type) + "/archived");
        List<PtvItemRef> refs = new ArrayList<>();
        for (ArchivedEntityResponse archived : answer.body().getItems()) {
            refs.add(new PtvItemRef(type, type == RecordKind.Namespace.SERVICE ? RecordKind.SERVICE
                    : type == RecordKind.Namespace.ORGANIZATION ? RecordKind.ORGANIZATION : null, archived.getContentId().toString(), null));
        }
        return new PtvResult<>(new PtvPage<>(page, answer.body().getTotalPages(), refs), call(answer));
    }

    /** A read model as a view; one that is not such an item is PTV's answer gone wrong, reported with the call. */
    private static PtvItemView view(RecordKind.Namespace type, Object readModel, V12Client.Answer<?> answer) throws PtvApiException {
        try {
            return V12ItemViews.of(type, readModel);
        } catch (V11ItemViews.UnreadableItem e) {
            PtvCall call = call(answer);
            throw new PtvApiException(answer.status(), answer.json(), "GET " + answer.path() + " (unreadable item: " + e.getMessage() + ")")
                    .explained(call, false, false, List.of());
        }
    }

    private static PtvItemRef ref(RecordKind.Namespace type, Object readModel, V12Client.Answer<?> answer) throws PtvApiException {
        PtvItemView view = view(type, readModel, answer);
        return new PtvItemRef(type, view.kind(), view.ptvId(), view.displayName(), view.modified());
    }

    private static String resource(RecordKind.Namespace type) {
        return switch (type) {
            case ORGANIZATION -> "organization";
            case SERVICE -> "service";
            case CHANNEL -> "service-channel";
            case OFFERING -> throw new IllegalArgumentException("an offering is no PTV item");
        };
    }

    private <T> V12Client.Answer<T> get(String path, Class<T> type, String operation) throws PtvApiException {
        try {
            return client.get(path, type, operation);
        } catch (PtvApiException e) {
            throw e.explained(new PtvCall("GET", path, null, e.status(), e.responseBody(), 0), false, false,
                    V12Problems.fieldErrors(e.responseBody()));
        }
    }

    private static PtvCall call(V12Client.Answer<?> answer) {
        return new PtvCall("GET", answer.path(), null, answer.status(), answer.json(), answer.millis());
    }
}

package fi.ptvintegration.ptv.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.ptvintegration.ptv.client.generated.api.ConnectionApi;
import fi.ptvintegration.ptv.client.generated.api.OrganizationApi;
import fi.ptvintegration.ptv.client.generated.api.ServiceApi;
import fi.ptvintegration.ptv.client.generated.api.ServiceChannelApi;
import fi.ptvintegration.ptv.client.generated.invoker.ApiClient;
import fi.ptvintegration.ptv.client.generated.invoker.ApiException;
import fi.ptvintegration.ptv.client.generated.model.V10VmOpenApiOrganization;
import fi.ptvintegration.ptv.client.generated.model.V10VmOpenApiPrintableFormChannelIn;
import fi.ptvintegration.ptv.client.generated.model.V10VmOpenApiPrintableFormChannelInBase;
import fi.ptvintegration.ptv.client.generated.model.V10VmOpenApiWebPageChannelIn;
import fi.ptvintegration.ptv.client.generated.model.V10VmOpenApiWebPageChannelInBase;
import fi.ptvintegration.ptv.client.generated.model.V11VmOpenApiElectronicChannel;
import fi.ptvintegration.ptv.client.generated.model.V11VmOpenApiElectronicChannelIn;
import fi.ptvintegration.ptv.client.generated.model.V11VmOpenApiElectronicChannelInBase;
import fi.ptvintegration.ptv.client.generated.model.V11VmOpenApiPhoneChannel;
import fi.ptvintegration.ptv.client.generated.model.V11VmOpenApiPhoneChannelIn;
import fi.ptvintegration.ptv.client.generated.model.V11VmOpenApiPhoneChannelInBase;
import fi.ptvintegration.ptv.client.generated.model.V11VmOpenApiPrintableFormChannel;
import fi.ptvintegration.ptv.client.generated.model.V11VmOpenApiService;
import fi.ptvintegration.ptv.client.generated.model.V11VmOpenApiServiceAndChannelRelationInBase;
import fi.ptvintegration.ptv.client.generated.model.V11VmOpenApiServiceLocationChannel;
import fi.ptvintegration.ptv.client.generated.model.V11VmOpenApiServiceLocationChannelIn;
import fi.ptvintegration.ptv.client.generated.model.V11VmOpenApiServiceLocationChannelInBase;
import fi.ptvintegration.ptv.client.generated.model.V11VmOpenApiWebPageChannel;
import fi.ptvintegration.ptv.client.generated.model.V9VmOpenApiOrganizationIn;
import fi.ptvintegration.ptv.client.generated.model.V9VmOpenApiOrganizationInBase;
import fi.ptvintegration.ptv.client.generated.model.V9VmOpenApiServiceIn;
import fi.ptvintegration.ptv.client.generated.model.V9VmOpenApiServiceInBase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.function.Supplier;

/**
 * The one door to PTV's Open API for the rest of the application: the write operations the
 * push needs, typed with PTV's generated IN and read models, failing with {@link PtvApiException}.
 *
 * <p>Reads {@link PtvClientSettings}: base URL, API version, timeouts. The generated operations
 * carry {@code /api/v11/} in their paths because the spec does; a request interceptor rewrites
 * that segment to the configured version, so that a new PTV version is a configuration and
 * mapping change, not a regeneration with other paths. The same interceptor adds
 * {@code Authorization: bearer <token>} from the token supplier (null: no header), and sets
 * {@code Content-Type} and {@code Accept} to {@code application/json}: the spec lists
 * {@code application/json-patch+json} first, which the generated code would otherwise send.
 *
 * <p>Empty lists are not sent: the generated models start every list empty, and PTV keeps a
 * stored list when a PUT leaves it out; clearing one is done with its {@code deleteAll*} flag.
 */
public class PtvClient {

    private static final String GENERATED_VERSION_SEGMENT = "/api/v11/";

    private final PtvClientSettings settings;
    private final ObjectMapper objectMapper;
    private final OrganizationApi organizations;
    private final ServiceApi services;
    private final ServiceChannelApi channels;
    private final ConnectionApi connections;

    public PtvClient(PtvClientSettings settings, Supplier<String> bearerToken) {
        this.settings = settings;
        this.objectMapper = ApiClient.createDefaultObjectMapper()
                .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        String versionSegment = "/api/" + settings.apiVersion() + "/";
        ApiClient apiClient = new ApiClient(
                        HttpClient.newBuilder().connectTimeout(settings.connectTimeout()),
                        objectMapper,
                        settings.baseUrl())
                .setReadTimeout(settings.requestTimeout())
                .setRequestInterceptor(request -> {
                    rewriteVersion(request, versionSegment);
                    request.setHeader("Content-Type", "application/json");
                    request.setHeader("Accept", "application/json");
                    String token = bearerToken.get();
                    if (token != null) {
                        request.setHeader("Authorization", "bearer " + token);
                    }
                });
        this.organizations = new OrganizationApi(apiClient);
        this.services = new ServiceApi(apiClient);
        this.channels = new ServiceChannelApi(apiClient);
        this.connections = new ConnectionApi(apiClient);
    }

    public PtvClientSettings settings() {
        return settings;
    }

    /** The mapper used for PTV's JSON: no nulls or empty lists written, unknown properties in answers ignored. */
    public ObjectMapper objectMapper() {
        return objectMapper;
    }

    public V10VmOpenApiOrganization createOrganization(V9VmOpenApiOrganizationIn organization) throws PtvApiException {
        return call("POST Organization", () -> organizations.apiV11OrganizationPost(organization));
    }

    public V10VmOpenApiOrganization updateOrganizationBySourceId(String sourceId, V9VmOpenApiOrganizationInBase organization)
            throws PtvApiException {
        return call("PUT Organization/sourceId", () -> organizations.apiV11OrganizationSourceIdSourceIdPut(sourceId, organization));
    }

    public V10VmOpenApiOrganization updateOrganizationById(String ptvId, V9VmOpenApiOrganizationInBase organization)
            throws PtvApiException {
        return call("PUT Organization/{id}", () -> organizations.apiV11OrganizationIdPut(ptvId, organization));
    }

    public V11VmOpenApiService createService(V9VmOpenApiServiceIn service) throws PtvApiException {
        return call("POST Service", () -> services.apiV11ServicePost(false, service));
    }

    public V11VmOpenApiService updateServiceBySourceId(String sourceId, V9VmOpenApiServiceInBase service)
            throws PtvApiException {
        return call("PUT Service/sourceId", () -> services.apiV11ServiceSourceIdSourceIdPut(sourceId, false, service));
    }

    public V11VmOpenApiService updateServiceById(String ptvId, V9VmOpenApiServiceInBase service) throws PtvApiException {
        return call("PUT Service/{id}", () -> services.apiV11ServiceIdPut(ptvId, false, service));
    }

    public V11VmOpenApiElectronicChannel createEChannel(V11VmOpenApiElectronicChannelIn channel) throws PtvApiException {
        return call("POST EChannel", () -> channels.apiV11ServiceChannelEChannelPost(channel));
    }

    public V11VmOpenApiElectronicChannel updateEChannelBySourceId(String sourceId, V11VmOpenApiElectronicChannelInBase channel)
            throws PtvApiException {
        return call("PUT EChannel/sourceId", () -> channels.apiV11ServiceChannelEChannelSourceIdSourceIdPut(sourceId, channel));
    }

    public V11VmOpenApiElectronicChannel updateEChannelById(String ptvId, V11VmOpenApiElectronicChannelInBase channel)
            throws PtvApiException {
        return call("PUT EChannel/{id}", () -> channels.apiV11ServiceChannelEChannelIdPut(ptvId, channel));
    }

    public V11VmOpenApiPhoneChannel createPhoneChannel(V11VmOpenApiPhoneChannelIn channel) throws PtvApiException {
        return call("POST Phone", () -> channels.apiV11ServiceChannelPhonePost(channel));
    }

    public V11VmOpenApiPhoneChannel updatePhoneChannelBySourceId(String sourceId, V11VmOpenApiPhoneChannelInBase channel)
            throws PtvApiException {
        return call("PUT Phone/sourceId", () -> channels.apiV11ServiceChannelPhoneSourceIdSourceIdPut(sourceId, channel));
    }

    public V11VmOpenApiPhoneChannel updatePhoneChannelById(String ptvId, V11VmOpenApiPhoneChannelInBase channel)
            throws PtvApiException {
        return call("PUT Phone/{id}", () -> channels.apiV11ServiceChannelPhoneIdPut(ptvId, channel));
    }

    public V11VmOpenApiServiceLocationChannel createServiceLocationChannel(V11VmOpenApiServiceLocationChannelIn channel)
            throws PtvApiException {
        return call("POST ServiceLocation", () -> channels.apiV11ServiceChannelServiceLocationPost(channel));
    }

    public V11VmOpenApiServiceLocationChannel updateServiceLocationChannelBySourceId(
            String sourceId, V11VmOpenApiServiceLocationChannelInBase channel) throws PtvApiException {
        return call("PUT ServiceLocation/sourceId",
                () -> channels.apiV11ServiceChannelServiceLocationSourceIdSourceIdPut(sourceId, channel));
    }

    public V11VmOpenApiServiceLocationChannel updateServiceLocationChannelById(
            String ptvId, V11VmOpenApiServiceLocationChannelInBase channel) throws PtvApiException {
        return call("PUT ServiceLocation/{id}", () -> channels.apiV11ServiceChannelServiceLocationIdPut(ptvId, channel));
    }

    public V11VmOpenApiPrintableFormChannel createPrintableFormChannel(V10VmOpenApiPrintableFormChannelIn channel)
            throws PtvApiException {
        return call("POST PrintableForm", () -> channels.apiV11ServiceChannelPrintableFormPost(channel));
    }

    public V11VmOpenApiPrintableFormChannel updatePrintableFormChannelBySourceId(
            String sourceId, V10VmOpenApiPrintableFormChannelInBase channel) throws PtvApiException {
        return call("PUT PrintableForm/sourceId",
                () -> channels.apiV11ServiceChannelPrintableFormSourceIdSourceIdPut(sourceId, channel));
    }

    public V11VmOpenApiPrintableFormChannel updatePrintableFormChannelById(
            String ptvId, V10VmOpenApiPrintableFormChannelInBase channel) throws PtvApiException {
        return call("PUT PrintableForm/{id}", () -> channels.apiV11ServiceChannelPrintableFormIdPut(ptvId, channel));
    }

    public V11VmOpenApiWebPageChannel createWebPageChannel(V10VmOpenApiWebPageChannelIn channel) throws PtvApiException {
        return call("POST WebPage", () -> channels.apiV11ServiceChannelWebPagePost(channel));
    }

    public V11VmOpenApiWebPageChannel updateWebPageChannelBySourceId(String sourceId, V10VmOpenApiWebPageChannelInBase channel)
            throws PtvApiException {
        return call("PUT WebPage/sourceId", () -> channels.apiV11ServiceChannelWebPageSourceIdSourceIdPut(sourceId, channel));
    }

    public V11VmOpenApiWebPageChannel updateWebPageChannelById(String ptvId, V10VmOpenApiWebPageChannelInBase channel)
            throws PtvApiException {
        return call("PUT WebPage/{id}", () -> channels.apiV11ServiceChannelWebPageIdPut(ptvId, channel));
    }

    /**
     * Replaces the whole set of a service's channel connections (PTV removes the ones left out).
     */
    public V11VmOpenApiService replaceServiceConnections(String serviceId, V11VmOpenApiServiceAndChannelRelationInBase relations)
            throws PtvApiException {
        return call("PUT Connection/serviceId", () -> connections.apiV11ConnectionServiceIdServiceIdPut(serviceId, relations));
    }

    private static void rewriteVersion(HttpRequest.Builder request, String versionSegment) {
        if (GENERATED_VERSION_SEGMENT.equals(versionSegment)) {
            return;
        }
        URI uri = request.build().uri();
        String path = uri.getRawPath();
        if (path != null && path.startsWith(GENERATED_VERSION_SEGMENT)) {
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            request.uri(URI.create(uri.getScheme() + "://" + uri.getRawAuthority()
                    + versionSegment + path.substring(GENERATED_VERSION_SEGMENT.length()) + query));
        }
    }

    @FunctionalInterface
    private interface PtvCall<T> {
        T run() throws ApiException;
    }

    private static <T> T call(String operation, PtvCall<T> call) throws PtvApiException {
        try {
            return call.run();
        } catch (ApiException e) {
            if (e.getCode() == 0) {
                throw new PtvApiException(operation, e.getCause() != null ? e.getCause() : e);
            }
            throw new PtvApiException(e.getCode(), e.getResponseBody(), operation);
        }
    }
}

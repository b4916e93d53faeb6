package fi.ptvintegration.ptv.v11;

import fi.ptvintegration.ptv.port.PtvApiException;
import fi.ptvintegration.ptv.http.PtvClientSettings;
import fi.ptvintegration.ptv.http.PtvTokenSource;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import fi.ptvintegration.ptv.v11.generated.api.ConnectionApi;
import fi.ptvintegration.ptv.v11.generated.api.OrganizationApi;
import fi.ptvintegration.ptv.v11.generated.api.ServiceApi;
import fi.ptvintegration.ptv.v11.generated.api.ServiceChannelApi;
import fi.ptvintegration.ptv.v11.generated.invoker.ApiClient;
import fi.ptvintegration.ptv.v11.generated.invoker.ApiException;
import fi.ptvintegration.ptv.v11.generated.model.V10VmOpenApiOrganization;
import fi.ptvintegration.ptv.v11.generated.model.V10VmOpenApiPrintableFormChannelIn;
import fi.ptvintegration.ptv.v11.generated.model.V10VmOpenApiPrintableFormChannelInBase;
import fi.ptvintegration.ptv.v11.generated.model.V10VmOpenApiWebPageChannelIn;
import fi.ptvintegration.ptv.v11.generated.model.V10VmOpenApiWebPageChannelInBase;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiElectronicChannel;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiElectronicChannelIn;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiElectronicChannelInBase;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiPhoneChannel;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiPhoneChannelIn;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiPhoneChannelInBase;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiPrintableFormChannel;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiService;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiServiceAndChannelRelationInBase;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiServiceLocationChannel;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiServiceLocationChannelIn;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiServiceLocationChannelInBase;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiWebPageChannel;
import fi.ptvintegration.ptv.v11.generated.model.V9VmOpenApiOrganizationIn;
import fi.ptvintegration.ptv.v11.generated.model.V9VmOpenApiOrganizationInBase;
import fi.ptvintegration.ptv.v11.generated.model.V9VmOpenApiServiceIn;
import fi.ptvintegration.ptv.v11.generated.model.V9VmOpenApiServiceInBase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The one door to PTV's Open API for the rest of the application: the write operations the
 * push needs, typed with PTV's generated IN and read models, failing with {@link PtvApiException}.
 *
 * <p>Reads {@link PtvClientSettings}: base URL, API version, timeouts. The generated operations
 * carry {@code /api/v11/} in their paths because the spec does; a request interceptor rewrites
 * that segment to the configured version, so that a new PTV version is a configuration and
 * mapping change, not a regeneration with other paths. The same interceptor sets
 * {@code Content-Type} and {@code Accept} to {@code application/json}: the spec lists
 * {@code application/json-patch+json} first, which the generated code would otherwise send.
 *
 * <p>Every call carries {@code Authorization: Bearer <token>} (RFC 6750 spelling) from the {@link PtvTokenSource}
 * (none when it gives null). When PTV answers 401 the token is dropped, a new one is fetched
 * and the call is made once more; a second 401 is reported as such. Tokens have been seen to
 * stop working before their {@code exp}.
 *
 * <p>Empty lists are not sent: the generated models start every list empty, and PTV keeps a
 * stored list when a PUT leaves it out; clearing one is done with its {@code deleteAll*} flag.
 */
public class V11Client {

    private static final String GENERATED_VERSION_SEGMENT = "/api/v11/";

    private final PtvClientSettings settings;
    private final PtvTokenSource tokens;
    private final ObjectMapper objectMapper;
    private final OrganizationApi organizations;
    private final ServiceApi services;
    private final ServiceChannelApi channels;
    private final ConnectionApi connections;
    private final ApiClient apiClient;
    private final HttpClient reads;

    public V11Client(PtvClientSettings settings, PtvTokenSource tokens) {
        this.settings = settings;
        this.tokens = tokens;
        this.objectMapper = ApiClient.createDefaultObjectMapper()
                .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .addHandler(new LenientReadModels());
        // A base URL with a path (a proxy's prefix) comes before the generated /api/v11/.
        String basePath = URI.create(settings.baseUrl()).getRawPath();
        String generatedSegment = basePath + GENERATED_VERSION_SEGMENT;
        String versionSegment = basePath + "/api/" + settings.apiVersion() + "/";
        this.apiClient = new ApiClient(
                        HttpClient.newBuilder().connectTimeout(settings.connectTimeout()),
                        objectMapper,
                        settings.baseUrl())
                .setReadTimeout(settings.requestTimeout())
                .setRequestInterceptor(request -> {
                    rewriteVersion(request, generatedSegment, versionSegment);
                    request.setHeader("Content-Type", "application/json");
                    request.setHeader("Accept", "application/json");
                });
        // One client for every read this class sends itself: ApiClient.getHttpClient() builds a new
        // HttpClient on each call (a selector thread and a connection of its own; with one per read, a
        // node pushing all day held hundreds of them and opened a connection for every read).
        this.reads = apiClient.getHttpClient();
        this.organizations = new OrganizationApi(apiClient);
        this.services = new ServiceApi(apiClient);
        this.channels = new ServiceChannelApi(apiClient);
        this.connections = new ConnectionApi(apiClient);
    }

    public PtvClientSettings settings() {
        return settings;
    }

    /**
     * The mapper used for PTV's JSON: optional properties that are null or empty are not written,
     * unknown properties in answers are ignored. Required properties are always written (the
     * generated models mark them so), so a missing required value reaches PTV's validation as null.
     */
    public ObjectMapper objectMapper() {
        return objectMapper;
    }

    public V10VmOpenApiOrganization createOrganization(V9VmOpenApiOrganizationIn organization) throws PtvApiException {
        return call("POST Organization", headers -> organizations.apiV11OrganizationPost(organization, headers));
    }

    public V10VmOpenApiOrganization updateOrganizationBySourceId(String sourceId, V9VmOpenApiOrganizationInBase organization)
            throws PtvApiException {
        return call("PUT Organization/sourceId", headers -> organizations.apiV11OrganizationSourceIdSourceIdPut(sourceId, organization, headers));
    }

    public V10VmOpenApiOrganization updateOrganizationById(String ptvId, V9VmOpenApiOrganizationInBase organization)
            throws PtvApiException {
        return call("PUT Organization/{id}", headers -> organizations.apiV11OrganizationIdPut(ptvId, organization, headers));
    }

    public V11VmOpenApiService createService(V9VmOpenApiServiceIn service) throws PtvApiException {
        return call("POST Service", headers -> services.apiV11ServicePost(false, service, headers));
    }

    public V11VmOpenApiService updateServiceBySourceId(String sourceId, V9VmOpenApiServiceInBase service)
            throws PtvApiException {
        return call("PUT Service/sourceId", headers -> services.apiV11ServiceSourceIdSourceIdPut(sourceId, false, service, headers));
    }

    public V11VmOpenApiService updateServiceById(String ptvId, V9VmOpenApiServiceInBase service) throws PtvApiException {
        return call("PUT Service/{id}", headers -> services.apiV11ServiceIdPut(ptvId, false, service, headers));
    }

    public V11VmOpenApiElectronicChannel createEChannel(V11VmOpenApiElectronicChannelIn channel) throws PtvApiException {
        return call("POST EChannel", headers -> channels.apiV11ServiceChannelEChannelPost(channel, headers));
    }

    public V11VmOpenApiElectronicChannel updateEChannelBySourceId(String sourceId, V11VmOpenApiElectronicChannelInBase channel)
            throws PtvApiException {
        return call("PUT EChannel/sourceId", headers -> channels.apiV11ServiceChannelEChannelSourceIdSourceIdPut(sourceId, channel, headers));
    }

    public V11VmOpenApiElectronicChannel updateEChannelById(String ptvId, V11VmOpenApiElectronicChannelInBase channel)
            throws PtvApiException {
        return call("PUT EChannel/{id}", headers -> channels.apiV11ServiceChannelEChannelIdPut(ptvId, channel, headers));
    }

    public V11VmOpenApiPhoneChannel createPhoneChannel(V11VmOpenApiPhoneChannelIn channel) throws PtvApiException {
        return call("POST Phone", headers -> channels.apiV11ServiceChannelPhonePost(channel, headers));
    }

    public V11VmOpenApiPhoneChannel updatePhoneChannelBySourceId(String sourceId, V11VmOpenApiPhoneChannelInBase channel)
            throws PtvApiException {
        return call("PUT Phone/sourceId", headers -> channels.apiV11ServiceChannelPhoneSourceIdSourceIdPut(sourceId, channel, headers));
    }

    public V11VmOpenApiPhoneChannel updatePhoneChannelById(String ptvId, V11VmOpenApiPhoneChannelInBase channel)
            throws PtvApiException {
        return call("PUT Phone/{id}", headers -> channels.apiV11ServiceChannelPhoneIdPut(ptvId, channel, headers));
    }

    public V11VmOpenApiServiceLocationChannel createServiceLocationChannel(V11VmOpenApiServiceLocationChannelIn channel)
            throws PtvApiException {
        return call("POST ServiceLocation", headers -> channels.apiV11ServiceChannelServiceLocationPost(channel, headers));
    }

    public V11VmOpenApiServiceLocationChannel updateServiceLocationChannelBySourceId(
            String sourceId, V11VmOpenApiServiceLocationChannelInBase channel) throws PtvApiException {
        return call("PUT ServiceLocation/sourceId",
                headers -> channels.apiV11ServiceChannelServiceLocationSourceIdSourceIdPut(sourceId, channel, headers));
    }

    public V11VmOpenApiServiceLocationChannel updateServiceLocationChannelById(
            String ptvId, V11VmOpenApiServiceLocationChannelInBase channel) throws PtvApiException {
        return call("PUT ServiceLocation/{id}", headers -> channels.apiV11ServiceChannelServiceLocationIdPut(ptvId, channel, headers));
    }

    public V11VmOpenApiPrintableFormChannel createPrintableFormChannel(V10VmOpenApiPrintableFormChannelIn channel)
            throws PtvApiException {
        return call("POST PrintableForm", headers -> channels.apiV11ServiceChannelPrintableFormPost(channel, headers));
    }

    public V11VmOpenApiPrintableFormChannel updatePrintableFormChannelBySourceId(
            String sourceId, V10VmOpenApiPrintableFormChannelInBase channel) throws PtvApiException {
        return call("PUT PrintableForm/sourceId",
                headers -> channels.apiV11ServiceChannelPrintableFormSourceIdSourceIdPut(sourceId, channel, headers));
    }

    public V11VmOpenApiPrintableFormChannel updatePrintableFormChannelById(
            String ptvId, V10VmOpenApiPrintableFormChannelInBase channel) throws PtvApiException {
        return call("PUT PrintableForm/{id}", headers -> channels.apiV11ServiceChannelPrintableFormIdPut(ptvId, channel, headers));
    }

    public V11VmOpenApiWebPageChannel createWebPageChannel(V10VmOpenApiWebPageChannelIn channel) throws PtvApiException {
        return call("POST WebPage", headers -> channels.apiV11ServiceChannelWebPagePost(channel, headers));
    }

    public V11VmOpenApiWebPageChannel updateWebPageChannelBySourceId(String sourceId, V10VmOpenApiWebPageChannelInBase channel)
            throws PtvApiException {
        return call("PUT WebPage/sourceId", headers -> channels.apiV11ServiceChannelWebPageSourceIdSourceIdPut(sourceId, channel, headers));
    }

    public V11VmOpenApiWebPageChannel updateWebPageChannelById(String ptvId, V10VmOpenApiWebPageChannelInBase channel)
            throws PtvApiException {
        return call("PUT WebPage/{id}", headers -> channels.apiV11ServiceChannelWebPageIdPut(ptvId, channel, headers));
    }

    /** A service as PTV holds it, with its connections ({@code serviceChannels}). */
    public V11VmOpenApiService getService(String ptvId) throws PtvApiException {
        return call("GET Service/{id}", headers -> services.apiV11ServiceIdGet(ptvId, false, headers));
    }

    /**
     * The newest version of a service, a draft or one being edited included, with its connections
     * ({@code Service/active/{id}}, which needs the API account's token; the public
     * {@code Service/{id}} answers 404 until a service is published).
     */
    public V11VmOpenApiService getLatestService(String ptvId) throws PtvApiException {
        return call("GET Service/active/{id}", headers -> services.apiV11ServiceActiveIdGet(ptvId, false, headers));
    }

    /**
     * A GET of {@code /api/<version>/<pathAfterVersion>} (query included, already encoded), with
     * the token and the 401 handling of every call, sent once more when the connection broke before
     * an answer ({@link #send}), answering PTV's body as it came: the reads
     * take PTV's read models as JSON trees, because the generated read models lose what they do
     * not know and type a channel as a wrapper PTV never sends.
     *
     * @throws PtvApiException for any status other than 2xx (404 included), or no answer
     */
    public String getJson(String operation, String pathAfterVersion) throws PtvApiException {
        URI uri = URI.create(apiClient.getBaseUri() + "/api/" + settings.apiVersion() + "/" + pathAfterVersion);
        return call(operation, headers -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
            headers.forEach(request::header);
            if (apiClient.getReadTimeout() != null) {
                request.timeout(apiClient.getReadTimeout());
            }
            apiClient.getRequestInterceptor().accept(request);
            HttpResponse<String> response = send(request.build());
            if (response.statusCode() / 100 != 2) {
                throw new ApiException(response.statusCode(), operation + " answered " + response.statusCode(),
                        response.headers(), response.body());
            }
            return response.body();
        });
    }

    /**
     * Sends a GET, once more when the connection broke before an answer: a pooled connection the
     * server (or the JDK client's own timer) closed as it was reused fails with "EOF reached while
     * reading" without the request having been taken, and a GET changes nothing, so repeating it
     * is safe. A timeout is not repeated.
     */
    private HttpResponse<String> send(HttpRequest get) throws ApiException {
        for (int attempt = 1; ; attempt++) {
            try {
                return reads.send(get, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (HttpTimeoutException e) {
                throw new ApiException(e);
            } catch (IOException e) {
                if (attempt == 2) {
                    throw new ApiException(e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiException(e);
            }
        }
    }

    /**
     * Replaces the whole set of a service's channel connections (PTV removes the ones left out).
     */
    public V11VmOpenApiService replaceServiceConnections(String serviceId, V11VmOpenApiServiceAndChannelRelationInBase relations)
            throws PtvApiException {
        return call("PUT Connection/serviceId", headers -> connections.apiV11ConnectionServiceIdServiceIdPut(serviceId, relations, headers));
    }

    /**
     * PTV's read models change between versions and do not always match the generated ones (a
     * municipality as a code where an object is expected, say). A value of an unexpected shape is
     * read as null instead of failing the whole answer: the middleware needs the id, sourceId and
     * status of a saved item, and the raw answer is kept in the integration log anyway.
     */
    private static final class LenientReadModels extends DeserializationProblemHandler {
        /**
         * PTV writes its UTC times without an offset ({@code 2020-04-22T09:35:58.293984}), which
         * the generated models' RFC 3339 reader refuses: without this every real write answer
         * would fail to read although PTV saved the item.
         */
        @Override
        public Object handleWeirdStringValue(DeserializationContext context, Class<?> type, String value, String message) {
            if (type == OffsetDateTime.class && value != null) {
                try {
                    return LocalDateTime.parse(value.strip()).atOffset(ZoneOffset.UTC);
                } catch (DateTimeParseException notLocal) {
                    return null;
                }
            }
            return null;
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext context, Class<?> type, ValueInstantiator instantiator,
                JsonParser parser, String message) throws IOException {
            parser.skipChildren();
            return null;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext context, JavaType type, JsonToken token, JsonParser parser,
                String message) throws IOException {
            parser.skipChildren();
            return null;
        }
    }

    private static void rewriteVersion(HttpRequest.Builder request, String generatedSegment, String versionSegment) {
        if (generatedSegment.equals(versionSegment)) {
            return;
        }
        URI uri = request.build().uri();
        String path = uri.getRawPath();
        if (path != null && path.startsWith(generatedSegment)) {
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            request.uri(URI.create(uri.getScheme() + "://" + uri.getRawAuthority()
                    + versionSegment + path.substring(generatedSegment.length()) + query));
        }
    }

    @FunctionalInterface
    private interface PtvCall<T> {
        T run(Map<String, String> headers) throws ApiException;
    }

    private <T> T call(String operation, PtvCall<T> call) throws PtvApiException {
        String token = tokens.token();
        try {
            return call.run(authorization(token));
        } catch (ApiException e) {
            if (e.getCode() != 401 || token == null) {
                throw translate(operation, e, false);
            }
        }
        tokens.invalidate(token);
        String renewed = tokens.token();
        try {
            return call.run(authorization(renewed));
        } catch (ApiException e) {
            throw translate(operation + " after a new login", e, true);
        }
    }

    private static Map<String, String> authorization(String token) {
        return token == null ? Map.of() : Map.of("Authorization", "Bearer " + token);
    }

    private static PtvApiException translate(String operation, ApiException e, boolean afterNewLogin) {
        if (e.getCode() == 0) {
            return new PtvApiException(operation, e.getCause() != null ? e.getCause() : e);
        }
        String retryAfter = e.getResponseHeaders() == null ? null
                : e.getResponseHeaders().firstValue("Retry-After").orElse(null);
        return new PtvApiException(e.getCode(), e.getResponseBody(), operation,
                PtvApiException.parseRetryAfter(retryAfter, java.time.Clock.systemUTC()), afterNewLogin);
    }
}

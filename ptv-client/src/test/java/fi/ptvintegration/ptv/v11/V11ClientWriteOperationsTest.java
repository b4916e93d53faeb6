package fi.ptvintegration.ptv.v11;

import fi.ptvintegration.ptv.port.PtvApiException;
import fi.ptvintegration.ptv.http.PtvClientSettings;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.VerificationException;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import fi.ptvintegration.ptv.v11.generated.model.V10VmOpenApiPrintableFormChannelIn;
import fi.ptvintegration.ptv.v11.generated.model.V10VmOpenApiPrintableFormChannelInBase;
import fi.ptvintegration.ptv.v11.generated.model.V10VmOpenApiWebPageChannelIn;
import fi.ptvintegration.ptv.v11.generated.model.V10VmOpenApiWebPageChannelInBase;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiElectronicChannelIn;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiElectronicChannelInBase;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiPhoneChannelIn;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiPhoneChannelInBase;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiServiceAndChannelRelationInBase;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiServiceLocationChannelIn;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiServiceLocationChannelInBase;
import fi.ptvintegration.ptv.v11.generated.model.V9VmOpenApiOrganizationIn;
import fi.ptvintegration.ptv.v11.generated.model.V9VmOpenApiOrganizationInBase;
import fi.ptvintegration.ptv.v11.generated.model.V9VmOpenApiServiceIn;
import fi.ptvintegration.ptv.v11.generated.model.V9VmOpenApiServiceInBase;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every write operation of the facade, against WireMock: the HTTP method and path PTV expects,
 * under a non-default API version so that the version rewrite is checked for each of them, with
 * the bearer token, JSON content type and the body that was given.
 */
class V11ClientWriteOperationsTest {

    private static final String TOKEN = "write-ops-token";
    private static final String ID = "0b7f7a5e-4d7e-4c8e-9f3e-3b2f1c0d9a11";
    private static final String SOURCE_ID = "turku-src-1";

    private WireMockServer ptv;

    @FunctionalInterface
    private interface WriteCall {
        Object call(V11Client client) throws PtvApiException;
    }

    @BeforeEach
    void startPtv() {
        ptv = new WireMockServer(wireMockConfig().dynamicPort());
        ptv.start();
        ptv.stubFor(any(anyUrl()).willReturn(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + ID + "\"}")));
    }

    @AfterEach
    void stopPtv() {
        ptv.stop();
    }

    private V11Client client(String baseUrl, String version) {
        return new V11Client(new PtvClientSettings(baseUrl, version, Duration.ofSeconds(2), Duration.ofSeconds(5)), () -> TOKEN);
    }

    static Stream<Arguments> writeOperations() {
        return Stream.of(
                op("createOrganization", "POST", "/Organization",
                        c -> c.createOrganization(new V9VmOpenApiOrganizationIn().sourceId(SOURCE_ID))),
                op("updateOrganizationBySourceId", "PUT", "/Organization/sourceId/" + SOURCE_ID,
                        c -> c.updateOrganizationBySourceId(SOURCE_ID, new V9VmOpenApiOrganizationInBase().sourceId(SOURCE_ID))),
                op("updateOrganizationById", "PUT", "/Organization/" + ID,
                        c -> c.updateOrganizationById(ID, new V9VmOpenApiOrganizationInBase().sourceId(SOURCE_ID))),
                op("createService", "POST", "/Service",
                        c -> c.createService(new V9VmOpenApiServiceIn().sourceId(SOURCE_ID))),
                op("updateServiceBySourceId", "PUT", "/Service/sourceId/" + SOURCE_ID,
                        c -> c.updateServiceBySourceId(SOURCE_ID, new V9VmOpenApiServiceInBase().sourceId(SOURCE_ID))),
                op("updateServiceById", "PUT", "/Service/" + ID,
                        c -> c.updateServiceById(ID, new V9VmOpenApiServiceInBase().sourceId(SOURCE_ID))),
                op("createEChannel", "POST", "/ServiceChannel/EChannel",
                        c -> c.createEChannel(new V11VmOpenApiElectronicChannelIn().sourceId(SOURCE_ID))),
                op("updateEChannelBySourceId", "PUT", "/ServiceChannel/EChannel/sourceId/" + SOURCE_ID,
                        c -> c.updateEChannelBySourceId(SOURCE_ID, new V11VmOpenApiElectronicChannelInBase().sourceId(SOURCE_ID))),
                op("updateEChannelById", "PUT", "/ServiceChannel/EChannel/" + ID,
                        c -> c.updateEChannelById(ID, new V11VmOpenApiElectronicChannelInBase().sourceId(SOURCE_ID))),
                op("createPhoneChannel", "POST", "/ServiceChannel/Phone",
                        c -> c.createPhoneChannel(new V11VmOpenApiPhoneChannelIn().sourceId(SOURCE_ID))),
                op("updatePhoneChannelBySourceId", "PUT", "/ServiceChannel/Phone/sourceId/" + SOURCE_ID,
                        c -> c.updatePhoneChannelBySourceId(SOURCE_ID, new V11VmOpenApiPhoneChannelInBase().sourceId(SOURCE_ID))),
                op("updatePhoneChannelById", "PUT", "/ServiceChannel/Phone/" + ID,
                        c -> c.updatePhoneChannelById(ID, new V11VmOpenApiPhoneChannelInBase().sourceId(SOURCE_ID))),
                op("createServiceLocationChannel", "POST", "/ServiceChannel/ServiceLocation",
                        c -> c.createServiceLocationChannel(new V11VmOpenApiServiceLocationChannelIn().sourceId(SOURCE_ID))),
                op("updateServiceLocationChannelBySourceId", "PUT", "/ServiceChannel/ServiceLocation/sourceId/" + SOURCE_ID,
                        c -> c.updateServiceLocationChannelBySourceId(SOURCE_ID,
                                new V11VmOpenApiServiceLocationChannelInBase().sourceId(SOURCE_ID))),
                op("updateServiceLocationChannelById", "PUT", "/ServiceChannel/ServiceLocation/" + ID,
                        c -> c.updateServiceLocationChannelById(ID, new V11VmOpenApiServiceLocationChannelInBase().sourceId(SOURCE_ID))),
                op("createPrintableFormChannel", "POST", "/ServiceChannel/PrintableForm",
                        c -> c.createPrintableFormChannel(new V10VmOpenApiPrintableFormChannelIn().sourceId(SOURCE_ID))),
                op("updatePrintableFormChannelBySourceId", "PUT", "/ServiceChannel/PrintableForm/sourceId/" + SOURCE_ID,
                        c -> c.updatePrintableFormChannelBySourceId(SOURCE_ID,
                                new V10VmOpenApiPrintableFormChannelInBase().sourceId(SOURCE_ID))),
                op("updatePrintableFormChannelById", "PUT", "/ServiceChannel/PrintableForm/" + ID,
                        c -> c.updatePrintableFormChannelById(ID, new V10VmOpenApiPrintableFormChannelInBase().sourceId(SOURCE_ID))),
                op("createWebPageChannel", "POST", "/ServiceChannel/WebPage",
                        c -> c.createWebPageChannel(new V10VmOpenApiWebPageChannelIn().sourceId(SOURCE_ID))),
                op("updateWebPageChannelBySourceId", "PUT", "/ServiceChannel/WebPage/sourceId/" + SOURCE_ID,
                        c -> c.updateWebPageChannelBySourceId(SOURCE_ID, new V10VmOpenApiWebPageChannelInBase().sourceId(SOURCE_ID))),
                op("updateWebPageChannelById", "PUT", "/ServiceChannel/WebPage/" + ID,
                        c -> c.updateWebPageChannelById(ID, new V10VmOpenApiWebPageChannelInBase().sourceId(SOURCE_ID))));
    }

    private static Arguments op(String name, String method, String pathAfterVersion, WriteCall call) {
        return Arguments.of(name, method, pathAfterVersion, call);
    }

    @ParameterizedTest(name = "{0} sends {1} {2}")
    @MethodSource("writeOperations")
    void writeOperationSendsItsMethodAndPathUnderTheConfiguredVersion(String name, String method, String pathAfterVersion,
            WriteCall call) throws Exception {
        Object answer = call.call(client(ptv.baseUrl(), "v12"));

        assertThat(answer).as("%s returns PTV's answer as a read model", name).isNotNull();
        RequestPatternBuilder expected = ("POST".equals(method) ? postRequestedFor(urlPathEqualTo("/api/v12" + pathAfterVersion))
                        : putRequestedFor(urlPathEqualTo("/api/v12" + pathAfterVersion)))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(matchingJsonPath("$.sourceId", equalTo(SOURCE_ID)));
        verifyOneRequest(name, expected);
    }

    @Test
    void replaceServiceConnectionsPutsTheRelationsToTheServiceIdPath() throws Exception {
        client(ptv.baseUrl(), "v12").replaceServiceConnections(ID,
                new V11VmOpenApiServiceAndChannelRelationInBase().deleteAllChannelRelations(true));

        verifyOneRequest("replaceServiceConnections", putRequestedFor(urlPathEqualTo("/api/v12/Connection/serviceId/" + ID))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(matchingJsonPath("$.deleteAllChannelRelations", equalTo("true"))));
    }

    @Test
    void aBaseUrlWithAPathPrefixKeepsThePrefixBeforeTheConfiguredVersion() throws Exception {
        client(ptv.baseUrl() + "/ptv-proxy", "v12").createOrganization(new V9VmOpenApiOrganizationIn().sourceId(SOURCE_ID));

        verifyOneRequest("createOrganization behind a prefix", postRequestedFor(urlPathEqualTo("/ptv-proxy/api/v12/Organization")));
    }

    @Test
    void aSourceIdWithReservedCharactersIsPathEncodedAndSurvivesTheVersionRewrite() throws Exception {
        client(ptv.baseUrl(), "v12").updateOrganizationBySourceId("turku org/1", new V9VmOpenApiOrganizationInBase());

        List<String> urls = ptv.getAllServeEvents().stream().map(e -> e.getRequest().getUrl()).collect(Collectors.toList());
        assertThat(urls).containsExactly("/api/v12/Organization/sourceId/turku%20org%2F1");
    }

    private void verifyOneRequest(String operation, RequestPatternBuilder expected) {
        List<LoggedRequest> all = ptv.findAll(anyRequestedFor(anyUrl()));
        assertThat(all).as("requests PTV received for %s", operation).hasSize(1);
        try {
            ptv.verify(1, expected);
        } catch (VerificationException e) {
            LoggedRequest got = all.get(0);
            throw new AssertionError(operation + " sent " + got.getMethod() + " " + got.getUrl() + " with body "
                    + got.getBodyAsString() + ", not what was expected: " + e.getMessage(), e);
        }
    }
}

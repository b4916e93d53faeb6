package fi.ptvintegration.ptv.v11;

import fi.ptvintegration.ptv.port.PtvApiException;
import fi.ptvintegration.ptv.http.PtvClientSettings;
import fi.ptvintegration.ptv.http.PtvTokenSource;
import fi.ptvintegration.ptv.http.PtvCredentials;
import fi.ptvintegration.ptv.http.PtvLoginTokenSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import fi.ptvintegration.ptv.v11.generated.model.V10VmOpenApiOrganization;
import fi.ptvintegration.ptv.v11.generated.model.V9VmOpenApiOrganizationIn;
import fi.ptvintegration.ptv.v11.generated.model.V9VmOpenApiOrganizationInBase;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class V11ClientTest {

    private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.secret-token-value.sig";
    private static final String ORGANIZATION_ID = "7fdd7f84-e52a-4c17-a59a-d7c2a3095ed5";

    private WireMockServer ptv;

    @BeforeEach
    void startPtv() {
        ptv = new WireMockServer(wireMockConfig().dynamicPort());
        ptv.start();
    }

    @AfterEach
    void stopPtv() {
        ptv.stop();
    }

    private V11Client client(String version, Duration requestTimeout) {
        return new V11Client(
                new PtvClientSettings(ptv.baseUrl(), version, Duration.ofSeconds(2), requestTimeout), () -> TOKEN);
    }

    private static V9VmOpenApiOrganizationIn organization() {
        return new V9VmOpenApiOrganizationIn()
                .sourceId("turku-org-1")
                .organizationType("Municipality")
                .publishingStatus("Draft");
    }

    @Test
    void createOrganizationPostsJsonToTheConfiguredVersionPathWithTheBearerToken() throws Exception {
        ptv.stubFor(post("/api/v11/Organization").willReturn(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + ORGANIZATION_ID + "\",\"publishingStatus\":\"Draft\",\"unknownField\":1}")));

        V10VmOpenApiOrganization saved = client("v11", Duration.ofSeconds(5)).createOrganization(organization());

        assertThat(saved.getId()).hasToString(ORGANIZATION_ID);
        assertThat(saved.getPublishingStatus()).isEqualTo("Draft");
        ptv.verify(postRequestedFor(urlPathEqualTo("/api/v11/Organization"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("Content-Type", equalTo("application/json"))
                // Optional empty lists are left out; required ones are always sent, so that a
                // missing required value reaches PTV's validation rather than vanishing.
                .withRequestBody(equalToJson("{\"sourceId\":\"turku-org-1\",\"organizationType\":\"Municipality\","
                        + "\"publishingStatus\":\"Draft\",\"organizationNames\":[],\"organizationDescriptions\":[],"
                        + "\"displayNameType\":[]}")));
    }

    @Test
    void anAnswerWithFieldsOfAnotherShapeStillGivesTheIdAndStatus() throws Exception {
        ptv.stubFor(post("/api/v11/Organization").willReturn(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + ORGANIZATION_ID + "\",\"municipality\":\"853\",\"areas\":[\"853\"],"
                        + "\"emails\":{\"unexpected\":true},\"publishingStatus\":\"Published\"}")));

        V10VmOpenApiOrganization saved = client("v11", Duration.ofSeconds(5)).createOrganization(organization());

        assertThat(saved.getId()).hasToString(ORGANIZATION_ID);
        assertThat(saved.getPublishingStatus()).isEqualTo("Published");
        assertThat(saved.getMunicipality()).isNull();
    }

    @Test
    void aConfiguredNewerApiVersionReplacesTheGeneratedV11Segment() throws Exception {
        ptv.stubFor(put("/api/v12/Organization/sourceId/turku-org-1").willReturn(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + ORGANIZATION_ID + "\"}")));

        client("v12", Duration.ofSeconds(5))
                .updateOrganizationBySourceId("turku-org-1", new V9VmOpenApiOrganizationInBase().publishingStatus("Published"));

        ptv.verify(putRequestedFor(urlPathEqualTo("/api/v12/Organization/sourceId/turku-org-1"))
                .withRequestBody(equalToJson("{\"publishingStatus\":\"Published\"}", true, true)));
    }

    @Test
    void aPtv400BecomesAnExceptionWithStatusAndBodyButNoToken() {
        String fieldErrors = "{\"OrganizationNames\":[\"Type - Required value 'Name' was not found!\"]}";
        ptv.stubFor(post("/api/v11/Organization").willReturn(aResponse()
                .withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody(fieldErrors)));

        assertThatThrownBy(() -> client("v11", Duration.ofSeconds(5)).createOrganization(organization()))
                .isInstanceOfSatisfying(PtvApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.responseBody()).isEqualTo(fieldErrors);
                    assertThat(e.getMessage()).contains("POST Organization answered 400").contains("OrganizationNames");
                    assertThat(e.toString()).doesNotContain(TOKEN);
                    assertThat(e.isTransportFailure()).isFalse();
                });
    }

    @Test
    void anUnknownSourceIdOnUpdateIsA404WithPtvsMessage() {
        ptv.stubFor(put("/api/v11/Organization/sourceId/nope").willReturn(aResponse()
                .withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errorMessage\":\"Entity with sourceId 'nope' not found.\"}")));

        assertThatThrownBy(() -> client("v11", Duration.ofSeconds(5))
                        .updateOrganizationBySourceId("nope", new V9VmOpenApiOrganizationInBase().publishingStatus("Draft")))
                .isInstanceOfSatisfying(PtvApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.responseBody()).contains("not found");
                });
    }

    @Test
    void aSlowPtvFailsAfterTheRequestTimeoutInsteadOfHanging() {
        ptv.stubFor(post("/api/v11/Organization").willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));
        Instant started = Instant.now();

        assertThatThrownBy(() -> client("v11", Duration.ofMillis(300)).createOrganization(organization()))
                .isInstanceOfSatisfying(PtvApiException.class, e -> {
                    assertThat(e.isTransportFailure()).isTrue();
                    assertThat(e.getMessage()).contains("HttpTimeoutException").doesNotContain(TOKEN);
                });
        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofMillis(2_500));
    }

    @Test
    void anUnreachablePtvIsATransportFailure() {
        String baseUrl = ptv.baseUrl();
        ptv.stop();
        V11Client client = new V11Client(
                new PtvClientSettings(baseUrl, "v11", Duration.ofSeconds(1), Duration.ofSeconds(2)), () -> TOKEN);

        assertThatThrownBy(() -> client.createOrganization(organization()))
                .isInstanceOfSatisfying(PtvApiException.class, e -> assertThat(e.status()).isZero());
    }

    @Test
    void a401RenewsTheTokenOnceAndRetries() throws Exception {
        ptv.stubFor(post("/api/auth/api-login").inScenario("login").whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(aResponse().withStatus(200).withBody("{\"ptvToken\":\"stale-token\"}")).willSetStateTo("second"));
        ptv.stubFor(post("/api/auth/api-login").inScenario("login").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(200).withBody("{\"ptvToken\":\"fresh-token\"}")));
        ptv.stubFor(post("/api/v11/Organization").withHeader("Authorization", equalTo("Bearer stale-token"))
                .willReturn(aResponse().withStatus(401).withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"")));
        ptv.stubFor(post("/api/v11/Organization").withHeader("Authorization", equalTo("Bearer fresh-token"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"" + ORGANIZATION_ID + "\"}")));
        PtvLoginTokenSource tokens = loginSource();

        V10VmOpenApiOrganization saved = new V11Client(settings(), tokens).createOrganization(organization());

        assertThat(saved.getId()).hasToString(ORGANIZATION_ID);
        assertThat(tokens.logins()).isEqualTo(2);
        ptv.verify(2, postRequestedFor(urlPathEqualTo("/api/v11/Organization")));
    }

    @Test
    void a401AfterTheNewLoginIsReportedAndNotRetriedAgain() {
        ptv.stubFor(post("/api/auth/api-login").willReturn(aResponse().withStatus(200).withBody("{\"ptvToken\":\"some-token\"}")));
        ptv.stubFor(post("/api/v11/Organization").willReturn(aResponse().withStatus(401)));
        PtvLoginTokenSource tokens = loginSource();

        assertThatThrownBy(() -> new V11Client(settings(), tokens).createOrganization(organization()))
                .isInstanceOfSatisfying(PtvApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.getMessage()).contains("after a new login").doesNotContain("some-token");
                });
        ptv.verify(2, postRequestedFor(urlPathEqualTo("/api/v11/Organization")));
        assertThat(tokens.logins()).isEqualTo(2);
    }

    private PtvClientSettings settings() {
        return new PtvClientSettings(ptv.baseUrl(), "v11", Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    private PtvLoginTokenSource loginSource() {
        return new PtvLoginTokenSource(java.net.URI.create(ptv.baseUrl() + "/api/auth/api-login"),
                new PtvCredentials("turku-api", "pw", null), Duration.ofSeconds(2), Duration.ofSeconds(5),
                Duration.ofMinutes(5), Duration.ofMinutes(30), java.time.Clock.systemUTC());
    }

    @Test
    void noTokenMeansNoAuthorizationHeader() throws Exception {
        ptv.stubFor(post("/api/v11/Organization").willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));
        V11Client anonymous = new V11Client(
                new PtvClientSettings(ptv.baseUrl(), "v11", Duration.ofSeconds(2), Duration.ofSeconds(5)), PtvTokenSource.none());

        anonymous.createOrganization(organization());

        ptv.verify(postRequestedFor(urlPathEqualTo("/api/v11/Organization")).withoutHeader("Authorization"));
    }
}

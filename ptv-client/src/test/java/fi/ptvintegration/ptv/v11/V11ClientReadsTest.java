package fi.ptvintegration.ptv.v11;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import fi.ptvintegration.ptv.http.PtvClientSettings;
import fi.ptvintegration.ptv.http.PtvTokenSource;
import fi.ptvintegration.ptv.port.PtvApiException;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiService;
import fi.ptvintegration.ptv.v11.generated.model.V9VmOpenApiServiceIn;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The facade's raw reads and how it reads PTV's real answers: a write answered with a recorded v11
 * read model (times without an offset, as PTV writes them), a GET's body as it came, a 404 as a
 * failure with PTV's body, and a GET repeated with a new token after a 401.
 */
class V11ClientReadsTest {

    static final String SAMPLES = "/fi/ptvintegration/ptv/samples/";
    private static final String SERVICE_ID = "3668d250-cd80-45c4-abcc-9b2d3a2b3e42";

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

    static String sample(String path) {
        try (InputStream in = V11ClientReadsTest.class.getResourceAsStream(SAMPLES + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private V11Client client(PtvTokenSource tokens) {
        return new V11Client(new PtvClientSettings(ptv.baseUrl(), "v11", Duration.ofSeconds(2), Duration.ofSeconds(5)), tokens);
    }

    @Test
    void givenPtvsRealAnswerWithTimesWithoutOffsetWhenAServiceIsCreatedThenTheAnswerIsReadAsUtc() throws Exception {
        ptv.stubFor(post("/api/v11/Service?attachProposedChannels=false").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(sample("v11/services/" + SERVICE_ID + ".json"))));

        V11VmOpenApiService saved = client(() -> "token").createService(new V9VmOpenApiServiceIn().publishingStatus("Published"));

        assertThat(saved.getId()).hasToString(SERVICE_ID);
        assertThat(saved.getModified()).isEqualTo(OffsetDateTime.parse("2020-04-22T09:35:58.293984Z"));
        assertThat(saved.getServiceChannels()).isNotEmpty().allSatisfy(c -> assertThat(c.getModified()).isNotNull());
    }

    @Test
    void givenAnItemWhenReadAsJsonThenPtvsBodyComesAsItWasWithTheTokenAndTheConfiguredVersion() throws Exception {
        String body = sample("v11/services/" + SERVICE_ID + ".json");
        ptv.stubFor(get("/api/v12/Service/active/" + SERVICE_ID).willReturn(aResponse().withStatus(200).withBody(body)));
        V11Client client = new V11Client(new PtvClientSettings(ptv.baseUrl(), "v12", Duration.ofSeconds(2), Duration.ofSeconds(5)),
                () -> "read-token");

        String answer = client.getJson("GET Service/active/{id}", "Service/active/" + SERVICE_ID);

        assertThat(answer).isEqualTo(body);
        ptv.verify(getRequestedFor(urlEqualTo("/api/v12/Service/active/" + SERVICE_ID))
                .withHeader("Authorization", equalTo("Bearer read-token")).withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void givenAnUnknownIdWhenReadAsJsonThen404IsAFailureWithPtvsBody() {
        ptv.stubFor(get("/api/v11/Service/" + SERVICE_ID).willReturn(aResponse().withStatus(404)
                .withBody("{\"errorMessage\":\"Service with id '" + SERVICE_ID + "' not found.\"}")));

        assertThatThrownBy(() -> client(PtvTokenSource.none()).getJson("GET Service/{id}", "Service/" + SERVICE_ID))
                .isInstanceOfSatisfying(PtvApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.responseBody()).contains("not found");
                    assertThat(e.isTransportFailure()).isFalse();
                });
    }

    @Test
    void givenAnExpiredTokenWhenReadAsJsonThenTheReadIsRepeatedOnceWithANewToken() throws Exception {
        ptv.stubFor(get("/api/v11/Organization/" + SERVICE_ID).inScenario("token").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(401)).willSetStateTo("renewed"));
        ptv.stubFor(get("/api/v11/Organization/" + SERVICE_ID).inScenario("token").whenScenarioStateIs("renewed")
                .willReturn(aResponse().withStatus(200).withBody("{\"id\":\"" + SERVICE_ID + "\"}")));
        List<String> invalidated = new ArrayList<>();
        int[] logins = {0};
        PtvTokenSource tokens = new PtvTokenSource() {
            @Override
            public String token() {
                return "token-" + ++logins[0];
            }

            @Override
            public void invalidate(String token) {
                invalidated.add(token);
            }
        };

        String answer = client(tokens).getJson("GET Organization/{id}", "Organization/" + SERVICE_ID);

        assertThat(answer).contains(SERVICE_ID);
        assertThat(invalidated).containsExactly("token-1");
        ptv.verify(getRequestedFor(urlEqualTo("/api/v11/Organization/" + SERVICE_ID)).withHeader("Authorization", equalTo("Bearer token-2")));
    }

    @Test
    void givenNoPtvWhenReadAsJsonThenTheFailureIsATransportFailure() {
        int port = ptv.port();
        ptv.stop();

        assertThatThrownBy(() -> new V11Client(new PtvClientSettings("http://127.0.0.1:" + port, "v11", Duration.ofSeconds(1),
                Duration.ofSeconds(1)), PtvTokenSource.none()).getJson("GET Service/{id}", "Service/" + SERVICE_ID))
                .isInstanceOfSatisfying(PtvApiException.class, e -> assertThat(e.isTransportFailure()).isTrue());
    }

    @Test
    void givenAConnectionThatBreaksBeforeAnAnswerWhenReadAsJsonThenTheGetIsSentOnceMore() throws Exception {
        ptv.stubFor(get("/api/v11/Service/" + SERVICE_ID).inScenario("reset").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("up"));
        ptv.stubFor(get("/api/v11/Service/" + SERVICE_ID).inScenario("reset").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200).withBody("{\"id\":\"" + SERVICE_ID + "\"}")));

        String answer = client(PtvTokenSource.none()).getJson("GET Service/{id}", "Service/" + SERVICE_ID);

        assertThat(answer).contains(SERVICE_ID);
        ptv.verify(2, getRequestedFor(urlEqualTo("/api/v11/Service/" + SERVICE_ID)));
    }

    /**
     * The reads share one HTTP client: the generated ApiClient builds a new one (with a selector
     * thread of its own and no pooled connection) each time it is asked for one, and a read per push
     * once left hundreds of them in a node.
     */
    @Test
    void givenManyReadsWhenSentThenTheyShareOneHttpClient() throws Exception {
        ptv.stubFor(get("/api/v11/Service/" + SERVICE_ID).willReturn(aResponse().withStatus(200).withBody("{\"id\":\"" + SERVICE_ID + "\"}")));
        V11Client client = client(PtvTokenSource.none());
        client.getJson("GET Service/{id}", "Service/" + SERVICE_ID);
        long before = httpClientThreads();

        for (int i = 0; i < 40; i++) {
            client.getJson("GET Service/{id}", "Service/" + SERVICE_ID);
        }

        assertThat(httpClientThreads() - before).as("HTTP client selector threads started by 40 reads").isLessThan(5);
    }

    private static long httpClientThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().endsWith("-SelectorManager")).count();
    }

    @Test
    void givenAConnectionThatBreaksTwiceWhenReadAsJsonThenTheFailureIsATransportFailureAfterTwoSends() {
        ptv.stubFor(get("/api/v11/Service/" + SERVICE_ID).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> client(PtvTokenSource.none()).getJson("GET Service/{id}", "Service/" + SERVICE_ID))
                .isInstanceOfSatisfying(PtvApiException.class, e -> assertThat(e.isTransportFailure()).isTrue());
        ptv.verify(2, getRequestedFor(urlEqualTo("/api/v11/Service/" + SERVICE_ID)));
    }

    @Test
    void givenPtvAnswersTooLateWhenReadAsJsonThenTheTimeoutIsNotRepeated() {
        ptv.stubFor(get("/api/v11/Service/" + SERVICE_ID).willReturn(aResponse().withStatus(200).withFixedDelay(1500).withBody("{}")));
        V11Client client = new V11Client(new PtvClientSettings(ptv.baseUrl(), "v11", Duration.ofSeconds(2), Duration.ofMillis(300)),
                PtvTokenSource.none());

        assertThatThrownBy(() -> client.getJson("GET Service/{id}", "Service/" + SERVICE_ID))
                .isInstanceOfSatisfying(PtvApiException.class, e -> assertThat(e.isTransportFailure()).isTrue());
        ptv.verify(1, getRequestedFor(urlEqualTo("/api/v11/Service/" + SERVICE_ID)));
    }
}

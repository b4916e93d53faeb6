package fi.ptvintegration.routes.push;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.sourceid.SourceIdMapping;
import fi.ptvintegration.ptv.adapters.PtvAdapters;
import fi.ptvintegration.ptv.http.PtvClientSettings;
import fi.ptvintegration.routes.ptv.PtvAccounts;
import fi.ptvintegration.routes.runtime.ApplicationSettings;
import fi.ptvintegration.routes.runtime.ApplicationTestSupport;
import fi.ptvintegration.routes.store.DeliveryStore;
import fi.ptvintegration.routes.store.PatStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The application with PTV played by WireMock (two accounts: the default one and the
 * organisation {@code turku-sivistys}'s own), an API key for Drupal, sourceIds prefixed
 * {@code turku-}, and the organisation {@code turku-liikuntapalvelut} stored. The outbox poller
 * idles: these tests are about the push call's own first attempt.
 */
abstract class PushTestSupport extends ApplicationTestSupport {

    static final ObjectMapper JSON = PatJson.mapper();
    static final String API_KEY = "push-key";
    static final String ORG_ID = "5f3c0a66-2a5b-4f5e-9b56-3c0f8d2f1a11";
    static final String PARENT_ID = "7fdd7f84-e52a-4c17-a59a-d7c2a3095ed5";

    final WireMockServer ptv = started(new WireMockServer(wireMockConfig().dynamicPort()));

    private static WireMockServer started(WireMockServer server) {
        server.start();
        return server;
    }

    @Override
    protected ApplicationSettings settings() {
        ApplicationSettings.Delivery idle = super.settings().delivery();
        return super.settings()
                .with(new ApplicationSettings.Intake(List.of(API_KEY), "karaf", "ptv-intake", 1_048_576))
                .with(new ApplicationSettings.Push(new SourceIdMapping("turku-"), createWhenMissing()))
                .with(new ApplicationSettings.Delivery(idle.concurrency(), 3, Duration.ofSeconds(30), Duration.ofMinutes(5),
                        idle.pollInterval(), Duration.ofMinutes(2), false, true));
    }

    /** Whether a put of something PTV lacks creates it. */
    boolean createWhenMissing() {
        return false;
    }

    @Override
    protected PtvAccounts ptvAccounts() {
        PtvClientSettings settings = new PtvClientSettings(ptv.baseUrl(), "v11", Duration.ofSeconds(2), Duration.ofSeconds(5));
        // The organisation "turku-sivistys" has a PTV account of its own.
        return new PtvAccounts(PtvAdapters.connect(settings, () -> "default-account-token"),
                Map.of("turku-sivistys", PtvAdapters.connect(settings, () -> "sivistys-account-token")));
    }

    @BeforeEach
    void storeTheOrganisation() throws Exception {
        records().put(RecordKind.ORGANIZATION, "turku-liikuntapalvelut", JSON.writeValueAsString(PatJson.example("organization")),
                "setup");
    }

    @AfterEach
    void stopPtv() {
        ptv.stop();
    }

    PatStore records() {
        return application.records();
    }

    DeliveryStore deliveries() {
        return application.deliveries();
    }

    /**
     * A push as Drupal calls it, named as in the original system: {@code postOrganization},
     * {@code putService}... become the path's kind and operation.
     */
    Answer push(String operation, String code) {
        String kind = operation.replaceFirst("^(post|put)", "").replaceFirst("ByPut$", "").toLowerCase(java.util.Locale.ROOT);
        String pushOperation = operation.startsWith("put") ? "put" : "post";
        return call(PtvPushRouteBuilder.ROUTE_ID, null, Map.of("kind", kind, "operation", pushOperation, "code", code,
                "X-API-Key", API_KEY, Exchange.HTTP_PATH, "/" + kind + "/" + pushOperation + "/" + code));
    }

    void ptvSaves(String method) {
        var answer = aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + ORG_ID + "\",\"sourceId\":\"turku-turku-liikuntapalvelut\",\"publishingStatus\":\"Published\"}");
        ptv.stubFor("POST".equals(method) ? post(urlPathEqualTo("/api/v11/Organization")).willReturn(answer)
                : put(urlPathEqualTo("/api/v11/Organization/sourceId/turku-turku-liikuntapalvelut")).willReturn(answer));
    }
}

package fi.ptvintegration.routes.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.sourceid.SourceIdMapping;
import fi.ptvintegration.ptv.adapters.PtvAdapters;
import fi.ptvintegration.ptv.http.PtvClientSettings;
import fi.ptvintegration.ptv.http.PtvCredentials;
import fi.ptvintegration.ptv.http.PtvLoginTokenSource;
import fi.ptvintegration.ptv.simulator.PreloadedItem;
import fi.ptvintegration.ptv.simulator.PtvSimulator;
import fi.ptvintegration.routes.http.PasswordVerifier;
import fi.ptvintegration.routes.ops.OpsRouteBuilder;
import fi.ptvintegration.routes.ptv.DriftPolicy;
import fi.ptvintegration.routes.ptv.PtvAccounts;
import fi.ptvintegration.routes.push.PtvPushRouteBuilder;
import fi.ptvintegration.routes.runtime.ApplicationSettings;
import fi.ptvintegration.routes.runtime.ApplicationTestSupport;
import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.store.Drift;
import fi.ptvintegration.routes.store.PtvItem;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The application as production wires it against the PTV simulator (which requires a login),
 * with an API key for Drupal, an admin for ops, sourceIds prefixed {@code turku-}, a quick outbox
 * worker, and the organisation {@code turku-liikuntapalvelut} pushed to PTV.
 */
abstract class PtvSimulatorTestSupport extends ApplicationTestSupport {

    static final String API_KEY = "drupal-key";
    static final String ORG = "turku-liikuntapalvelut";

    final PtvSimulator ptv = PtvSimulator.start(0, true);
    String orgPtvId;

    DriftPolicy driftPolicy() {
        return DriftPolicy.REPORT;
    }

    @Override
    protected ApplicationSettings settings() {
        return super.settings()
                .with(new ApplicationSettings.Intake(List.of(API_KEY), "karaf", "ptv-intake", 1_048_576))
                .with(new ApplicationSettings.Push(new SourceIdMapping("turku-"), false))
                .with(new ApplicationSettings.Drift(driftPolicy(), Duration.ZERO, Duration.ofDays(1), 4))
                .with(new ApplicationSettings.Delivery(2, 3, Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(100),
                        Duration.ofMinutes(1), false, true));
    }

    @Override
    protected PasswordVerifier passwords() {
        return (user, password) -> "ops".equals(user) && "pw".equals(password) ? Optional.of(Set.of("admin", "viewer")) : Optional.empty();
    }

    @Override
    protected PtvAccounts ptvAccounts() {
        PtvClientSettings settings = new PtvClientSettings(ptv.baseUrl(), "v11", Duration.ofSeconds(5), Duration.ofSeconds(10));
        return new PtvAccounts(PtvAdapters.connect(settings, new PtvLoginTokenSource(URI.create(ptv.tokenUrl()),
                new PtvCredentials("api-user", "api-pass", null), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofMinutes(1),
                Duration.ofHours(1), Clock.systemUTC())), Map.of());
    }

    @AfterEach
    void stopPtv() {
        ptv.close();
    }

    @BeforeEach
    void theOrganisationIsInPtv() throws Exception {
        store("organization", tree -> {});
        Answer pushed = push("organization", "post", ORG);
        assertThat(pushed.status()).as("%s", pushed.body()).isEqualTo(200);
        orgPtvId = pushed.body().path("ptvId").asText();
    }

    interface Edit {
        void on(ObjectNode record);
    }

    void store(String kind, Edit edit) throws Exception {
        ObjectNode record = PatJson.mapper().valueToTree(PatJson.example(kind));
        edit.on(record);
        application.records().put(RecordKind.fromJsonName(record.path("kind").asText()).orElseThrow(), record.path("code").asText(),
                PatJson.mapper().writeValueAsString(PatJson.mapper().treeToValue(record, fi.ptvintegration.pat.model.PatRecord.class)),
                "test");
    }

    Answer push(String kind, String operation, String code) {
        return call(PtvPushRouteBuilder.ROUTE_ID, null, Map.of("kind", kind, "operation", operation, "code", code, "X-API-Key", API_KEY,
                Exchange.HTTP_PATH, "/" + kind + "/" + operation + "/" + code));
    }

    Answer adoptFromDrupal(String kind, String code, String ptvId) {
        return call(PtvPushRouteBuilder.ROUTE_ID, null, Map.of("kind", kind, "operation", "adopt", "code", code, "ptvId", ptvId,
                "X-API-Key", API_KEY, Exchange.HTTP_PATH, "/" + kind + "/adopt/" + code));
    }

    Answer ops(String operation, Map<String, Object> parameters, Object body) {
        Map<String, Object> headers = new HashMap<>(parameters);
        headers.put("operationName", operation);
        headers.put(Exchange.HTTP_METHOD, "POST");
        headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString("ops:pw".getBytes(StandardCharsets.UTF_8)));
        return call(OpsRouteBuilder.ROUTE_ID, body, headers);
    }

    Delivery settled(long id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Delivery delivery = application.deliveries().find(id).orElseThrow();
            if (!delivery.status().equals(Delivery.PENDING) && !delivery.status().equals(Delivery.IN_FLIGHT)) {
                return delivery;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("delivery " + id + " did not settle");
    }
}

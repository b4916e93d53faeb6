package fi.ptvintegration.routes.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.sourceid.SourceIdMapping;
import fi.ptvintegration.ptv.adapters.PtvAdapters;
import fi.ptvintegration.ptv.http.PtvClientSettings;
import fi.ptvintegration.ptv.http.PtvCredentials;
import fi.ptvintegration.ptv.http.PtvLoginTokenSource;
import fi.ptvintegration.ptv.simulator.PtvSimulator;
import fi.ptvintegration.ptv.simulator.SimulatedItems;
import fi.ptvintegration.routes.http.PasswordVerifier;
import fi.ptvintegration.routes.intake.PatIntakeRouteBuilder;
import fi.ptvintegration.routes.ops.OpsRouteBuilder;
import fi.ptvintegration.routes.ptv.PtvAccounts;
import fi.ptvintegration.routes.push.PtvPushRouteBuilder;
import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.store.SyncBatch;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;

/**
 * The application against the PTV simulator (which needs a login, as PTV does), with Drupal's
 * API key, sourceIds prefixed {@code turku-}, an outbox worker that polls every 50 ms with quick
 * retries, the daily schedule off (tests start syncs themselves), and an admin {@code ops:pw}.
 * Helpers call the routes as Drupal and admins do: intake, removal, push, status, ops.
 */
public abstract class SimulatedPtvTestSupport extends ApplicationTestSupport {

    protected static final ObjectMapper JSON = PatJson.mapper();
    protected static final String API_KEY = "drupal-key";

    protected final PtvSimulator ptv = PtvSimulator.start(0, true);

    @Override
    protected ApplicationSettings settings() {
        return super.settings()
                .with(new ApplicationSettings.Intake(List.of(API_KEY), "karaf", "ptv-intake", 1_048_576))
                .with(new ApplicationSettings.Push(new SourceIdMapping("turku-"), false))
                .with(new ApplicationSettings.Delivery(4, 3, Duration.ofMillis(100), Duration.ofMillis(400), Duration.ofMillis(50),
                        Duration.ofMinutes(1), false, true))
                .with(new ApplicationSettings.Sync(false, ApplicationSettings.Sync.defaults().time(), ApplicationSettings.Sync.defaults().zone()));
    }

    @Override
    protected PtvAccounts ptvAccounts() {
        PtvClientSettings settings = new PtvClientSettings(ptv.baseUrl(), "v11", Duration.ofSeconds(10), Duration.ofSeconds(30));
        PtvLoginTokenSource tokens = new PtvLoginTokenSource(URI.create(ptv.tokenUrl()), new PtvCredentials("api-user", "api-pass", null),
                Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofHours(1), Clock.systemUTC());
        return new PtvAccounts(PtvAdapters.connect(settings, tokens), Map.of());
    }

    @Override
    protected PasswordVerifier passwords() {
        return (user, password) -> "ops:pw".equals(user + ":" + password) ? Optional.of(Set.of("admin", "viewer")) : Optional.empty();
    }

    @AfterEach
    void stopPtv() {
        ptv.close();
    }

    /** A shipped example with some fields replaced (code, names, references...). */
    protected static ObjectNode example(String kind, Map<String, Object> changes) {
        ObjectNode record = JSON.valueToTree(PatJson.example(kind));
        changes.forEach((field, value) -> record.set(field, JSON.valueToTree(value)));
        return record;
    }

    /** Intake as Drupal calls it: {@code put}, {@code update} or {@code remove}; offerings to palvelukanava. */
    protected Answer intake(String mode, JsonNode body) {
        boolean offering = "offering".equals(body.path("kind").asText());
        Map<String, Object> headers = new HashMap<>();
        headers.put("mode", mode);
        headers.put(Exchange.HTTP_METHOD, "POST");
        headers.put(Exchange.HTTP_PATH, offering ? "/" + mode + "Palvelutarjous" : "/" + mode);
        headers.put(Exchange.CONTENT_TYPE, "application/json");
        headers.put("X-API-Key", API_KEY);
        return call(offering ? PatIntakeRouteBuilder.PALVELUKANAVA_ROUTE_ID : PatIntakeRouteBuilder.YLEISET_ROUTE_ID,
                new ByteArrayInputStream(body.toString().getBytes(StandardCharsets.UTF_8)), headers);
    }

    protected Answer put(JsonNode record) {
        return intake("put", record);
    }

    protected Answer update(JsonNode record) {
        return intake("update", record);
    }

    protected Answer remove(String kind, String code) {
        return intake("remove", JSON.createObjectNode().put("kind", kind).put("code", code));
    }

    /** A push as Drupal calls it: {@code post}, {@code put}, {@code archive}, {@code restore}, or {@code status} (a GET). */
    protected Answer push(String kind, String operation, String code, Map<String, Object> extraHeaders) {
        String base = RecordKind.fromJsonName(kind).orElseThrow().isChannel() ? "/servicechannel/" + kind : "/" + kind;
        Map<String, Object> headers = new HashMap<>(extraHeaders);
        headers.put("kind", kind);
        headers.put("operation", operation);
        headers.put("code", code);
        headers.put("X-API-Key", API_KEY);
        headers.put(Exchange.HTTP_METHOD, "status".equals(operation) ? "GET" : "POST");
        headers.put(Exchange.HTTP_PATH, base + "/" + operation + "/" + code);
        return call(PtvPushRouteBuilder.ROUTE_ID, null, headers);
    }

    protected Answer push(String kind, String operation, String code) {
        return push(kind, operation, code, Map.of());
    }

    protected Answer status(String kind, String code) {
        return push(kind, "status", code);
    }

    /** An ops call as an admin: the JAX-RS method name and its parameters. */
    protected Answer ops(String operationName, Map<String, Object> parameters) {
        Map<String, Object> headers = new HashMap<>(parameters);
        headers.put("operationName", operationName);
        headers.put(Exchange.HTTP_METHOD, operationName.startsWith("start") ? "POST" : "GET");
        headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString("ops:pw".getBytes(StandardCharsets.UTF_8)));
        return call(OpsRouteBuilder.ROUTE_ID, null, headers);
    }

    /** The simulated PTV's item, as it keeps it. */
    protected Optional<SimulatedItems.Item> inPtv(String ptvId) {
        return ptv.items().byId(ptvId);
    }

    /** The PTV id this system holds for a record. */
    protected String ptvIdOf(RecordKind.Namespace namespace, String code) throws Exception {
        return application.items().find(namespace, code).orElseThrow(() -> new AssertionError(code + " is not in PTV")).ptvId();
    }

    /** Waits until the delivery is no longer waiting or in flight. */
    protected Delivery settled(long id) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            Delivery delivery = application.deliveries().find(id).orElseThrow();
            if (!Set.of(Delivery.NEW, Delivery.PENDING, Delivery.IN_FLIGHT).contains(delivery.status())) {
                return delivery;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("delivery " + id + " did not settle: " + application.deliveries().find(id));
    }

    /** Starts a sync as an admin and waits until its batch is no longer running; returns its progress. */
    protected JsonNode syncAndWait() throws Exception {
        Answer started = ops("startSync", Map.of());
        if (started.status() != 202) {
            throw new AssertionError("sync not started: " + started.status() + " " + started.body());
        }
        String batch = started.body().path("batch").asText();
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            Answer progress = ops("syncProgress", Map.of("batch", batch));
            if (!SyncBatch.RUNNING.equals(progress.body().path("state").asText())) {
                return progress.body();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("sync batch " + batch + " did not finish: " + ops("syncProgress", Map.of("batch", batch)).body());
    }
}

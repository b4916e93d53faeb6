package fi.ptvintegration.routes.ops;

import fi.ptvintegration.routes.http.PasswordVerifier;
import fi.ptvintegration.routes.runtime.ApplicationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.ptvintegration.routes.http.Authenticator;
import fi.ptvintegration.routes.http.CallLogProcessor;
import fi.ptvintegration.routes.http.RefusalProcessor;
import fi.ptvintegration.routes.http.JsonAnswerProcessor;
import fi.ptvintegration.routes.store.DatabaseMigrations;
import fi.ptvintegration.routes.store.IntegrationLogEntry;
import fi.ptvintegration.routes.store.IntegrationLogStore;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.ws.rs.core.Response;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.test.junit5.CamelTestSupport;
import fi.ptvintegration.routes.delivery.DeliveryMetrics;
import fi.ptvintegration.routes.store.DeliveryStore;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpsRouteBuilderTest extends ApplicationTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private DeliveryStore deliveries;

    @Override
    protected PasswordVerifier passwords() {
        return (user, password) -> switch (user + ":" + password) {
            case "ops:pw" -> Optional.of(Set.of("admin", "viewer"));
            case "watcher:pw" -> Optional.of(Set.of("viewer"));
            case "drupal:pw" -> Optional.of(Set.of("ptv-intake"));
            default -> Optional.empty();
        };
    }

    @BeforeEach
    void entries() throws Exception {
        deliveries = application.deliveries();
        IntegrationLogStore log = application.log();
        OffsetDateTime t0 = OffsetDateTime.parse("2026-11-22T08:00:00Z");
        log.append(new IntegrationLogEntry("c1", t0, "IN", "/cxf/yleiset/put", "POST", "service", "turku-uimahallit", null, "created",
                201, 4L, null, null, "{\"code\":\"turku-uimahallit\"}", "{\"outcome\":\"created\"}"));
        log.append(new IntegrationLogEntry("c2", t0.plusMinutes(5), "OUT", "/api/v11/Service", "POST", "service", "turku-uimahallit",
                null, "ptv-400", 400, 30L, 1, "PTV POST Service answered 400", "{}", "{\"ServiceNames\":[\"x\"]}"));
    }

    private Answer get(Map<String, Object> query, String user) throws Exception {
        Map<String, Object> headers = new HashMap<>(query);
        headers.putIfAbsent("operationName", "log");
        if (user != null) {
            headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":pw").getBytes(StandardCharsets.UTF_8)));
        }
        return call(OpsRouteBuilder.ROUTE_ID, null, headers);
    }

    @Test
    void anAdminFindsEveryCallAboutACodeNewestFirstWithoutBodies() throws Exception {
        Answer answer = get(Map.of("code", "turku-uimahallit"), "ops");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("count").asInt()).isEqualTo(2);
        assertThat(answer.body().path("entries").findValuesAsText("correlationId")).containsExactly("c2", "c1");
        assertThat(answer.body().path("entries").get(0).path("error").asText()).contains("answered 400");
        assertThat(answer.body().path("entries").get(0).has("responseBody")).isFalse();
    }

    @Test
    void bodiesComeOnRequestAndFiltersCombine() throws Exception {
        Answer answer = get(Map.of("outcome", "ptv-400", "direction", "out", "bodies", "true",
                "from", "2026-11-22T08:01:00Z", "to", "2026-11-22T09:00:00Z"), "ops");

        assertThat(answer.body().path("count").asInt()).isEqualTo(1);
        assertThat(answer.body().path("entries").get(0).path("responseBody").asText()).contains("ServiceNames");
    }

    @Test
    void withoutTheViewerRoleTheLogIsClosed() throws Exception {
        assertThat(get(Map.of(), null).status()).isEqualTo(401);
        assertThat(get(Map.of(), "drupal").status()).isEqualTo(403);
        assertThat(get(Map.of(), "watcher").status()).isEqualTo(200);
    }

    private long failedDelivery(String code, String signature) throws Exception {
        long id = deliveries.enqueue(fi.ptvintegration.pat.model.RecordKind.SERVICE, code, "CREATE", "corr-" + code);
        fi.ptvintegration.routes.store.Delivery claim = deliveries.claim(id, java.time.Duration.ofMinutes(1)).orElseThrow();
        deliveries.failed(claim, 400, "PTV refused service '" + code + "'", signature, false);
        return id;
    }

    @Test
    void failedDeliveriesAreGroupedBySignatureLargestFirst() throws Exception {
        failedDelivery("turku-a", "PTV 400 ServiceNames");
        failedDelivery("turku-b", "PTV 400 ServiceNames");
        failedDelivery("turku-c", "PTV unreachable");

        Answer answer = get(Map.of("operationName", "failed"), "watcher");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("items").findValuesAsText("signature")).containsExactly("PTV 400 ServiceNames", "PTV unreachable");
        assertThat(answer.body().path("items").get(0).path("count").asInt()).isEqualTo(2);
        assertThat(answer.body().path("items").get(0).path("exampleError").asText()).contains("PTV refused service");
    }

    @Test
    void anAdminReplaysAGroupAndItsDeliveriesAreDueAgain() throws Exception {
        long a = failedDelivery("turku-a", "PTV 400 ServiceNames");
        long b = failedDelivery("turku-b", "PTV 400 ServiceNames");
        long c = failedDelivery("turku-c", "PTV unreachable");

        Answer answer = get(Map.of("operationName", "replayGroup", "signature", "PTV 400 ServiceNames"), "ops");

        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        assertThat(answer.body().path("deliveries").asInt()).isEqualTo(2);
        assertThat(deliveries.find(a).orElseThrow().status()).isEqualTo("PENDING");
        assertThat(deliveries.find(a).orElseThrow().replays()).isEqualTo(1);
        assertThat(deliveries.find(a).orElseThrow().attempts()).isZero();
        assertThat(deliveries.find(b).orElseThrow().status()).isEqualTo("PENDING");
        assertThat(deliveries.find(c).orElseThrow().status()).isEqualTo("FAILED");
        assertThat(application.log().byCode("turku-a", 10)).isEmpty();
        assertThat(application.log().find(new fi.ptvintegration.routes.store.IntegrationLogQuery(
                null, null, "replayed", null, null, null, 10))).singleElement().satisfies(audit -> {
                    assertThat(audit.actor()).as("who replayed").isEqualTo("rest:ops");
                    assertThat(audit.requestBody()).contains("PTV 400 ServiceNames");
                    assertThat(audit.responseBody()).contains("\"deliveries\":2");
                });
    }

    @Test
    void oneDeliveryIsReplayedOrDismissedByIdAndAWrongIdIsNamed() throws Exception {
        long a = failedDelivery("turku-a", "PTV 503");
        long b = failedDelivery("turku-b", "PTV 503");

        assertThat(get(Map.of("operationName", "replayDelivery", "id", String.valueOf(a)), "ops").status()).isEqualTo(200);
        assertThat(get(Map.of("operationName", "replayDelivery", "id", String.valueOf(a)), "ops").status()).isEqualTo(409);
        assertThat(get(Map.of("operationName", "dismissDelivery", "id", String.valueOf(b)), "ops").status()).isEqualTo(200);
        assertThat(get(Map.of("operationName", "replayDelivery", "id", "999999"), "ops").status()).isEqualTo(404);
        assertThat(get(Map.of("operationName", "replayDelivery", "id", "x"), "ops").status()).isEqualTo(400);
        assertThat(deliveries.find(b).orElseThrow().status()).isEqualTo("DISMISSED");
        Answer one = get(Map.of("operationName", "delivery", "id", String.valueOf(a)), "watcher");
        assertThat(one.body().path("status").asText()).isEqualTo("PENDING");
        assertThat(one.body().path("code").asText()).isEqualTo("turku-a");
    }

    @Test
    void aViewerSeesButCannotReplayOrDismiss() throws Exception {
        long a = failedDelivery("turku-a", "PTV 503");

        assertThat(get(Map.of("operationName", "deliveries", "status", "failed"), "watcher").body().path("count").asInt()).isEqualTo(1);
        assertThat(get(Map.of("operationName", "replayDelivery", "id", String.valueOf(a)), "watcher").status()).isEqualTo(403);
        assertThat(get(Map.of("operationName", "replayGroup", "signature", "PTV 503"), "watcher").status()).isEqualTo(403);
        assertThat(get(Map.of("operationName", "dismissDelivery", "id", String.valueOf(a)), "watcher").status()).isEqualTo(403);
        assertThat(deliveries.find(a).orElseThrow().status()).isEqualTo("FAILED");
    }

    @Test
    void givenTheDatabaseIsDownWhenTheMetricsAreAskedForThenTheOutboxFiguresAreNullWithTheReasonNotNumbers() throws Exception {
        databaseNow = new DelegatingDataSource(() -> null) {
            @Override
            public java.sql.Connection getConnection() throws java.sql.SQLException {
                throw new java.sql.SQLException("Connection refused", "08001");
            }
        };
        Thread.sleep(1100);
        Answer answer;
        try {
            answer = get(Map.of("operationName", "metrics"), "watcher");
        } finally {
            databaseNow = database;
        }

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().has("queueDepth")).as("written as null, not left out: %s", answer.body()).isTrue();
        assertThat(answer.body().path("queueDepth").isNull()).isTrue();
        assertThat(answer.body().path("oldestPendingAgeSeconds").isNull()).isTrue();
        assertThat(answer.body().path("failedInOutbox").isNull()).isTrue();
        assertThat(answer.body().path("figuresUnknownBecause").asText()).contains("could not be read").contains("Connection refused");
    }

    @Test
    void metricsShowQueueDepthAndFailedCount() throws Exception {
        failedDelivery("turku-a", "PTV 503");
        deliveries.enqueue(fi.ptvintegration.pat.model.RecordKind.SERVICE, "turku-b", "UPDATE", "corr-b");

        Answer answer = get(Map.of("operationName", "metrics"), "watcher");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("queueDepth").asInt()).isEqualTo(1);
        assertThat(answer.body().path("failedInOutbox").asInt()).isEqualTo(1);
        assertThat(answer.body().has("oldestPendingAgeSeconds")).isTrue();
    }

    @Test
    void aMalformedParameterIs400NamingIt() throws Exception {
        Answer badTime = get(Map.of("from", "yesterday"), "ops");
        Answer badLimit = get(Map.of("limit", "100000"), "ops");

        assertThat(badTime.status()).isEqualTo(400);
        assertThat(badTime.body().path("message").asText()).contains("'from'");
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.body().path("message").asText()).contains("'limit'");
    }

    @Test
    void aViewerSeesTheSyncsDryRunAndBatchesButOnlyAnAdminStartsOneWhichIsAudited() throws Exception {
        Answer dryRun = get(Map.of("operationName", "syncPlan"), "watcher");
        Answer viewerStarts = get(Map.of("operationName", "startSync"), "watcher");
        Answer drupalLooks = get(Map.of("operationName", "syncBatches"), "drupal");
        Answer adminStarts = get(Map.of("operationName", "startSync"), "ops");

        assertThat(dryRun.status()).isEqualTo(200);
        assertThat(dryRun.body().path("planned").asInt()).isZero();
        assertThat(viewerStarts.status()).isEqualTo(403);
        assertThat(drupalLooks.status()).isEqualTo(403);
        assertThat(adminStarts.status()).as("%s", adminStarts.body()).isEqualTo(202);
        String batch = adminStarts.body().path("batch").asText();
        assertThat(get(Map.of("operationName", "syncBatches"), "watcher").body().findValuesAsText("id")).contains(batch);
        assertThat(get(Map.of("operationName", "syncProgress", "batch", batch), "watcher").body().path("batch").asText())
                .isEqualTo(batch);
        assertThat(application.log().byCorrelationId(adminStarts.raw().getHeaderString("X-Correlation-Id")))
                .singleElement().satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo("sync-started");
                    assertThat(e.actor()).isEqualTo("rest:ops");
                    assertThat(e.responseBody()).contains(batch);
                });
    }
}

package fi.ptvintegration.routes.delivery;

import fi.ptvintegration.routes.runtime.ApplicationSettings;
import fi.ptvintegration.routes.runtime.ApplicationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.sourceid.SourceIdMapping;
import fi.ptvintegration.pat.validation.PatValidator;
import fi.ptvintegration.pat.validation.ReferenceData;
import fi.ptvintegration.ptv.adapters.PtvAdapters;
import fi.ptvintegration.ptv.http.PtvClientSettings;
import fi.ptvintegration.ptv.http.PtvCredentials;
import fi.ptvintegration.ptv.http.PtvLoginTokenSource;
import fi.ptvintegration.ptv.simulator.PtvSimulator;
import fi.ptvintegration.ptv.simulator.ScriptedFaults.Fault;
import fi.ptvintegration.routes.push.DeliveryEnqueueProcessor;
import fi.ptvintegration.routes.http.Authenticator;
import fi.ptvintegration.routes.http.CallLogProcessor;
import fi.ptvintegration.routes.http.RefusalProcessor;
import fi.ptvintegration.routes.http.JsonAnswerProcessor;
import fi.ptvintegration.routes.ptv.PtvAccounts;
import fi.ptvintegration.routes.push.PtvPushRouteBuilder;
import fi.ptvintegration.routes.store.CommitCountingDataSource;
import fi.ptvintegration.routes.store.DatabaseMigrations;
import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.store.DeliveryStore;
import fi.ptvintegration.routes.store.IntegrationLogStore;
import fi.ptvintegration.routes.store.PatStore;
import fi.ptvintegration.routes.store.PtvItemStore;
import java.net.URI;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.ws.rs.core.Response;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The failure-injection matrix: the PTV simulator is scripted to fail (5xx, connection reset,
 * 429 with Retry-After, expired token, broken credentials, 400, a timeout after PTV saved) and
 * the test checks Drupal's answer, the retries, the failure signature, and that PTV ends up with
 * each item exactly once. Backoff is short (100-400 ms, 4 attempts) so the matrix runs in seconds.
 */
class DeliveryFailureInjectionTest extends ApplicationTestSupport {

    private static final ObjectMapper JSON = PatJson.mapper();
    private static final String API_KEY = "push-key";

    private final PtvSimulator ptv = PtvSimulator.start(0, true);
    private PatStore store;
    private DeliveryStore deliveries;

    @Override
    protected ApplicationSettings settings() {
        return super.settings()
                .with(new ApplicationSettings.Intake(List.of(API_KEY), "karaf", "ptv-intake", 1_048_576))
                .with(new ApplicationSettings.Push(new SourceIdMapping("turku-"), false))
                .with(new ApplicationSettings.Delivery(4, 4, Duration.ofMillis(100), Duration.ofMillis(400), Duration.ofMillis(50),
                        Duration.ofMinutes(1), false, true));
    }

    @Override
    protected PtvAccounts ptvAccounts() {
        // Timeouts well above what a loaded 2-core machine needs to answer a call (1 s timed out before
        // the simulator even saw the request when the load was 16), yet short for the timeout case.
        PtvClientSettings settings = new PtvClientSettings(ptv.baseUrl(), "v11", Duration.ofSeconds(5), Duration.ofSeconds(5));
        PtvLoginTokenSource tokens = new PtvLoginTokenSource(URI.create(ptv.tokenUrl()), new PtvCredentials("api-user", "api-pass", null),
                Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofMinutes(1), Duration.ofHours(1), Clock.systemUTC());
        return new PtvAccounts(PtvAdapters.connect(settings, tokens), Map.of());
    }

    @BeforeEach
    void stores() {
        store = application.records();
        deliveries = application.deliveries();
    }

    @AfterEach
    void stop() {
        ptv.close();
    }

    private void storeOrganisation(String code) throws Exception {
        ObjectNode organisation = (ObjectNode) JSON.valueToTree(PatJson.example("organization"));
        organisation.put("code", code);
        store.put(RecordKind.ORGANIZATION, code, JSON.writeValueAsString(organisation), "test");
    }

    private Answer push(String operation, String code) throws Exception {
        String pushOperation = operation.startsWith("put") ? "put" : "post";
        return call(PtvPushRouteBuilder.ROUTE_ID, null, Map.of(
                "kind", "organization", "operation", pushOperation, "code", code, "X-API-Key", API_KEY,
                org.apache.camel.Exchange.HTTP_PATH, "/organization/" + pushOperation + "/" + code));
    }

    private Delivery settled(long id) throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            Delivery delivery = deliveries.find(id).orElseThrow();
            if (!delivery.status().equals(Delivery.PENDING) && !delivery.status().equals(Delivery.IN_FLIGHT)) {
                return delivery;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("delivery " + id + " did not settle: " + deliveries.find(id));
    }

    private long messageIdOf(Answer answer) {
        return answer.body().path("messageId").asLong();
    }

    private int ptvOrganisations() {
        return ptv.items().all("Organization").size();
    }

    @Test
    void fiveHundredsAreRetriedUntilPtvRecovers() throws Exception {
        storeOrganisation("turku-a");
        ptv.faults().add(Fault.status(503, 2));

        Answer answer = push("postOrganization", "turku-a");

        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(202);
        assertThat(answer.body().path("reason").asText()).contains("503");
        Delivery delivered = settled(messageIdOf(answer));
        assertThat(delivered.status()).isEqualTo(Delivery.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(3);
        assertThat(delivered.ptvId()).isNotBlank();
        assertThat(ptvOrganisations()).isEqualTo(1);
        assertThat(ptv.items().creates()).isEqualTo(1);
        // After a 503 PTV saved nothing: each retry creates straight away, no look-up by sourceId first.
        assertThat(application.log().byCorrelationId(answer.body().path("correlationId").asText()))
                .filteredOn(entry -> "OUT".equals(entry.direction()))
                .extracting(entry -> entry.method() + " " + entry.httpStatus() + " attempt " + entry.attempt())
                .containsExactly("POST 503 attempt 1", "POST 503 attempt 2", "POST 200 attempt 3");
    }

    @Test
    void aResetConnectionIsRetried() throws Exception {
        storeOrganisation("turku-a");
        ptv.faults().add(Fault.reset(1));

        Answer answer = push("postOrganization", "turku-a");

        assertThat(answer.status()).isEqualTo(202);
        assertThat(settled(messageIdOf(answer)).status()).isEqualTo(Delivery.DELIVERED);
        assertThat(ptv.items().creates()).isEqualTo(1);
    }

    @Test
    void rateLimitingWaitsForRetryAfter() throws Exception {
        storeOrganisation("turku-a");
        ptv.faults().add(Fault.rateLimited(1, 1));
        OffsetDateTime before = OffsetDateTime.now();

        Answer answer = push("postOrganization", "turku-a");

        assertThat(answer.status()).isEqualTo(202);
        assertThat(OffsetDateTime.parse(answer.body().path("nextAttemptAt").asText()))
                .isAfterOrEqualTo(before.plusSeconds(1));
        Delivery delivered = settled(messageIdOf(answer));
        assertThat(delivered.status()).isEqualTo(Delivery.DELIVERED);
        assertThat(delivered.deliveredAt()).isAfterOrEqualTo(before.plusSeconds(1));
    }

    @Test
    void anExpiredTokenIsRenewedOnceWithinTheSameAttempt() throws Exception {
        storeOrganisation("turku-a");
        push("postOrganization", "turku-a");
        ptv.faults().add(Fault.expireTokens());

        Answer answer = push("putOrganization", "turku-a");

        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        assertThat(deliveries.find(messageIdOf(answer)).orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void brokenCredentialsFailAtOnceAs401AfterRelogin() throws Exception {
        storeOrganisation("turku-a");
        ptv.faults().add(Fault.unauthorized(-1));

        Answer answer = push("postOrganization", "turku-a");

        assertThat(answer.status()).isEqualTo(502);
        assertThat(answer.body().path("error").asText()).isEqualTo("ptv-authentication");
        Delivery failed = deliveries.list(Delivery.FAILED, null, "turku-a", 5).get(0);
        assertThat(failed.failureSignature()).isEqualTo("PTV 401 after re-login");
        assertThat(failed.attempts()).isEqualTo(1);
    }

    @Test
    void aPtv400FailsAtOnceGroupedByField() throws Exception {
        storeOrganisation("turku-a");
        ptv.faults().add(Fault.refused("{\"OrganizationNames\":[\"The field is required.\"]}", 1));

        Answer answer = push("postOrganization", "turku-a");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().path("violations").get(0).path("path").asText()).isEqualTo("names");
        Delivery failed = deliveries.list(Delivery.FAILED, null, "turku-a", 5).get(0);
        assertThat(failed.failureSignature()).isEqualTo("PTV 400 OrganizationNames");
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(ptvOrganisations()).isZero();
    }

    @Test
    void aTimeoutAfterPtvSavedDoesNotCreateTwice() throws Exception {
        storeOrganisation("turku-a");
        ptv.faults().add(Fault.slow(6500, 1));

        Answer answer = push("postOrganization", "turku-a");

        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(202);
        Delivery delivered = settled(messageIdOf(answer));
        assertThat(delivered.status()).isEqualTo(Delivery.DELIVERED);
        assertThat(ptvOrganisations()).isEqualTo(1);
        assertThat(ptv.items().creates()).isEqualTo(1);
        assertThat(ptv.items().duplicateCreates()).isZero();
        assertThat(delivered.ptvId()).isEqualTo(ptv.items().all("Organization").get(0).id());
        // No answer came, so the retry looks first: PTV has it under the sourceId, so it is updated.
        assertThat(application.log().byCorrelationId(answer.body().path("correlationId").asText()))
                .filteredOn(entry -> "OUT".equals(entry.direction()))
                .extracting(entry -> entry.method() + " " + entry.httpStatus())
                .containsExactly("POST 0", "PUT 200");
    }

    @Test
    void outOfRetriesFailsAndAGroupReplayAfterRecoveryDeliversEachOnce() throws Exception {
        List<String> codes = List.of("turku-a", "turku-b", "turku-c");
        for (String code : codes) {
            storeOrganisation(code);
        }
        ptv.faults().add(Fault.status(503, -1));

        List<Long> ids = new java.util.ArrayList<>();
        for (String code : codes) {
            Answer answer = push("postOrganization", code);
            assertThat(answer.status()).isEqualTo(202);
            ids.add(messageIdOf(answer));
        }
        for (long id : ids) {
            Delivery failed = settled(id);
            assertThat(failed.status()).isEqualTo(Delivery.FAILED);
            assertThat(failed.attempts()).isEqualTo(4);
            assertThat(failed.lastError()).startsWith("gave up after 4 attempts");
        }
        assertThat(deliveries.failureGroups()).extracting(DeliveryStore.FailureGroup::signature, DeliveryStore.FailureGroup::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PTV 503", 3));

        ptv.faults().clear();
        assertThat(deliveries.replayGroup("PTV 503")).isEqualTo(3);

        for (long id : ids) {
            assertThat(settled(id).status()).isEqualTo(Delivery.DELIVERED);
        }
        assertThat(ptvOrganisations()).isEqualTo(3);
        assertThat(ptv.items().creates()).isEqualTo(3);
        assertThat(ptv.items().duplicateCreates()).isZero();
        assertThat(deliveries.failureGroups()).isEmpty();
    }

    @Test
    void aReplayOfACreatePtvAlreadyHasUpdatesInstead() throws Exception {
        storeOrganisation("turku-a");
        Answer first = push("postOrganization", "turku-a");
        assertThat(first.status()).isEqualTo(200);
        ptv.faults().add(Fault.refused("{\"OrganizationNames\":[\"x\"]}", 1));
        Answer refused = push("putOrganization", "turku-a");
        assertThat(refused.status()).isEqualTo(422);
        // An admin replays the original create too: PTV already has it, so it is updated, not created again.
        deliveries.dismiss(messageIdOf(refused));
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE delivery SET status = 'FAILED' WHERE id = " + messageIdOf(first));
        }

        assertThat(deliveries.replay(messageIdOf(first))).isTrue();

        assertThat(settled(messageIdOf(first)).status()).isEqualTo(Delivery.DELIVERED);
        assertThat(ptv.items().creates()).isEqualTo(1);
        assertThat(ptv.items().duplicateCreates()).isZero();
        assertThat(ptv.items().updates()).isEqualTo(1);
    }

    @Test
    void aServiceWhoseConnectionsPtvCouldNotTakeIsRetriedWithoutASecondCreate() throws Exception {
        storeOrganisation("turku-liikuntapalvelut");
        assertThat(push("postOrganization", "turku-liikuntapalvelut").status()).isEqualTo(200);
        store.put(RecordKind.SERVICE, "turku-uimahallit", JSON.writeValueAsString(PatJson.example("service")), "test");
        ptv.faults().add(Fault.status(503, 1).onPathsContaining("/Connection/"));

        Answer call = call(PtvPushRouteBuilder.ROUTE_ID, null, Map.of(
                "kind", "service", "operation", "post", "code", "turku-uimahallit", "X-API-Key", API_KEY,
                org.apache.camel.Exchange.HTTP_PATH, "/service/post/turku-uimahallit"));
        JsonNode answer = call.body();

        assertThat(call.status()).as("%s", answer).isEqualTo(202);
        assertThat(answer.path("reason").asText()).contains("connections");
        Delivery delivered = settled(answer.path("messageId").asLong());
        assertThat(delivered.status()).isEqualTo(Delivery.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(2);
        assertThat(ptv.items().all("Service")).hasSize(1);
        assertThat(ptv.items().duplicateCreates()).isZero();
        assertThat(application.log().byCorrelationId(answer.path("correlationId").asText()))
                .filteredOn(entry -> "OUT".equals(entry.direction()))
                .extracting(entry -> entry.method() + " " + entry.httpStatus())
                // The retry reads the service before writing over it (drift check), then updates it: no second create.
                .containsExactly("POST 200", "PUT 503", "GET 200", "PUT 200", "PUT 200", "GET 200");
    }

    /**
     * A backlog drains with one commit per delivery (issue 17): each outcome claims its worker's next
     * due delivery in its own transaction. Only the claims that start a worker thread commit apart
     * (six threads here when all goes smoothly, one more each time the poller restarts one); a claim
     * per delivery made it 32 commits for 16 deliveries.
     */
    @Test
    void aBacklogDrainsWithOneCommitPerDeliveryAndEachItemOnce() throws Exception {
        context.getRouteController().stopRoute(PtvDeliveryRouteBuilder.POLLER_ROUTE_ID);
        List<Long> queued = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            storeOrganisation("turku-backlog-" + i);
            queued.add(deliveries.enqueue(RecordKind.ORGANIZATION, "turku-backlog-" + i, "CREATE", "backlog-" + i));
        }
        CommitCountingDataSource counting = new CommitCountingDataSource(database);
        databaseNow = counting;

        context.getRouteController().startRoute(PtvDeliveryRouteBuilder.POLLER_ROUTE_ID);
        List<Delivery> settled = new ArrayList<>();
        for (long id : queued) {
            settled.add(settled(id));
        }
        int commits = counting.takeCommits();

        assertThat(settled).extracting(Delivery::status).containsOnly(Delivery.DELIVERED);
        assertThat(ptv.items().creates()).isEqualTo(16);
        assertThat(commits).as("commits for 16 deliveries by %s worker threads", settings().delivery().workerThreads())
                .isBetween(16, 16 + settings().delivery().workerThreads() + 3);
    }

    @Test
    void aSecondPushOfTheSameRecordWaitsBehindTheFirst() throws Exception {
        storeOrganisation("turku-a");
        ptv.faults().add(Fault.status(503, 1));
        Answer first = push("postOrganization", "turku-a");
        assertThat(first.status()).isEqualTo(202);

        Answer second = push("putOrganization", "turku-a");

        if (second.status() == 202) {
            assertThat(settled(messageIdOf(second)).status()).isEqualTo(Delivery.DELIVERED);
        }
        Delivery one = settled(messageIdOf(first));
        Delivery two = settled(messageIdOf(second));
        assertThat(one.status()).isEqualTo(Delivery.DELIVERED);
        assertThat(two.status()).isEqualTo(Delivery.DELIVERED);
        assertThat(two.deliveredAt()).isAfterOrEqualTo(one.deliveredAt());
        assertThat(ptv.items().creates()).isEqualTo(1);
    }
}

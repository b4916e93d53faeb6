package fi.ptvintegration.routes.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.sourceid.SourceIdMapping;
import fi.ptvintegration.ptv.adapters.PtvAdapters;
import fi.ptvintegration.ptv.http.PtvClientSettings;
import fi.ptvintegration.ptv.http.PtvTokenSource;
import fi.ptvintegration.ptv.simulator.PtvSimulator;
import fi.ptvintegration.routes.ptv.PtvAccounts;
import fi.ptvintegration.routes.push.PtvPushRouteBuilder;
import fi.ptvintegration.routes.runtime.ApplicationSettings;
import fi.ptvintegration.routes.runtime.ApplicationTestSupport;
import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.store.IntegrationLogEntry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A database outage costs seconds: a delivery whose PTV call went through while the database was
 * down is given back to the queue as soon as the database answers (not after its two-minute
 * lease) and reaches PTV once; the integration-log records of the outage are written when the
 * database is back; the outbox figures say they are unknown instead of showing numbers.
 */
class DatabaseOutageTest extends ApplicationTestSupport {

    private static final ObjectMapper JSON = PatJson.mapper();
    private static final String API_KEY = "outage-key";

    private final PtvSimulator ptv = PtvSimulator.start(0, false);
    private final DataSource down = new ApplicationTestSupport.DelegatingDataSource(() -> null) {
        @Override
        public Connection getConnection() throws SQLException {
            throw new SQLException("Connection to localhost:5432 refused (password=never-logged)", "08001");
        }
    };

    @Override
    protected ApplicationSettings settings() {
        return super.settings()
                .with(new ApplicationSettings.Intake(List.of(API_KEY), "karaf", "ptv-intake", 1_048_576))
                .with(new ApplicationSettings.Push(new SourceIdMapping("turku-"), false))
                .with(new ApplicationSettings.Delivery(4, 8, Duration.ofMillis(100), Duration.ofMillis(400), Duration.ofMillis(100),
                        Duration.ofMinutes(2), false, true));
    }

    @Override
    protected PtvAccounts ptvAccounts() {
        return new PtvAccounts(PtvAdapters.connect(new PtvClientSettings(ptv.baseUrl(), "v11", Duration.ofSeconds(5),
                Duration.ofSeconds(20)), PtvTokenSource.none()), Map.of());
    }

    @AfterEach
    void stopPtv() {
        databaseNow = database;
        ptv.close();
    }

    @Test
    void givenTheDatabaseFailsWhilePtvSavesAnItemWhenItAnswersAgainThenTheDeliveryIsDoneInSecondsOnceAndItsLogKept()
            throws Exception {
        ObjectNode organisation = (ObjectNode) JSON.valueToTree(PatJson.example("organization"));
        application.records().put(RecordKind.ORGANIZATION, "turku-liikuntapalvelut", JSON.writeValueAsString(organisation), "setup");
        ptv.items().setLatencyMillis(1500);

        CompletableFuture<Answer> pushed = CompletableFuture.supplyAsync(() -> call(PtvPushRouteBuilder.ROUTE_ID, null, Map.of(
                "kind", "organization", "operation", "post", "code", "turku-liikuntapalvelut", "X-API-Key", API_KEY,
                org.apache.camel.Exchange.HTTP_PATH, "/organization/post/turku-liikuntapalvelut")));
        awaitTrue(() -> ptv.items().creates() == 1, Duration.ofSeconds(20), "PTV received the create");
        databaseNow = down;
        Answer answer = pushed.get(30, TimeUnit.SECONDS);
        int heldDuringOutage = application.log().heldCount();
        DeliveryMetrics.Snapshot figuresDuringOutage = application.operations().metrics();
        Thread.sleep(500);
        databaseNow = database;
        Instant back = Instant.now();
        long id = answer.body().path("messageId").asLong();
        awaitTrue(() -> Delivery.DELIVERED.equals(application.deliveries().find(id).map(Delivery::status).orElse(null)),
                Duration.ofSeconds(30), "delivery " + id + " delivered after the outage");
        Duration afterReturn = Duration.between(back, Instant.now());

        assertThat(answer.status()).as("answer %s", answer.body()).isEqualTo(202);
        assertThat(answer.body().path("reason").asText()).contains("database failed").doesNotContain("never-logged");
        assertThat(afterReturn).as("from the database's return to the delivery").isLessThan(Duration.ofSeconds(20));
        assertThat(ptv.items().all("Organization")).as("one item in PTV").hasSize(1);
        assertThat(ptv.items().creates()).as("created once; the retry updated by sourceId").isEqualTo(1);
        assertThat(heldDuringOutage).as("records held during the outage").isGreaterThanOrEqualTo(2);
        assertThat(figuresDuringOutage.queueDepth()).isNull();
        assertThat(figuresDuringOutage.oldestPendingAgeSeconds()).isNull();
        assertThat(figuresDuringOutage.figuresUnknownBecause()).contains("could not be read").doesNotContain("never-logged");
        awaitTrue(() -> application.log().heldCount() == 0, Duration.ofSeconds(10), "held records written");
        List<IntegrationLogEntry> log = application.log().byCorrelationId(answer.body().path("correlationId").asText());
        assertThat(log).extracting(e -> e.direction() + " " + e.outcome())
                .contains("OUT created", "OUTBOX delivery-unrecorded", "IN queued", "OUT updated");
        assertThat(log).filteredOn(e -> "delivery-unrecorded".equals(e.outcome())).singleElement()
                .satisfies(e -> assertThat(e.error()).contains("Connection to localhost:5432 refused").contains("password=***"));
    }

    @Test
    void givenTheDatabaseIsDownWhenTheOutboxFiguresAreAskedForThenTheyAreUnknownWithTheReason() throws Exception {
        databaseNow = down;

        DeliveryMetrics metrics = application.metrics();

        assertThat(metrics.getQueueDepth()).isNull();
        assertThat(metrics.getOldestPendingAgeSeconds()).isNull();
        assertThat(metrics.getFailedInOutbox()).isNull();
        assertThat(metrics.getFiguresUnknownBecause()).contains("Connection to localhost:5432 refused");
        databaseNow = database;
        Thread.sleep(1100);
        assertThat(metrics.getQueueDepth()).as("known again once the database answers").isZero();
        assertThat(metrics.getFiguresUnknownBecause()).isEmpty();
    }

    @FunctionalInterface
    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void awaitTrue(Condition condition, Duration timeout, String what) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.holds()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            Thread.sleep(25);
        }
    }
}

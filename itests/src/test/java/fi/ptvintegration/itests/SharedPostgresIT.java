package fi.ptvintegration.itests;

import static fi.ptvintegration.itests.KarafDistribution.ADMIN_USER;
import static fi.ptvintegration.itests.KarafDistribution.basicAuth;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.ptv.simulator.PtvSimulator;
import fi.ptvintegration.ptv.simulator.ScriptedFaults.Fault;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two booted nodes on one real PostgreSQL, as a shared service for several municipalities runs
 * them (node.id node-a and node-b, delivery.recover.at.start false, a 30 s lease, separate Karaf
 * homes and ports on one host):
 *
 * <ol>
 *   <li>a node frozen with SIGSTOP while it delivers, past its lease, then resumed with SIGCONT:
 *       the other node takes the deliveries over and delivers them; the frozen node's late writes
 *       (PTV refused its attempts with a 400) change nothing, and it logs that it lost the lease;
 *   <li>PostgreSQL stopped for 15 s while both nodes drain a backlog, then started again: intake
 *       answers 503 store-unavailable, the outbox figures are unknown, health is DOWN; afterwards
 *       every push is delivered exactly once, no delivery waits for its lease, and the log records
 *       of the PTV calls made during the outage are in the integration log.
 * </ol>
 *
 * The figures go to {@code target/karaf-runs/stalled-node.properties} and {@code postgres-restart.properties}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedPostgresIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LEASE_SECONDS = 30;
    private static final Duration OUTAGE = Duration.ofSeconds(15);
    private static final int BACKLOG = 300;
    /** What a node logs when it puts deliveries whose lease ran out back in the queue. */
    private static final String LEASE_EXPIRED = "whose lease ran out are back in the queue";
    private static PostgresServer postgres;
    private static PtvSimulator ptv;
    private static KarafDistribution nodeA;
    private static KarafDistribution nodeB;
    private static Map<String, String> adminA;
    private static Map<String, String> adminB;

    @BeforeAll
    static void boot() throws Exception {
        Path work = Path.of(System.getProperty("ptv.work.dir"));
        postgres = PostgresServer.startIn(Files.createTempDirectory(Files.createDirectories(work), "postgres-"));
        ptv = PtvSimulator.start(0, false);
        nodeA = node(work, "node-a");
        nodeB = node(work, "node-b");
        nodeA.startAndAwaitReady(Duration.ofMinutes(5), environment());
        nodeB.startAndAwaitReady(Duration.ofMinutes(5), environment());
        adminA = Map.of("Authorization", basicAuth(ADMIN_USER, nodeA.adminPassword()));
        adminB = Map.of("Authorization", basicAuth(ADMIN_USER, nodeB.adminPassword()));
    }

    /** A node as the README's "More than one node" says: its own id, home and ports; no recovery at start. */
    private static KarafDistribution node(Path work, String id) throws Exception {
        KarafDistribution node = KarafDistribution.unpack(Path.of(System.getProperty("ptv.distribution.archive")), work);
        node.configureRuntime("node.id", id);
        node.configureRuntime("delivery.recover.at.start", "false");
        node.configureRuntime("delivery.lease.seconds", String.valueOf(LEASE_SECONDS));
        node.configureRuntime("delivery.backoff.initial.ms", "200");
        node.configureRuntime("delivery.backoff.max.ms", "1000");
        node.configureRuntime("delivery.max.attempts", "1000");
        // A frozen node reads PTV's answer when it wakes instead of timing out first.
        node.configurePtv("request.timeout.ms", "180000");
        return node;
    }

    private static Map<String, String> environment() {
        return Map.of("PTV_DB_DRIVER", "org.postgresql.Driver", "PTV_DB_URL", postgres.jdbcUrl(), "PTV_DB_USER", "postgres",
                "PTV_BASE_URL", ptv.baseUrl(), "PTV_SOURCE_ID_PREFIX", "shared-");
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[] {nodeA, nodeB, ptv, postgres}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    @Test
    @Order(1)
    void givenANodeFrozenPastItsLeaseWhenItWakesThenItCannotOverwriteWhatTheNodeThatTookOverRecorded() throws Exception {
        List<String> codes = List.of("stall-1", "stall-2", "stall-3", "stall-4");
        for (String code : codes) {
            store(nodeA, adminA, code);
        }
        ptv.items().setLatencyMillis(3000);
        ptv.faults().add(Fault.refused("{\"OrganizationNames\":[\"Refused while node-a was frozen\"]}", codes.size())
                .onPathsContaining("/Organization"));
        List<CompletableFuture<HttpResponse<String>>> pushes = new ArrayList<>();
        for (String code : codes) {
            pushes.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return nodeA.exchange("POST", "/cxf/ptv/organization/post/" + code, null, null, adminA, Duration.ofMinutes(5));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        awaitTrue(() -> ptv.faults().served() >= codes.size(), Duration.ofSeconds(60), "node-a's four calls reached PTV");
        nodeA.signal("STOP");
        Instant frozen = Instant.now();
        ptv.items().setLatencyMillis(0);
        List<JsonNode> takenOver;
        try {
            awaitTrue(() -> delivered(nodeB, codes).size() == codes.size(), Duration.ofSeconds(LEASE_SECONDS * 4L),
                    "node-b delivered what node-a held");
            takenOver = delivered(nodeB, codes);
        } finally {
            nodeA.signal("CONT");
        }
        Duration stopped = Duration.between(frozen, Instant.now());
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> push : pushes) {
            answers.add(push.get(5, TimeUnit.MINUTES));
        }
        awaitTrue(() -> lostLeaseLines(nodeA) >= codes.size(), Duration.ofSeconds(60), "node-a logged its lost leases");
        List<JsonNode> after = delivered(nodeB, codes);
        Map<String, Integer> perSourceId = new HashMap<>();
        ptv.items().all("Organization").forEach(item -> item.sourceId().filter(id -> id.startsWith("shared-stall-"))
                .ifPresent(id -> perSourceId.merge(id, 1, Integer::sum)));
        JsonNode outbox = JSON.readTree(nodeB.get("/cxf/ops/log?direction=OUTBOX&outcome=delivery-lease-lost&limit=100", adminB).body());
        String scrape = nodeA.get("/cxf/metrics", adminA).body();
        Files.writeString(Path.of(System.getProperty("ptv.work.dir")).resolve("stalled-node.properties"),
                "leaseSeconds=" + LEASE_SECONDS + "\n"
                        + "frozenSeconds=" + stopped.toSeconds() + "\n"
                        + "deliveriesHeldByTheFrozenNode=" + codes.size() + "\n"
                        + "deliveredByTheOtherNode=" + after.stream().filter(d -> d.path("claimedBy").asText().equals("node-b")).count() + "\n"
                        + "lostLeaseLinesOnTheFrozenNode=" + lostLeaseLines(nodeA) + "\n"
                        + "answersOfTheFrozenNode=" + answers.stream().map(HttpResponse::statusCode).toList() + "\n"
                        + "itemsInPtv=" + perSourceId + "\n");

        // node-b could only take the deliveries over once node-a's lease had run out (claims == 2 below),
        // and node-a stayed frozen until node-b had delivered them all.
        assertThat(takenOver).hasSize(codes.size());
        for (JsonNode delivery : after) {
            assertThat(delivery.path("status").asText()).as("%s", delivery).isEqualTo("DELIVERED");
            assertThat(delivery.path("claimedBy").asText()).as("%s", delivery).isEqualTo("node-b");
            assertThat(delivery.path("claims").asInt()).as("node-a's claim, then node-b's").isEqualTo(2);
            assertThat(delivery.path("failureSignature").isNull() || delivery.path("failureSignature").isMissingNode())
                    .as("node-a's refusal did not overwrite the outcome: %s", delivery).isTrue();
        }
        assertThat(perSourceId).as("every item in PTV once").hasSize(codes.size()).allSatisfy((id, count) -> assertThat(count).isOne());
        for (HttpResponse<String> answer : answers) {
            assertThat(answer.statusCode()).as("node-a's answer after waking: %s", answer.body()).isEqualTo(202);
            assertThat(answer.body()).contains("another node took this delivery over");
        }
        assertThat(outbox.path("count").asInt()).as("OUTBOX records of the lost leases").isEqualTo(codes.size());
        assertThat(outbox.path("entries").get(0).path("actor").asText()).isEqualTo("node:node-a");
        assertThat(scrape).contains("ptv_integration_delivery_lost_leases_total{node=\"node-a\",kind=\"organization\"} 4")
                .as("no embedded H2 file on PostgreSQL").doesNotContain("ptv_integration_database_file_bytes");
    }

    @Test
    @Order(2)
    void givenPostgresqlStoppedFor15SecondsUnderLoadWhenItIsBackThenEveryPushIsDeliveredOnceWithinSeconds() throws Exception {
        int deliveredBefore = count(nodeA, "/cxf/ops/deliveries?status=DELIVERED&limit=1000");
        long createsBefore = ptv.items().creates();
        long leaseExpiriesBefore = linesContaining(nodeA, LEASE_EXPIRED) + linesContaining(nodeB, LEASE_EXPIRED);
        for (int i = 0; i < BACKLOG; i++) {
            store(i % 2 == 0 ? nodeA : nodeB, i % 2 == 0 ? adminA : adminB, String.format("load-%03d", i));
        }
        // PTV slow (3 s a call) while the backlog is queued, then 200 ms: the outage comes mid-drain,
        // with calls in flight that PTV answers while the database is down.
        ptv.items().setLatencyMillis(3000);
        for (int i = 0; i < BACKLOG; i++) {
            KarafDistribution node = i % 2 == 0 ? nodeA : nodeB;
            Map<String, String> headers = new HashMap<>(i % 2 == 0 ? adminA : adminB);
            headers.put("Prefer", "respond-async");
            HttpResponse<String> queued = node.exchange("POST", String.format("/cxf/ptv/organization/post/load-%03d", i), null, null,
                    headers, Duration.ofSeconds(30));
            assertThat(queued.statusCode()).as("%s", queued.body()).isEqualTo(202);
        }
        ptv.items().setLatencyMillis(200);
        awaitTrue(() -> ptv.items().creates() - createsBefore >= BACKLOG / 5, Duration.ofMinutes(3), "a fifth is delivered");
        long createdBeforeStop = ptv.items().creates() - createsBefore;
        postgres.stop();
        Instant stopped = Instant.now();
        List<Integer> intakeDuringOutage = new ArrayList<>();
        List<String> intakeErrors = new ArrayList<>();
        List<JsonNode> metricsDuringOutage = new ArrayList<>();
        List<Integer> healthDuringOutage = new ArrayList<>();
        int heldMost = 0;
        while (Duration.between(stopped, Instant.now()).compareTo(OUTAGE) < 0) {
            ObjectNode record = PatJson.mapper().valueToTree(PatJson.example("organization"));
            record.put("code", "outage-" + intakeDuringOutage.size());
            boolean onA = intakeDuringOutage.size() % 2 == 0;
            HttpResponse<String> intake = (onA ? nodeA : nodeB).post("/cxf/yleiset/put", record.toString(), onA ? adminA : adminB);
            intakeDuringOutage.add(intake.statusCode());
            intakeErrors.add(JSON.readTree(intake.body()).path("error").asText());
            metricsDuringOutage.add(JSON.readTree(nodeA.get("/cxf/ops/metrics", adminA).body()));
            healthDuringOutage.add(nodeB.get("/cxf/health", Map.of()).statusCode());
            heldMost = Math.max(heldMost, held(nodeA, adminA, "node-a") + held(nodeB, adminB, "node-b"));
            Thread.sleep(1000);
        }
        long createdDuringOutage = ptv.items().creates() - createsBefore - createdBeforeStop;
        postgres.start();
        Instant back = Instant.now();
        awaitTrue(() -> count(nodeA, "/cxf/ops/deliveries?status=DELIVERED&limit=1000") == deliveredBefore + BACKLOG,
                Duration.ofMinutes(4), "every push delivered after the restart");
        Instant lastDelivery = lastDeliveredAt(nodeA);
        Duration returnToLast = Duration.between(back, lastDelivery);
        Map<String, Integer> perSourceId = new HashMap<>();
        ptv.items().all("Organization").forEach(item -> item.sourceId().filter(id -> id.startsWith("shared-load-"))
                .ifPresent(id -> perSourceId.merge(id, 1, Integer::sum)));
        long creates = ptv.items().creates() - createsBefore;
        awaitTrue(() -> count(nodeA, "/cxf/ops/log?direction=OUT&outcome=created&limit=1000") == ptv.items().creates(),
                Duration.ofSeconds(60), "every PTV create has its OUT record");
        int outCreated = count(nodeA, "/cxf/ops/log?direction=OUT&outcome=created&limit=1000");
        long leaseExpiries = linesContaining(nodeA, LEASE_EXPIRED) + linesContaining(nodeB, LEASE_EXPIRED) - leaseExpiriesBefore;
        long givenBack = linesContaining(nodeA, "could not record the outcome") + linesContaining(nodeB, "could not record the outcome");
        Files.writeString(Path.of(System.getProperty("ptv.work.dir")).resolve("postgres-restart.properties"),
                "backlog=" + BACKLOG + "\n"
                        + "outageSeconds=" + OUTAGE.toSeconds() + "\n"
                        + "createdBeforeTheStop=" + createdBeforeStop + "\n"
                        + "createdInPtvDuringTheOutage=" + createdDuringOutage + "\n"
                        + "secondsFromTheDatabasesReturnToTheLastDelivery=" + returnToLast.toMillis() / 1000.0 + "\n"
                        + "claimsGivenBackAfterTheOutage=" + givenBack + "\n"
                        + "integrationLogRecordsHeldInMemoryAtMost=" + heldMost + "\n"
                        + "deliveriesBackByLeaseExpiry=" + leaseExpiries + "\n"
                        + "intakeStatusesDuringTheOutage=" + intakeDuringOutage + "\n"
                        + "healthStatusesDuringTheOutage=" + healthDuringOutage + "\n"
                        + "metricsDuringTheOutage=" + metricsDuringOutage.get(metricsDuringOutage.size() - 1) + "\n"
                        + "itemsInPtv=" + perSourceId.size() + "\n"
                        + "creates=" + creates + "\n"
                        + "outCreatedRecords=" + outCreated + "\n");

        assertThat(intakeDuringOutage).as("intake during the outage").isNotEmpty().containsOnly(503);
        assertThat(intakeErrors).containsOnly("store-unavailable");
        assertThat(healthDuringOutage).as("health during the outage").contains(503);
        for (JsonNode metrics : metricsDuringOutage.subList(2, metricsDuringOutage.size())) {
            assertThat(metrics.path("queueDepth").isNull()).as("queue depth unknown, not a number: %s", metrics).isTrue();
            assertThat(metrics.path("oldestPendingAgeSeconds").isNull()).isTrue();
            assertThat(metrics.path("figuresUnknownBecause").asText()).contains("could not be read");
        }
        assertThat(perSourceId).as("every push in PTV once").hasSize(BACKLOG).allSatisfy((id, count) -> assertThat(count).isOne());
        assertThat(creates).as("no item created twice").isEqualTo(BACKLOG);
        assertThat(outCreated).as("OUT records of creates, also those made during the outage").isEqualTo((int) ptv.items().creates());
        assertThat(leaseExpiries).as("no delivery waited for its lease to run out").isZero();
        assertThat(heldMost).as("integration-log records held while the database was down").isPositive();
        assertThat(held(nodeA, adminA, "node-a") + held(nodeB, adminB, "node-b")).as("held records written once it was back").isZero();
        assertThat(returnToLast).as("from the database's return to the last delivery").isLessThan(Duration.ofSeconds(LEASE_SECONDS));
    }

    /** The integration-log records a node holds in memory for the database, from its metrics. */
    private static int held(KarafDistribution node, Map<String, String> admin, String id) throws Exception {
        String prefix = "ptv_integration_integration_log_held_records{node=\"" + id + "\"} ";
        for (String line : node.get("/cxf/metrics", admin).body().split("\n")) {
            if (line.startsWith(prefix)) {
                return Integer.parseInt(line.substring(prefix.length()).strip());
            }
        }
        throw new AssertionError("no " + prefix + "in the scrape of " + id);
    }

    private static void store(KarafDistribution node, Map<String, String> admin, String code) throws Exception {
        ObjectNode record = PatJson.mapper().valueToTree(PatJson.example("organization"));
        record.put("code", code);
        HttpResponse<String> stored = node.post("/cxf/yleiset/put", record.toString(), admin);
        assertThat(stored.statusCode()).as("%s: %s", code, stored.body()).isEqualTo(201);
    }

    /** The deliveries of these codes, as the node's ops view shows them, if each is delivered; fewer otherwise. */
    private static List<JsonNode> delivered(KarafDistribution node, List<String> codes) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (String code : codes) {
            HttpResponse<String> response = node.get("/cxf/ops/deliveries?status=DELIVERED&code=" + code, adminB);
            for (JsonNode delivery : JSON.readTree(response.body()).path("items")) {
                found.add(delivery);
            }
        }
        return found;
    }

    private static int count(KarafDistribution node, String path) throws Exception {
        HttpResponse<String> response = node.get(path, adminA);
        if (response.statusCode() != 200) {
            return -1;
        }
        return JSON.readTree(response.body()).path("count").asInt();
    }

    private static Instant lastDeliveredAt(KarafDistribution node) throws Exception {
        Instant last = Instant.MIN;
        for (JsonNode delivery : JSON.readTree(node.get("/cxf/ops/deliveries?status=DELIVERED&limit=1000", adminA).body())
                .path("items")) {
            Instant at = OffsetDateTime.parse(delivery.path("deliveredAt").asText()).toInstant();
            last = at.isAfter(last) ? at : last;
        }
        return last;
    }

    private static long lostLeaseLines(KarafDistribution node) throws Exception {
        return linesContaining(node, "lost the lease");
    }

    private static long linesContaining(KarafDistribution node, String text) throws Exception {
        return Files.readAllLines(node.home().resolve("data/log/karaf.log"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains(text)).count();
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
            Thread.sleep(250);
        }
    }
}

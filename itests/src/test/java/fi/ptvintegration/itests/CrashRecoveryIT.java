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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Restart safety: a batch of pushes is queued while PTV is down, PTV comes back slow, and the
 * Karaf JVM is killed with SIGKILL while the worker is delivering. After a restart every push
 * reaches the simulator exactly once (no create is repeated, also for the ones PTV saved but
 * whose answer the dead JVM never read), and every delivery ends DELIVERED with its PTV id.
 * The figures go to {@code target/karaf-runs/crash-recovery.properties}.
 */
class CrashRecoveryIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ITEMS = 60;
    private static KarafDistribution karaf;
    private static PtvSimulator ptv;
    private static Map<String, String> admin;

    @BeforeAll
    static void boot() throws Exception {
        karaf = KarafDistribution.unpack(
                Path.of(System.getProperty("ptv.distribution.archive")), Path.of(System.getProperty("ptv.work.dir")));
        ptv = PtvSimulator.start(0, true);
        karaf.configureRuntime("delivery.backoff.initial.ms", "200");
        karaf.configureRuntime("delivery.backoff.max.ms", "1000");
        karaf.configureRuntime("delivery.max.attempts", "1000");
        karaf.startAndAwaitReady(Duration.ofMinutes(4), environment());
        admin = Map.of("Authorization", basicAuth(ADMIN_USER, karaf.adminPassword()));
    }

    private static Map<String, String> environment() {
        return Map.of("PTV_BASE_URL", ptv.baseUrl(), "PTV_TOKEN_URL", ptv.tokenUrl(), "PTV_USERNAME", "turku-integration",
                "PTV_PASSWORD", "crash-test-password", "PTV_SOURCE_ID_PREFIX", "it-");
    }

    @AfterAll
    static void stop() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
        if (ptv != null) {
            ptv.close();
        }
    }

    @Test
    void killingKarafMidDeliveryLosesNothingAndCreatesNothingTwice() throws Exception {
        ptv.faults().add(Fault.status(503, -1));
        Set<Long> messageIds = new HashSet<>();
        for (int i = 0; i < ITEMS; i++) {
            String code = String.format("it-crash-%03d", i);
            ObjectNode record = PatJson.mapper().valueToTree(PatJson.example("organization"));
            record.put("code", code);
            assertThat(karaf.post("/cxf/yleiset/put", record.toString(), admin).statusCode()).isEqualTo(201);
            HttpResponse<String> queued = karaf.post("/cxf/ptv/organization/post/" + code, "", admin);
            assertThat(queued.statusCode()).as("%s", queued.body()).isEqualTo(202);
            messageIds.add(JSON.readTree(queued.body()).path("messageId").asLong());
        }
        assertThat(messageIds).hasSize(ITEMS);

        // PTV recovers but answers slowly; kill the JVM once some items are through.
        ptv.items().setLatencyMillis(300);
        ptv.faults().clear();
        Instant deadline = Instant.now().plusSeconds(60);
        while (ptv.items().creates() < 8 && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        long createdBeforeKill = ptv.items().creates();
        karaf.kill();
        long createdWhileDying = ptv.items().creates();

        ptv.items().setLatencyMillis(20);
        karaf.startAndAwaitReady(Duration.ofMinutes(4), environment());
        Instant drained = Instant.now().plusSeconds(120);
        Map<String, Integer> statuses = statuses();
        while (statuses.getOrDefault("DELIVERED", 0) < ITEMS && Instant.now().isBefore(drained)) {
            Thread.sleep(250);
            statuses = statuses();
        }

        Map<String, Integer> perSourceId = new HashMap<>();
        ptv.items().all("Organization").forEach(item -> item.sourceId().ifPresent(id -> perSourceId.merge(id, 1, Integer::sum)));
        long duplicates = perSourceId.values().stream().filter(n -> n > 1).count();
        Files.writeString(Path.of(System.getProperty("ptv.work.dir")).resolve("crash-recovery.properties"),
                "items=" + ITEMS + "\n"
                        + "createdBeforeKill=" + createdBeforeKill + "\n"
                        + "createdWhenTheJvmWasGone=" + createdWhileDying + "\n"
                        + "deliveredAfterRestart=" + statuses.getOrDefault("DELIVERED", 0) + "\n"
                        + "itemsInSimulator=" + perSourceId.size() + "\n"
                        + "creates=" + ptv.items().creates() + "\n"
                        + "refusedDuplicateCreates=" + ptv.items().duplicateCreates() + "\n"
                        + "sourceIdsWithMoreThanOneItem=" + duplicates + "\n"
                        + "statuses=" + statuses + "\n");

        assertThat(createdBeforeKill).as("the kill came mid-way").isBetween(1L, (long) ITEMS - 1);
        assertThat(statuses).as("delivery statuses after restart").containsEntry("DELIVERED", ITEMS).hasSize(1);
        assertThat(perSourceId).as("items in the simulator").hasSize(ITEMS);
        assertThat(duplicates).isZero();
        assertThat(ptv.items().creates()).as("creates").isEqualTo(ITEMS);
        assertThat(ptv.items().duplicateCreates()).as("creates PTV refused as duplicates").isZero();
        JsonNode delivered = JSON.readTree(karaf.get("/cxf/ops/deliveries?status=DELIVERED&limit=1000", admin).body()).path("items");
        for (JsonNode delivery : delivered) {
            assertThat(delivery.path("ptvId").asText()).as("PTV id of %s", delivery.path("code").asText()).isNotBlank();
            assertThat(messageIds).contains(delivery.path("id").asLong());
        }
        JsonNode log = JSON.readTree(karaf.get("/cxf/ops/log?direction=OUT&outcome=created&limit=1000", admin).body());
        assertThat(log.path("count").asInt()).as("OUT log records of creates").isGreaterThanOrEqualTo(ITEMS - (int) createdWhileDying);
        for (JsonNode entry : log.path("entries")) {
            assertThat(entry.path("ptvId").asText()).isNotBlank();
            assertThat(entry.path("httpStatus").asInt()).isEqualTo(200);
            assertThat(entry.path("correlationId").asText()).isNotBlank();
        }
    }

    private static Map<String, Integer> statuses() throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        for (String status : List.of("NEW", "PENDING", "IN_FLIGHT", "DELIVERED", "FAILED", "DISMISSED")) {
            HttpResponse<String> response = karaf.get("/cxf/ops/deliveries?status=" + status + "&limit=1000", admin);
            for (int retry = 0; response.statusCode() != 200 && retry < 40; retry++) {
                Thread.sleep(250); // the ops route starts a moment after /cxf/health
                response = karaf.get("/cxf/ops/deliveries?status=" + status + "&limit=1000", admin);
            }
            JsonNode answer = JSON.readTree(response.body());
            int count = answer.path("count").asInt();
            if (count > 0) {
                counts.put(status, count);
            }
        }
        return counts;
    }
}

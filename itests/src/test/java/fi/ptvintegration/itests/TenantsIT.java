package fi.ptvintegration.itests;

import static fi.ptvintegration.itests.KarafDistribution.ADMIN_USER;
import static fi.ptvintegration.itests.KarafDistribution.basicAuth;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.ptv.simulator.PtvSimulator;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two municipalities on one booted distribution, each from a tenant file in {@code etc/}: each
 * writes and pushes its own records; its attempts on the other's (write, update, push, replay,
 * a log view) are refused and logged; Turku's API key is rotated by editing its file while the
 * node runs: both keys work while both are listed, the retired one stops working, no restart.
 */
class TenantsIT {

    private static final ObjectMapper JSON = PatJson.mapper();
    private static final String TURKU_KEY = "turku-" + UUID.randomUUID();
    private static final String TURKU_NEXT_KEY = "turku-next-" + UUID.randomUUID();
    private static final String ESPOO_PASSWORD = "espoo-" + UUID.randomUUID();
    private static final String ESPOO_ADMIN_PASSWORD = "espoo-admin-" + UUID.randomUUID();

    private static KarafDistribution karaf;
    private static PtvSimulator ptv;
    private static Map<String, String> admin;
    private static Map<String, String> turku;
    private static Map<String, String> espoo;

    @BeforeAll
    static void boot() throws Exception {
        karaf = KarafDistribution.unpack(Path.of(System.getProperty("ptv.distribution.archive")), Path.of(System.getProperty("ptv.work.dir")));
        ptv = PtvSimulator.start(0, false);
        karaf.addUser("espoo-drupal", ESPOO_PASSWORD, "espoo-writers");
        karaf.addUser("espoo-admin", ESPOO_ADMIN_PASSWORD, "espoo-admins");
        tenantFile("turku", "name = turku\norganizations = turku-liikuntapalvelut\napi.keys = ${env:TURKU_KEYS}\n");
        tenantFile("espoo", "name = espoo\norganizations = espoo-kulttuuri\nusers = espoo-drupal\nadmin.roles = espoo-admins\n");
        karaf.startAndAwaitReady(Duration.ofMinutes(4), Map.of("PTV_BASE_URL", ptv.baseUrl(), "TURKU_KEYS", TURKU_KEY + "," + TURKU_NEXT_KEY));
        admin = Map.of("Authorization", basicAuth(ADMIN_USER, karaf.adminPassword()));
        turku = Map.of("X-API-Key", TURKU_KEY);
        espoo = Map.of("Authorization", basicAuth("espoo-drupal", ESPOO_PASSWORD));
    }

    @AfterAll
    static void stop() throws Exception {
        if (ptv != null) {
            ptv.close();
        }
        if (karaf != null) {
            karaf.stop(Duration.ofSeconds(60));
        }
    }

    private static void tenantFile(String name, String content) throws Exception {
        Files.writeString(karaf.home().resolve("etc/fi.ptvintegration.tenant-" + name + ".cfg"), content);
    }

    private static String record(String kind, String code, String organization) throws Exception {
        ObjectNode record = JSON.valueToTree(PatJson.example(kind));
        record.put("code", code);
        if (kind.equals("service")) {
            record.put("responsibleOrganizationCode", organization);
            record.withArray("producers").forEach(p -> ((ObjectNode) p).putArray("organizationCodes").add(organization));
        }
        return JSON.writeValueAsString(record);
    }

    private static JsonNode answer(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as("%s", response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    @Test
    void eachTenantActsOnItsOwnRecordsOnlyAndAKeyRotatesWithoutARestart() throws Exception {
        answer(karaf.post("/cxf/yleiset/put", record("organization", "turku-liikuntapalvelut", null), turku), 201);
        answer(karaf.post("/cxf/yleiset/put", record("service", "turku-uinti", "turku-liikuntapalvelut"), turku), 201);
        ObjectNode espoosOrganisation = JSON.valueToTree(PatJson.example("organization"));
        espoosOrganisation.put("code", "espoo-kulttuuri");
        answer(karaf.post("/cxf/yleiset/put", JSON.writeValueAsString(espoosOrganisation), espoo), 201);
        answer(karaf.post("/cxf/yleiset/put", record("service", "espoo-musiikki", "espoo-kulttuuri"), espoo), 201);
        answer(karaf.post("/cxf/ptv/organization/post/turku-liikuntapalvelut", "", turku), 200);
        answer(karaf.post("/cxf/ptv/organization/post/espoo-kulttuuri", "", espoo), 200);

        List<HttpResponse<String>> attempts = List.of(
                karaf.post("/cxf/yleiset/put", record("service", "espoo-uinti", "turku-liikuntapalvelut"), espoo),
                karaf.post("/cxf/yleiset/update", record("service", "turku-uinti", "espoo-kulttuuri"), turku),
                karaf.post("/cxf/ptv/service/post/turku-uinti", "", espoo),
                karaf.post("/cxf/ptv/organization/put/espoo-kulttuuri", "", turku));
        for (HttpResponse<String> attempt : attempts) {
            assertThat(answer(attempt, 403).path("error").asText()).isEqualTo("forbidden-organization");
        }
        JsonNode refusedInLog = answer(karaf.get("/cxf/ops/log?outcome=refused-forbidden-organization", admin), 200);
        assertThat(refusedInLog.path("count").asInt()).isEqualTo(4);

        // Espoo's admin sees Espoo's records in the log, and none of Turku's.
        Map<String, String> espooAdmin = Map.of("Authorization", basicAuth("espoo-admin", ESPOO_ADMIN_PASSWORD));
        JsonNode espooLog = answer(karaf.get("/cxf/ops/log?limit=1000", espooAdmin), 200);
        assertThat(espooLog.path("entries").findValuesAsText("code")).isNotEmpty().allMatch(code -> code.startsWith("espoo"));
        JsonNode turkusDeliveries = answer(karaf.get("/cxf/ops/deliveries?code=turku-liikuntapalvelut", admin), 200);
        long turkusDelivery = turkusDeliveries.path("items").get(0).path("id").asLong();
        answer(karaf.get("/cxf/ops/deliveries/" + turkusDelivery, espooAdmin), 403);

        // Rotation: the file now lists only the new key; the old one stops working without a restart.
        answer(karaf.post("/cxf/yleiset/put", record("organization", "turku-liikuntapalvelut", null), Map.of("X-API-Key", TURKU_NEXT_KEY)),
                200);
        tenantFile("turku", "name = turku\norganizations = turku-liikuntapalvelut\napi.keys = " + TURKU_NEXT_KEY + "\n");
        Instant deadline = Instant.now().plusSeconds(30);
        int oldKey = 0;
        while (Instant.now().isBefore(deadline) && oldKey != 401) {
            oldKey = karaf.post("/cxf/yleiset/put", record("organization", "turku-liikuntapalvelut", null), turku).statusCode();
            Thread.sleep(250);
        }
        assertThat(oldKey).as("the retired key").isEqualTo(401);
        answer(karaf.post("/cxf/yleiset/put", record("organization", "turku-liikuntapalvelut", null), Map.of("X-API-Key", TURKU_NEXT_KEY)),
                200);
        assertThat(Files.readString(karaf.home().resolve("data/log/karaf.log"))).doesNotContain(TURKU_KEY).doesNotContain(TURKU_NEXT_KEY);
    }
}

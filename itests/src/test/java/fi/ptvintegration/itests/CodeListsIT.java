package fi.ptvintegration.itests;

import static fi.ptvintegration.itests.KarafDistribution.ADMIN_USER;
import static fi.ptvintegration.itests.KarafDistribution.basicAuth;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.ptv.simulator.PtvSimulator;
import fi.ptvintegration.ptv.simulator.ScriptedFaults;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The code lists in the booted distribution: served from the lists shipped with it right after the
 * first start, refreshed from the PTV simulator on demand (v12 code lists, every page), searched
 * in three languages, used by intake (an unknown ontology URI refused), and kept when a refresh
 * fails. Its own Karaf, so that "before the first refresh" is certain: the scheduled refresh is
 * off here (PTV_CODELISTS_REFRESH_MINUTES=0).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CodeListsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API_KEY = "it-codelists-" + java.util.UUID.randomUUID();
    private static final String VIEWER = "codelist-watcher";
    private static final String VIEWER_PASSWORD = "viewer-" + java.util.UUID.randomUUID();
    private static final String SWIMMING_HALLS = "http://www.yso.fi/onto/koko/p11070";
    private static KarafDistribution karaf;
    private static PtvSimulator ptv;
    private static Map<String, String> drupal;
    private static Map<String, String> admin;

    @BeforeAll
    static void boot() throws Exception {
        karaf = KarafDistribution.unpack(
                Path.of(System.getProperty("ptv.distribution.archive")), Path.of(System.getProperty("ptv.work.dir")));
        ptv = PtvSimulator.start(0, true);
        karaf.addUser(VIEWER, VIEWER_PASSWORD, "viewer");
        karaf.startAndAwaitReady(Duration.ofMinutes(4), Map.of(
                "PTV_BASE_URL", ptv.baseUrl(),
                "PTV_TOKEN_URL", ptv.tokenUrl(),
                "PTV_USERNAME", "turku-integration",
                "PTV_PASSWORD", "simulator-" + java.util.UUID.randomUUID(),
                "PTV_INTAKE_API_KEYS", API_KEY,
                "PTV_CODELISTS_V12_URL", ptv.baseUrl(),
                "PTV_CODELISTS_REFRESH_MINUTES", "0"));
        drupal = Map.of("X-API-Key", API_KEY);
        admin = Map.of("Authorization", basicAuth(ADMIN_USER, karaf.adminPassword()));
    }

    @AfterAll
    static void stop() throws Exception {
        if (ptv != null) {
            ptv.close();
        }
        if (karaf != null) {
            assertThat(karaf.stop(Duration.ofSeconds(60))).as("Karaf exits within 60 s").isTrue();
        }
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> search(String list, String query, Map<String, String> headers) throws Exception {
        return karaf.get("/cxf/codelists/" + list + (query.isEmpty() ? "" : "?" + query), headers);
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    @Order(1)
    void beforeAnyRefreshTheShippedPostalCodesAndMunicipalitiesAreServedAndCacheable() throws Exception {
        HttpResponse<String> postal = search("postal-codes", q("turku") + "&pageSize=3", drupal);
        HttpResponse<String> terms = search("ontology-terms", q("uimah"), drupal);
        JsonNode health = json(karaf.get("/cxf/health", Map.of()));

        assertThat(postal.statusCode()).as(postal.body()).isEqualTo(200);
        assertThat(json(postal).path("source").asText()).isEqualTo("seed");
        assertThat(json(postal).path("items").get(0).path("labels").path("fi").asText()).isEqualTo("TURKU");
        assertThat(postal.headers().firstValue("Cache-Control")).contains("private, max-age=300");
        assertThat(postal.headers().firstValue("ETag")).isPresent();
        assertThat(json(search("municipalities", "code=853", drupal)).path("items").get(0).path("labels").path("sv").asText())
                .isEqualTo("Åbo");
        assertThat(json(terms).path("loaded").asBoolean()).isFalse();
        assertThat(health.path("codeLists").path("entries").path("postal-codes").asInt()).isEqualTo(3779);
        assertThat(health.path("codeLists").path("entries").path("ontology-terms").asInt()).isZero();
        assertThat(search("postal-codes", "", Map.of()).statusCode()).as("credentials needed").isEqualTo(401);
    }

    @Test
    @Order(2)
    void beforeAnyRefreshAServiceIsAcceptedWithWarningsThatItsClassificationsWentUnchecked() throws Exception {
        karaf.post("/cxf/yleiset/put", PatJson.mapper().writeValueAsString(PatJson.example("organization")), drupal);
        ObjectNode service = PatJson.mapper().valueToTree(PatJson.example("service"));
        service.put("code", "it-unchecked");

        HttpResponse<String> answer = karaf.post("/cxf/yleiset/put", service.toString(), drupal);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(json(answer).path("warnings").findValuesAsText("rule")).containsOnly("code-list-not-loaded");
    }

    @Test
    @Order(3)
    void anAdminRefreshReadsEveryPageOfEveryListFromThePtvSimulator() throws Exception {
        long pagesBefore = ptv.codeListPagesServed();

        HttpResponse<String> refresh = karaf.post("/cxf/ops/codelists/refresh", "", admin);
        HttpResponse<String> byViewer = karaf.post("/cxf/ops/codelists/refresh", "",
                Map.of("Authorization", basicAuth(VIEWER, VIEWER_PASSWORD)));

        assertThat(refresh.statusCode()).as(refresh.body()).isEqualTo(200);
        JsonNode report = json(refresh);
        long pages = 0;
        Map<String, JsonNode> byList = new HashMap<>();
        for (JsonNode list : report.path("lists")) {
            byList.put(list.path("list").asText(), list);
            pages += list.path("pages").asLong();
        }
        assertThat(byList.get("postal-codes").path("pages").asInt()).isEqualTo(38);
        assertThat(byList.get("ontology-terms").path("entries").asInt()).isEqualTo(ptv.codeListSize("ontology-terms"));
        assertThat(ptv.codeListPagesServed() - pagesBefore).as("every page asked once").isEqualTo(pages);
        assertThat(byViewer.statusCode()).isEqualTo(403);
        JsonNode health = json(karaf.get("/cxf/health", Map.of()));
        assertThat(health.path("codeLists").path("status").asText()).isEqualTo("OK");
        assertThat(health.path("codeLists").path("lastSuccessfulRefresh").asText()).isNotBlank();
    }

    @Test
    @Order(4)
    void afterTheRefreshTermsAreFoundInFinnishSwedishAndEnglishAndBadSearchesAreRefused() throws Exception {
        for (String text : List.of("uimah", "Simhal", "indoor swimming")) {
            HttpResponse<String> answer = search("ontology-terms", q(text), drupal);
            assertThat(json(answer).path("items").findValuesAsText("uri")).as("q=%s", text).contains(SWIMMING_HALLS);
        }
        HttpResponse<String> first = search("service-classes", q("liikunta"), drupal);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = search("service-classes", q("liikunta"), Map.of("X-API-Key", API_KEY, "If-None-Match", etag));
        HttpResponse<String> unknown = search("galaxies", "", drupal);
        HttpResponse<String> tooLong = search("ontology-terms", q("u".repeat(101)), drupal);
        HttpResponse<String> pastTheEnd = search("languages", "page=99", drupal);

        assertThat(json(first).path("items").findValuesAsText("code")).contains("P27.1");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).path("message").asText()).contains("ontology-terms", "postal-codes");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(pastTheEnd.statusCode()).isEqualTo(200);
        assertThat(json(pastTheEnd).path("items")).isEmpty();
        HttpResponse<String> log = karaf.get("/cxf/ops/log?outcome=refused-unknown-list", admin);
        assertThat(json(log).path("count").asInt()).as("the refusal is in the integration log").isGreaterThanOrEqualTo(1);
    }

    @Test
    @Order(5)
    void afterTheRefreshAnOntologyUriUnknownToTheListsIsRefusedAtIntake() throws Exception {
        ObjectNode service = PatJson.mapper().valueToTree(PatJson.example("service"));
        service.put("code", "it-unknown-term");
        service.putArray("ontologyTerms").add("http://www.yso.fi/onto/koko/p11071");
        ObjectNode known = PatJson.mapper().valueToTree(PatJson.example("service"));
        known.put("code", "it-known-terms");

        HttpResponse<String> refused = karaf.post("/cxf/yleiset/put", service.toString(), drupal);
        HttpResponse<String> accepted = karaf.post("/cxf/yleiset/put", known.toString(), drupal);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        JsonNode violation = json(refused).path("violations").get(0);
        assertThat(violation.path("path").asText()).isEqualTo("ontologyTerms[0]");
        assertThat(violation.path("rule").asText()).isEqualTo("unknown-code");
        assertThat(violation.path("message").asText()).contains("p11071", SWIMMING_HALLS);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        assertThat(json(accepted).has("warnings")).isFalse();
    }

    @Test
    @Order(6)
    void aFailedRefreshKeepsTheListsAndShowsInHealthAndOps() throws Exception {
        ptv.faults().add(new ScriptedFaults.Fault(ScriptedFaults.Kind.STATUS, 503, null, 0, "/api/v12/ontology-terms", 1));

        HttpResponse<String> refresh = karaf.post("/cxf/ops/codelists/refresh", "", admin);
        HttpResponse<String> healthAnswer = karaf.get("/cxf/health", Map.of());
        JsonNode health = json(healthAnswer);
        HttpResponse<String> ops = karaf.get("/cxf/ops/codelists", Map.of("Authorization", basicAuth(VIEWER, VIEWER_PASSWORD)));
        HttpResponse<String> metrics = karaf.get("/cxf/ops/metrics", Map.of("Authorization", basicAuth(VIEWER, VIEWER_PASSWORD)));

        assertThat(refresh.statusCode()).isEqualTo(502);
        assertThat(healthAnswer.statusCode()).as("editing goes on").isEqualTo(200);
        assertThat(health.path("status").asText()).as("an operator is needed").isEqualTo("DEGRADED");
        assertThat(health.path("failing").toString()).contains("code-lists");
        assertThat(health.path("codeLists").path("status").asText()).isEqualTo("FAILING");
        assertThat(health.path("codeLists").path("failing").path("ontology-terms").asText()).contains("503");
        assertThat(health.path("codeLists").path("entries").path("ontology-terms").asInt()).isEqualTo(ptv.codeListSize("ontology-terms"));
        assertThat(json(search("ontology-terms", q("uimah"), drupal)).path("items").findValuesAsText("uri")).contains(SWIMMING_HALLS);
        assertThat(ops.statusCode()).as(ops.body()).isEqualTo(200);
        assertThat(json(ops).path("summary").path("status").asText()).isEqualTo("FAILING");
        assertThat(metrics.statusCode()).as("the other ops endpoints answer beside /cxf/ops/codelists").isEqualTo(200);
        String log = Files.readString(karaf.home().resolve("data/log/karaf.log"));
        assertThat(log.lines().filter(l -> l.contains("| ERROR |"))).as("no ERROR in karaf.log").isEmpty();
    }
}

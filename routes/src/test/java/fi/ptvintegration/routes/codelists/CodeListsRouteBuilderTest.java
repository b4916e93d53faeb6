package fi.ptvintegration.routes.codelists;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.ptvintegration.ptv.simulator.PtvSimulator;
import fi.ptvintegration.ptv.simulator.ScriptedFaults;
import fi.ptvintegration.routes.http.PasswordVerifier;
import fi.ptvintegration.routes.runtime.ApplicationSettings;
import fi.ptvintegration.routes.runtime.ApplicationTestSupport;
import fi.ptvintegration.routes.store.IntegrationLogQuery;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The code-list routes as the application wires them, the lists refreshed from the PTV simulator. */
class CodeListsRouteBuilderTest extends ApplicationTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API_KEY = "drupal-key-51c2";
    private static PtvSimulator ptv;

    @BeforeAll
    static void startPtv() {
        ptv = PtvSimulator.start(0, true);
    }

    @AfterAll
    static void stopPtv() {
        ptv.close();
    }

    @Override
    protected ApplicationSettings settings() {
        return super.settings().with(new ApplicationSettings.Intake(List.of(API_KEY), "karaf", "ptv-intake", 1 << 20))
                .with(codeListsOnDemand(ptv.baseUrl(), ptv.baseUrl()));
    }

    @Override
    protected PasswordVerifier passwords() {
        return (user, password) -> switch (user + ":" + password) {
            case "ops:pw" -> Optional.of(Set.of("admin", "viewer"));
            case "watcher:pw" -> Optional.of(Set.of("viewer"));
            case "drupal:pw" -> Optional.of(Set.of("ptv-intake"));
            default -> Optional.empty();
        };
    }

    /** After the support emptied the tables: the shipped lists again, and nothing else in memory. */
    @BeforeEach
    void seededListsAndNoFaults() throws Exception {
        application.codeLists().seedAndLoad();
        ptv.faults().clear();
    }

    private record Answer(int status, JsonNode body, Response raw) {}

    private Answer search(String list, Map<String, Object> query) throws Exception {
        Map<String, Object> headers = new HashMap<>(query);
        headers.put("operationName", "search");
        headers.put("list", list);
        if (!query.containsKey("X-API-Key")) {
            headers.put("X-API-Key", API_KEY);
        }
        return send("direct:" + CodeListsRouteBuilder.ROUTE_ID, headers);
    }

    private Answer ops(String operation, String user) throws Exception {
        Map<String, Object> headers = new HashMap<>();
        headers.put("operationName", operation);
        headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":pw").getBytes(StandardCharsets.UTF_8)));
        return send("direct:" + CodeListsRouteBuilder.OPS_ROUTE_ID, headers);
    }

    private Answer send(String uri, Map<String, Object> headers) throws Exception {
        headers.values().removeIf(v -> v == null);
        Response response = template.requestBodyAndHeaders(uri, null, headers, Response.class);
        Object entity = response.getEntity();
        return new Answer(response.getStatus(), entity == null ? null : JSON.readTree((byte[]) entity), response);
    }

    private void refreshed() throws Exception {
        assertThat(ops("refresh", "ops").status()).isEqualTo(200);
    }

    @Test
    void givenTheSeededLists_whenDrupalSearchesPostalCodesByCity_thenItGetsCacheableEntriesWithLabels() throws Exception {
        Answer answer = search("postal-codes", Map.of("q", "turku", "pageSize", "5"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("source").asText()).isEqualTo("seed");
        assertThat(answer.body().path("total").asInt()).isGreaterThan(10);
        assertThat(answer.body().path("items")).hasSize(5);
        assertThat(answer.body().path("items").get(0).path("labels").path("fi").asText()).isEqualTo("TURKU");
        assertThat(answer.raw().getHeaderString("Cache-Control")).isEqualTo("private, max-age=300");
        assertThat(answer.raw().getHeaderString("ETag")).matches("\"[0-9a-f]{32}\"");
    }

    @Test
    void givenARefreshFromPtv_whenSearchedInFinnishSwedishAndEnglish_thenTheSameTermIsFound() throws Exception {
        refreshed();

        for (String query : List.of("uimah", "SIMHAL", "indoor swim")) {
            Answer answer = search("ontology-terms", Map.of("q", query));
            assertThat(answer.body().path("items").findValuesAsText("uri")).as("q=%s", query)
                    .contains("http://www.yso.fi/onto/koko/p11070");
        }
        JsonNode term = search("ontology-terms", Map.of("code", "http://www.yso.fi/onto/koko/p11070")).body().path("items").get(0);
        assertThat(term.path("labels").path("fi").asText()).isEqualTo("uimahallit");
        assertThat(term.path("labels").path("sv").asText()).isEqualTo("simhallar");
        assertThat(term.path("parents").size()).isGreaterThan(1);
        assertThat(term.path("valid").asBoolean()).isTrue();
    }

    @Test
    void givenAServiceClassCode_thenItsEntryComesWithItsUriAndParent() throws Exception {
        refreshed();

        JsonNode sports = search("service-classes", Map.of("code", "P27.1")).body().path("items").get(0);

        assertThat(sports.path("uri").asText()).isEqualTo("http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P27.1");
        assertThat(sports.path("parents").get(0).asText()).isEqualTo("http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P27");
    }

    @Test
    void givenTheETagDrupalHolds_whenAskedAgain_then304WithoutBodyAndANewETagOnceTheListChanged() throws Exception {
        Answer first = search("ontology-terms", Map.of("q", "uimah"));
        String etag = first.raw().getHeaderString("ETag");

        Answer again = search("ontology-terms", Map.of("q", "Uimah", "If-None-Match", etag));
        Answer otherPage = search("ontology-terms", Map.of("q", "uimah", "page", "2", "If-None-Match", etag));
        refreshed();
        Answer afterRefresh = search("ontology-terms", Map.of("q", "uimah", "If-None-Match", etag));

        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isNull();
        assertThat(again.raw().getHeaderString("ETag")).isEqualTo(etag);
        assertThat(otherPage.status()).isEqualTo(200);
        assertThat(afterRefresh.status()).as("refreshed from PTV: another version").isEqualTo(200);
        assertThat(afterRefresh.body().path("total").asInt()).isEqualTo(1);
    }

    @Test
    void givenAnUnknownList_thenA404NamingTheListsAndAnIntegrationLogRecord() throws Exception {
        Answer answer = search("galaxies", Map.of());

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().path("error").asText()).isEqualTo("unknown-list");
        assertThat(answer.body().path("message").asText()).contains("ontology-terms", "wellbeing-services-counties");
        assertThat(answer.raw().getHeaderString("Cache-Control")).isEqualTo("no-store");
        var logged = application.log().find(new IntegrationLogQuery(null, null, "refused-unknown-list", null,
                null, null, 10));
        assertThat(logged).singleElement().satisfies(e -> assertThat(e.endpoint()).isEqualTo("/cxf/codelists"));
    }

    @Test
    void givenAQueryOverTheLimitOrWithControlCharacters_thenA400() throws Exception {
        assertThat(search("ontology-terms", Map.of("q", "u".repeat(101))).status()).isEqualTo(400);
        Answer control = search("ontology-terms", Map.of("q", "uima\u0007"));
        assertThat(control.status()).isEqualTo(400);
        assertThat(control.body().path("error").asText()).isEqualTo("bad-query");
    }

    @Test
    void givenAPagePastTheEnd_thenAnEmptyPageNotAnError() throws Exception {
        Answer answer = search("municipalities", Map.of("page", "999", "pageSize", "100"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("total").asInt()).isEqualTo(309);
        assertThat(answer.body().path("items")).isEmpty();
    }

    @Test
    void givenAListNeverLoaded_thenAnEmptyAnswerSayingSo() throws Exception {
        Answer answer = search("target-groups", Map.of("q", "kansalaiset"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("loaded").asBoolean()).isFalse();
        assertThat(answer.body().path("items")).isEmpty();
    }

    @Test
    void theIntakeCredentialsAreNeededAndBasicWorksToo() throws Exception {
        Map<String, Object> anonymous = new HashMap<>();
        anonymous.put("X-API-Key", null);
        assertThat(search("languages", anonymous).status()).isEqualTo(401);
        assertThat(search("languages", Map.of("X-API-Key", "wrong")).status()).isEqualTo(401);
        Map<String, Object> basic = new HashMap<>();
        basic.put("X-API-Key", null);
        basic.put("Authorization", "Basic " + Base64.getEncoder().encodeToString("drupal:pw".getBytes(StandardCharsets.UTF_8)));
        assertThat(search("municipalities", basic).status()).isEqualTo(200);
    }

    @Test
    void theListIndexNamesEveryListWithItsSize() throws Exception {
        Answer lists = send("direct:" + CodeListsRouteBuilder.ROUTE_ID, new HashMap<>(Map.of("operationName", "lists", "X-API-Key", API_KEY)));

        assertThat(lists.status()).isEqualTo(200);
        List<String> names = new java.util.ArrayList<>();
        lists.body().path("lists").forEach(row -> names.add(row.path("list").asText()));
        assertThat(names).hasSize(11).contains("postal-codes", "ontology-terms");
        assertThat(lists.body().path("summary").path("entries").path("postal-codes").asInt()).isEqualTo(3779);
    }

    @Test
    void onlyAnAdminRefreshesAndAViewerSeesTheStateWithAFailedRefreshAndItsError() throws Exception {
        assertThat(ops("refresh", "watcher").status()).isEqualTo(403);
        refreshed();
        ptv.faults().add(new ScriptedFaults.Fault(ScriptedFaults.Kind.STATUS, 500, null, 0, "/api/v12/service-classes", 1));

        Answer failed = ops("refresh", "ops");
        Answer status = ops("status", "watcher");

        assertThat(failed.status()).isEqualTo(502);
        assertThat(failed.body().path("outcome").asText()).isEqualTo("refresh-failed");
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.body().path("summary").path("status").asText()).isEqualTo("FAILING");
        assertThat(status.body().path("summary").path("failing").path("service-classes").asText()).contains("PTV answered 500");
        assertThat(status.body().path("lists").findValuesAsText("list")).contains("service-classes");
        assertThat(search("service-classes", Map.of("code", "P27.1")).body().path("total").asInt())
                .as("the stored list is still served").isEqualTo(1);
        var audit = application.log().find(new IntegrationLogQuery(null, null, "refresh-failed", null, null, null,
                10));
        assertThat(audit).isNotEmpty();
    }
}

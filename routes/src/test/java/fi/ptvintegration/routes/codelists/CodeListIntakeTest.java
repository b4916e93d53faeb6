package fi.ptvintegration.routes.codelists;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.ptv.simulator.PtvSimulator;
import fi.ptvintegration.routes.intake.PatIntakeRouteBuilder;
import fi.ptvintegration.routes.runtime.ApplicationSettings;
import fi.ptvintegration.routes.runtime.ApplicationTestSupport;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.ws.rs.core.Response;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The intake routes as the application wires them, with the code lists refreshed from the PTV simulator. */
class CodeListIntakeTest extends ApplicationTestSupport {

    private static final ObjectMapper JSON = PatJson.mapper();
    private static final String KEY = "intake-key-9d";
    private static final String SWIMMING_HALLS = "http://www.yso.fi/onto/koko/p11070";
    private static PtvSimulator ptv;

    @BeforeAll
    static void startPtv() {
        ptv = PtvSimulator.start(0, false);
    }

    @AfterAll
    static void stopPtv() {
        ptv.close();
    }

    @Override
    protected ApplicationSettings settings() {
        return super.settings().with(new ApplicationSettings.Intake(List.of(KEY), "karaf", "ptv-intake", 1 << 20))
                .with(codeListsOnDemand(ptv.baseUrl(), ptv.baseUrl()));
    }

    /** After the support emptied the tables: the shipped lists again, and nothing else in memory. */
    @BeforeEach
    void seededLists() throws Exception {
        application.codeLists().seedAndLoad();
    }

    private void refreshed() throws Exception {
        assertThat(application.codeLists().refresher().refresh().failed()).isFalse();
    }

    private record Answer(int status, JsonNode body) {}

    private Answer put(ObjectNode record) throws Exception {
        Map<String, Object> headers = new HashMap<>();
        headers.put("operationName", "putRecord");
        headers.put(Exchange.HTTP_METHOD, "POST");
        headers.put(Exchange.HTTP_PATH, "/put");
        headers.put(Exchange.CONTENT_TYPE, "application/json");
        headers.put("X-API-Key", KEY);
        Response response = template.requestBodyAndHeaders("direct:" + PatIntakeRouteBuilder.YLEISET_ROUTE_ID,
                new ByteArrayInputStream(JSON.writeValueAsBytes(record)), headers, Response.class);
        return new Answer(response.getStatus(), JSON.readTree((byte[]) response.getEntity()));
    }

    private static ObjectNode service(String code) {
        ObjectNode service = JSON.valueToTree(PatJson.example("service"));
        service.put("code", code);
        return service;
    }

    private static void replaceOntologyTerms(String json) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ptv.baseUrl()
                + "/simulator/codelists/ontology-terms")).PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
    }

    @Test
    void givenListsNeverLoaded_whenAServiceIsWritten_thenItIsStoredWithAWarningPerUncheckedField() throws Exception {
        Answer answer = put(service("svc-unchecked"));

        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
        assertThat(answer.body().path("warnings").findValuesAsText("rule")).containsOnly("code-list-not-loaded");
        assertThat(answer.body().path("warnings").findValuesAsText("path")).containsExactly("serviceClasses", "ontologyTerms", "targetGroups");
    }

    @Test
    void givenListsRefreshedFromPtv_whenTheExampleServiceIsWritten_thenItIsStoredWithoutWarnings() throws Exception {
        refreshed();

        Answer answer = put(service("svc-known"));

        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
        assertThat(answer.body().has("warnings")).isFalse();
    }

    @Test
    void givenAnOntologyUriUnknownToTheLists_thenTheWriteIsRefused422NamingFieldValueAndClosestTerms() throws Exception {
        refreshed();
        ObjectNode service = service("svc-typo");
        service.putArray("ontologyTerms").add("http://www.yso.fi/onto/koko/p11071");

        Answer answer = put(service);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().path("error").asText()).isEqualTo("validation");
        JsonNode violation = answer.body().path("violations").get(0);
        assertThat(violation.path("path").asText()).isEqualTo("ontologyTerms[0]");
        assertThat(violation.path("rule").asText()).isEqualTo("unknown-code");
        assertThat(violation.path("message").asText()).contains("'http://www.yso.fi/onto/koko/p11071'",
                SWIMMING_HALLS + " (uimahallit)");
        assertThat(application.records().find(fi.ptvintegration.pat.model.RecordKind.SERVICE.namespace(), "svc-typo"))
                .as("nothing stored").isEmpty();
    }

    @Test
    void givenATermPtvMarksNoLongerValid_thenTheServiceIsStoredAndTheAnswerWarns() throws Exception {
        String original = new String(getClass().getResourceAsStream("/fi/ptvintegration/ptv/simulator/codelists/ontology-terms.json")
                .readAllBytes(), StandardCharsets.UTF_8);
        replaceOntologyTerms(original.replace("\"isValid\": true", "\"isValid\": false"));
        try {
            refreshed();

            Answer answer = put(service("svc-retired"));

            assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
            JsonNode warning = answer.body().path("warnings").get(0);
            assertThat(warning.path("path").asText()).isEqualTo("ontologyTerms[0]");
            assertThat(warning.path("rule").asText()).isEqualTo("not-valid");
            assertThat(warning.path("message").asText()).contains("uimahallit");
        } finally {
            replaceOntologyTerms(original);
        }
    }
}

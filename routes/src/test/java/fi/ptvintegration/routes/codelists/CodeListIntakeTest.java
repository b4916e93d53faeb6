package fi.ptvintegration.routes.codelists;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.validation.PatValidator;
import fi.ptvintegration.pat.validation.ReferenceData;
import fi.ptvintegration.ptv.http.PtvClientSettings;
import fi.ptvintegration.ptv.simulator.PtvSimulator;
import fi.ptvintegration.routes.http.Authenticator;
import fi.ptvintegration.routes.http.CallLogProcessor;
import fi.ptvintegration.routes.http.JsonAnswerProcessor;
import fi.ptvintegration.routes.http.RefusalProcessor;
import fi.ptvintegration.routes.intake.PatIntakeRouteBuilder;
import fi.ptvintegration.routes.intake.PatRecordStoreProcessor;
import fi.ptvintegration.routes.intake.PatRecordValidationProcessor;
import fi.ptvintegration.routes.store.DatabaseMigrations;
import fi.ptvintegration.routes.store.IntegrationLogStore;
import fi.ptvintegration.routes.store.PatStore;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.ws.rs.core.Response;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The intake route with the code-list check, the lists refreshed from the PTV simulator. */
class CodeListIntakeTest extends CamelTestSupport {

    private static final ObjectMapper JSON = PatJson.mapper();
    private static final String KEY = "intake-key-9d";
    private static final String SWIMMING_HALLS = "http://www.yso.fi/onto/koko/p11070";
    private static PtvSimulator ptv;
    private final JdbcDataSource database = new JdbcDataSource();
    private CodeListsRuntime runtime;

    @BeforeAll
    static void startPtv() {
        ptv = PtvSimulator.start(0, false);
    }

    @AfterAll
    static void stopPtv() {
        ptv.close();
    }

    @Override
    public boolean isUseAdviceWith() {
        return true;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() throws Exception {
        database.setURL("jdbc:h2:mem:code-list-intake;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        DatabaseMigrations.migrate(database);
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : List.of("code_list_entry", "code_list", "pat_record_version", "pat_record", "integration_log")) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        }
        Clock clock = Clock.systemUTC();
        runtime = CodeListsRuntime.start(database, new CodeListsSettings(ptv.baseUrl(), null, Duration.ofHours(24), Duration.ofHours(1),
                Duration.ofMinutes(10), 300), new PtvClientSettings(ptv.baseUrl(), "v11", Duration.ofSeconds(2), Duration.ofSeconds(10)),
                clock);
        return new PatIntakeRouteBuilder(new PatIntakeRouteBuilder.Steps(
                new Authenticator(List.of(KEY), (u, p) -> Optional.empty(), "ptv-intake"),
                1 << 20,
                new PatRecordValidationProcessor(new PatValidator(ReferenceData.bundled())),
                runtime.intakeCheck(),
                new PatRecordStoreProcessor(new PatStore(database, clock)),
                new CallLogProcessor(new IntegrationLogStore(database), clock),
                new RefusalProcessor(),
                new JsonAnswerProcessor()));
    }

    @BeforeEach
    void directEntry() throws Exception {
        AdviceWith.adviceWith(context, PatIntakeRouteBuilder.YLEISET_ROUTE_ID, r -> r.replaceFromWith("direct:yleiset"));
        AdviceWith.adviceWith(context, PatIntakeRouteBuilder.PALVELUKANAVA_ROUTE_ID, r -> r.replaceFromWith("direct:palvelukanava"));
        context.start();
    }

    private record Answer(int status, JsonNode body) {}

    private Answer put(ObjectNode record) throws Exception {
        Map<String, Object> headers = new HashMap<>();
        headers.put("operationName", "putRecord");
        headers.put(Exchange.HTTP_METHOD, "POST");
        headers.put(Exchange.HTTP_PATH, "/put");
        headers.put(Exchange.CONTENT_TYPE, "application/json");
        headers.put("X-API-Key", KEY);
        Response response = template.requestBodyAndHeaders("direct:yleiset",
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
        runtime.refresher().refresh();

        Answer answer = put(service("svc-known"));

        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
        assertThat(answer.body().has("warnings")).isFalse();
    }

    @Test
    void givenAnOntologyUriUnknownToTheLists_thenTheWriteIsRefused422NamingFieldValueAndClosestTerms() throws Exception {
        runtime.refresher().refresh();
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
        assertThat(new PatStore(database, Clock.systemUTC()).find(fi.ptvintegration.pat.model.RecordKind.SERVICE.namespace(), "svc-typo"))
                .as("nothing stored").isEmpty();
    }

    @Test
    void givenATermPtvMarksNoLongerValid_thenTheServiceIsStoredAndTheAnswerWarns() throws Exception {
        String original = new String(getClass().getResourceAsStream("/fi/ptvintegration/ptv/simulator/codelists/ontology-terms.json")
                .readAllBytes(), StandardCharsets.UTF_8);
        replaceOntologyTerms(original.replace("\"isValid\": true", "\"isValid\": false"));
        try {
            runtime.refresher().refresh();

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

package fi.ptvintegration.routes.intake;

import fi.ptvintegration.routes.runtime.ApplicationSettings;
import fi.ptvintegration.routes.runtime.ApplicationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.validation.PatValidator;
import fi.ptvintegration.pat.validation.ReferenceData;
import fi.ptvintegration.routes.http.PasswordVerifier;
import fi.ptvintegration.routes.http.Authenticator;
import fi.ptvintegration.routes.http.CallLogProcessor;
import fi.ptvintegration.routes.http.RefusalProcessor;
import fi.ptvintegration.routes.http.JsonAnswerProcessor;
import fi.ptvintegration.routes.store.CommitCountingDataSource;
import fi.ptvintegration.routes.store.DatabaseMigrations;
import fi.ptvintegration.routes.store.IntegrationLogEntry;
import fi.ptvintegration.routes.store.IntegrationLogStore;
import fi.ptvintegration.routes.store.PatStore;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import javax.ws.rs.core.Response;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatIntakeRouteBuilderTest extends ApplicationTestSupport {

    private static final ObjectMapper JSON = PatJson.mapper();
    private static final String API_KEY = "test-key-7f3a9c";
    private static final int MAX_BODY = 16 * 1024;
    private static final PasswordVerifier USERS = (user, password) -> switch (user + ":" + password) {
        case "drupal:s3cret" -> Optional.of(Set.of("ptv-intake"));
        case "viewer:v" -> Optional.of(Set.of("viewer"));
        default -> Optional.empty();
    };

    @Override
    protected ApplicationSettings settings() {
        return super.settings().with(new ApplicationSettings.Intake(List.of(API_KEY), "karaf", "ptv-intake", MAX_BODY));
    }

    @Override
    protected PasswordVerifier passwords() {
        return USERS;
    }

    // --- calling the routes as CXF would ---------------------------------------------------

    /** A call as CXF passes it: the path's mode ({@code put}/{@code update}) from the operation, POST or PUT ({@code ...ByPut}). */
    private Answer call(String endpoint, String operation, String contentType, byte[] body, Map<String, Object> extraHeaders) {
        Map<String, Object> headers = new HashMap<>();
        headers.put("mode", operation.startsWith("update") ? "update" : "put");
        headers.put(Exchange.HTTP_METHOD, operation.endsWith("ByPut") ? "PUT" : "POST");
        headers.put(Exchange.HTTP_PATH, operation.startsWith("update") ? "/update" : "/put");
        if (contentType != null) {
            headers.put(Exchange.CONTENT_TYPE, contentType);
        }
        headers.putAll(extraHeaders);
        InputStream in = new ByteArrayInputStream(body);
        return call(endpoint + "-intake", in, headers);
    }

    private Answer put(String json) {
        return call("yleiset", "putRecord", "application/json", json.getBytes(StandardCharsets.UTF_8), apiKey());
    }

    private Answer update(String json) {
        return call("yleiset", "updateRecordByPut", "application/json", json.getBytes(StandardCharsets.UTF_8), apiKey());
    }

    private Answer putOffering(String json) {
        return call("palvelukanava", "putRecord", "application/json", json.getBytes(StandardCharsets.UTF_8), apiKey());
    }

    private static Map<String, Object> apiKey() {
        return Map.of("X-API-Key", API_KEY);
    }

    private static Map<String, Object> basic(String user, String password) {
        return Map.of("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private static String example(String kind) throws Exception {
        return JSON.writeValueAsString(PatJson.example(kind));
    }

    private static String edited(String kind, java.util.function.Consumer<ObjectNode> edit) throws Exception {
        ObjectNode tree = JSON.valueToTree(PatJson.example(kind));
        edit.accept(tree);
        return JSON.writeValueAsString(tree);
    }

    private List<IntegrationLogEntry> logOf(Answer answer) throws SQLException {
        return new IntegrationLogStore(database).byCorrelationId(answer.body().path("correlationId").asText());
    }

    private void putPrerequisitesOfTheOffering() throws Exception {
        assertThat(put(example("service")).status()).isEqualTo(201);
        assertThat(put(example("servicelocation")).status()).isEqualTo(201);
    }

    // --- accepted writes -------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"organization", "service", "servicelocation", "phone", "echannel", "webpage", "printableform"})
    void putOfEachKindOnYleisetCreatesItWith201(String kind) throws Exception {
        Answer answer = put(example(kind));

        assertThat(answer.status()).as("answer %s", answer.body()).isEqualTo(201);
        assertThat(answer.body().path("outcome").asText()).isEqualTo("created");
        assertThat(answer.body().path("kind").asText()).isEqualTo(kind);
        assertThat(answer.body().path("version").asInt()).isEqualTo(1);
        assertThat(answer.body().path("contentHash").asText()).hasSize(64);
        assertThat(answer.raw().getHeaderString("X-Correlation-Id")).isEqualTo(answer.body().path("correlationId").asText());
        assertThat(logOf(answer)).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo("created");
            assertThat(entry.httpStatus()).isEqualTo(201);
            assertThat(entry.endpoint()).isEqualTo("/cxf/yleiset/put");
            assertThat(entry.code()).isEqualTo(PatJson.example(kind).code());
            assertThat(entry.durationMillis()).isNotNull().isNotNegative();
            assertThat(entry.requestBody()).contains(PatJson.example(kind).code());
        });
    }

    @Test
    void givenAnInsaneCorrelationIdWhenAnsweredThenOnlyTheChosenOneGoesBackWithTheAnswer() throws Exception {
        Map<String, Object> headers = new HashMap<>(apiKey());
        headers.put("mode", "put");
        headers.put(Exchange.HTTP_METHOD, "POST");
        headers.put(Exchange.HTTP_PATH, "/put");
        headers.put(Exchange.CONTENT_TYPE, "application/json");
        headers.put("X-Correlation-Id", "not sane \u00e4 " + "x".repeat(100));

        Exchange answered = template.request("direct:yleiset-intake", exchange -> {
            exchange.getMessage().setHeaders(headers);
            exchange.getMessage().setBody(new ByteArrayInputStream(example("service").getBytes(StandardCharsets.UTF_8)));
        });

        javax.ws.rs.core.Response response = answered.getMessage().getBody(javax.ws.rs.core.Response.class);
        String chosen = response.getHeaderString("X-Correlation-Id");
        assertThat(chosen).hasSize(36);
        assertThat(answered.getMessage().getHeader("X-Correlation-Id", String.class))
                .as("the header the REST binding sends back with the answer").isEqualTo(chosen);
    }

    /**
     * An accepted call is one transaction: the record, its version and the call's integration-log
     * record are committed together (issue 17: one commit per intake call), for a create, an
     * update and an unchanged repeat; the answer logged is the answer given.
     */
    @Test
    void givenAcceptedIntakeCallsWhenCountedThenEachCommitsOnceWithItsLogRecord() throws Exception {
        CommitCountingDataSource counting = new CommitCountingDataSource(database);
        databaseNow = counting;
        counting.takeCommits();

        Answer created = put(example("service"));
        int createCommits = counting.takeCommits();
        Answer updated = update(edited("service", tree -> ((ObjectNode) tree.get("names")).put("fi", "Uimahallit ja maauimalat")));
        int updateCommits = counting.takeCommits();
        Answer unchanged = update(edited("service", tree -> ((ObjectNode) tree.get("names")).put("fi", "Uimahallit ja maauimalat")));
        int unchangedCommits = counting.takeCommits();
        Answer refused = update(edited("service", tree -> tree.put("code", "not-stored-yet")));
        int refusedCommits = counting.takeCommits();

        assertThat(List.of(created.status(), updated.status(), unchanged.status(), refused.status())).containsExactly(201, 200, 200, 404);
        assertThat(List.of(createCommits, updateCommits, unchangedCommits)).as("commits per accepted call").containsExactly(1, 1, 1);
        assertThat(refusedCommits).as("a refusal stores nothing and commits only its log record").isEqualTo(1);
        for (Answer answer : List.of(created, updated, unchanged, refused)) {
            assertThat(logOf(answer)).as("log of %s", answer.body()).singleElement().satisfies(entry -> {
                assertThat(entry.httpStatus()).isEqualTo(answer.status());
                assertThat(JSON.readTree(entry.responseBody())).isEqualTo(answer.body());
            });
        }
    }

    @Test
    void anOfferingOfStoredServiceAndChannelIsCreatedOnPalvelukanava() throws Exception {
        putPrerequisitesOfTheOffering();

        Answer answer = putOffering(example("offering"));

        assertThat(answer.status()).as("answer %s", answer.body()).isEqualTo(201);
        assertThat(answer.body().path("kind").asText()).isEqualTo("offering");
        assertThat(logOf(answer)).singleElement().satisfies(e -> assertThat(e.endpoint()).isEqualTo("/cxf/palvelukanava/put"));
    }

    @Test
    void anOfferingWithoutKindIsTakenAsAnOffering() throws Exception {
        putPrerequisitesOfTheOffering();

        Answer answer = putOffering(edited("offering", tree -> tree.remove("kind")));

        assertThat(answer.status()).isEqualTo(201);
    }

    @Test
    void putOfKnownCodeWithSameContentIsANoOp() throws Exception {
        put(example("service"));

        Answer again = call("yleiset", "putRecordByPut", "application/json", example("service").getBytes(StandardCharsets.UTF_8), apiKey());

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("outcome").asText()).isEqualTo("unchanged");
        assertThat(again.body().path("version").asInt()).isEqualTo(1);
    }

    @Test
    void putOfKnownCodeWithOtherContentIs409AndKeepsTheStoredRecord() throws Exception {
        put(example("service"));

        Answer conflict = put(edited("service", tree -> ((ObjectNode) tree.get("names")).put("fi", "Uimahallit ja maauimalat")));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body().path("error").asText()).isEqualTo("conflict");
        assertThat(conflict.body().path("message").asText()).contains("use update");
        assertThat(logOf(conflict)).singleElement().satisfies(e -> assertThat(e.outcome()).isEqualTo("refused-conflict"));
    }

    @Test
    void updateReplacesAStoredRecordWithANewVersion() throws Exception {
        put(example("service"));

        Answer updated = update(edited("service", tree -> ((ObjectNode) tree.get("names")).put("fi", "Uimahallit ja maauimalat")));

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.body().path("outcome").asText()).isEqualTo("updated");
        assertThat(updated.body().path("version").asInt()).isEqualTo(2);
    }

    @Test
    void updateOfAnUnknownCodeIs404() throws Exception {
        Answer answer = update(example("service"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().path("error").asText()).isEqualTo("not-found");
        assertThat(answer.body().path("message").asText()).contains("turku-uimahallit").contains("put");
    }

    @Test
    void updateOfAnOfferingGoesThroughPalvelukanava() throws Exception {
        putPrerequisitesOfTheOffering();
        putOffering(example("offering"));

        Answer answer = call("palvelukanava", "updateRecord", "application/json",
                edited("offering", tree -> tree.put("chargeType", "FreeOfCharge")).getBytes(StandardCharsets.UTF_8), apiKey());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("version").asInt()).isEqualTo(2);
    }

    // --- refused writes --------------------------------------------------------------------

    @Test
    void anOfferingNamingUnknownServiceAndChannelIs422WithTheMissingCodes() throws Exception {
        Answer answer = putOffering(example("offering"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().path("error").asText()).isEqualTo("unknown-reference");
        assertThat(answer.body().path("message").asText()).contains("turku-uimahallit", "turku-impivaara");
        assertThat(answer.body().path("violations").findValuesAsText("path")).containsExactly("serviceCode", "channelCode");
        assertThat(answer.body().path("violations").findValuesAsText("rule")).containsOnly("unknown-code");
    }

    @Test
    void malformedJsonIs400WithLineAndColumn() {
        Answer answer = call("yleiset", "putRecord", "application/json",
                "{\n  \"kind\": \"service\",\n  \"code\": }".getBytes(StandardCharsets.UTF_8), apiKey());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("error").asText()).isEqualTo("malformed-json");
        assertThat(answer.body().path("message").asText()).contains("line 3, column");
    }

    @Test
    void anythingAfterTheJsonValueOrADuplicateKeyIs400() throws Exception {
        Answer trailing = call("yleiset", "putRecord", "application/json",
                (example("service") + " {\"kind\":\"phone\"}").getBytes(StandardCharsets.UTF_8), apiKey());
        Answer duplicate = call("yleiset", "putRecord", "application/json",
                "{\"kind\":\"service\",\"code\":\"a\",\"code\":\"b\"}".getBytes(StandardCharsets.UTF_8), apiKey());

        assertThat(trailing.status()).isEqualTo(400);
        assertThat(trailing.body().path("error").asText()).isEqualTo("malformed-json");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.body().path("message").asText()).contains("Duplicate field 'code'");
    }

    @Test
    void anEmptyBodyIs400() {
        Answer answer = call("yleiset", "putRecord", "application/json", new byte[0], apiKey());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("error").asText()).isEqualTo("empty-body");
    }

    @Test
    void validationFailuresAre422WithPathRuleAndMessageForEach() throws Exception {
        Answer answer = put(edited("service", tree -> {
            ((ObjectNode) tree.get("names")).remove("sv");
            ((ObjectNode) tree.get("summary")).put("fi", "x".repeat(151));
        }));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().path("error").asText()).isEqualTo("validation");
        assertThat(answer.body().path("violations")).hasSize(2);
        assertThat(answer.body().path("violations").findValuesAsText("path")).containsExactly("names.sv", "summary.fi");
        assertThat(answer.body().path("violations").findValuesAsText("rule")).containsExactly("language-missing", "max-length");
        assertThat(answer.body().path("violations").findValuesAsText("message")).allSatisfy(m -> assertThat(m).isNotBlank());
    }

    @Test
    void anUnknownFieldIs422WithItsPath() throws Exception {
        Answer answer = put(edited("servicelocation", tree -> ((ObjectNode) tree.get("addresses").get(0)).put("postcode", "20700")));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().path("violations").get(0).path("path").asText()).isEqualTo("addresses[0].postcode");
        assertThat(answer.body().path("violations").get(0).path("rule").asText()).isEqualTo("unknown-field");
    }

    @Test
    void aValueOfTheWrongTypeIs422WithItsPath() throws Exception {
        Answer answer = put(edited("servicelocation", tree -> ((ObjectNode) tree.get("addresses").get(0)).put("latitude", "north")));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().path("violations").get(0).path("path").asText()).isEqualTo("addresses[0].latitude");
        assertThat(answer.body().path("violations").get(0).path("rule").asText()).isEqualTo("type");
    }

    @Test
    void aMissingOrUnknownKindIs422() throws Exception {
        assertThat(put(edited("service", tree -> tree.remove("kind"))).body().path("violations").get(0).path("rule").asText())
                .isEqualTo("required");
        Answer unknown = put(edited("service", tree -> tree.put("kind", "palvelu")));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body().path("violations").get(0).path("path").asText()).isEqualTo("kind");
    }

    @Test
    void anOfferingSentToYleisetIsToldWhereToGo() throws Exception {
        Answer answer = put(example("offering"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().path("message").asText()).contains("/cxf/palvelukanava/putPalvelutarjous");
    }

    @Test
    void aWrongContentTypeIs415() throws Exception {
        Answer xml = call("yleiset", "putRecord", "application/xml", example("service").getBytes(StandardCharsets.UTF_8), apiKey());
        Answer none = call("yleiset", "putRecord", null, example("service").getBytes(StandardCharsets.UTF_8), apiKey());
        Answer latin1 = call("yleiset", "putRecord", "application/json; charset=ISO-8859-1",
                example("service").getBytes(StandardCharsets.UTF_8), apiKey());

        assertThat(xml.status()).isEqualTo(415);
        assertThat(none.status()).isEqualTo(415);
        assertThat(latin1.status()).isEqualTo(415);
        assertThat(call("yleiset", "putRecord", "application/json; charset=utf-8",
                example("service").getBytes(StandardCharsets.UTF_8), apiKey()).status()).isEqualTo(201);
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        String huge = edited("service", tree -> ((ObjectNode) tree.get("description")).put("fi", "x".repeat(MAX_BODY)));

        Answer answer = put(huge);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body().path("error").asText()).isEqualTo("body-too-large");
        assertThat(put(example("service")).status()).as("the next normal call").isEqualTo(201);
    }

    @Test
    void noCredentialsIs401WithABasicChallengeAndNothingIsStored() throws Exception {
        Answer answer = call("yleiset", "putRecord", "application/json", example("service").getBytes(StandardCharsets.UTF_8), Map.of());

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.raw().getHeaderString("WWW-Authenticate")).startsWith("Basic");
        assertThat(update(example("service")).status()).as("the record was not stored").isEqualTo(404);
        assertThat(logOf(answer)).singleElement().satisfies(e -> assertThat(e.outcome()).isEqualTo("refused-unauthorized"));
    }

    @Test
    void wrongApiKeyOrPasswordIs401() throws Exception {
        byte[] body = example("service").getBytes(StandardCharsets.UTF_8);

        assertThat(call("yleiset", "putRecord", "application/json", body, Map.of("X-API-Key", "guess")).status()).isEqualTo(401);
        assertThat(call("yleiset", "putRecord", "application/json", body, basic("drupal", "wrong")).status()).isEqualTo(401);
        assertThat(call("yleiset", "putRecord", "application/json", body, Map.of("Authorization", "Basic !!!")).status()).isEqualTo(401);
    }

    @Test
    void aJaasUserWithTheIntakeRoleMayWriteAndOneWithoutIs403() throws Exception {
        byte[] body = example("service").getBytes(StandardCharsets.UTF_8);

        assertThat(call("yleiset", "putRecord", "application/json", body, basic("viewer", "v")).status()).isEqualTo(403);
        assertThat(call("yleiset", "putRecord", "application/json", body, basic("drupal", "s3cret")).status()).isEqualTo(201);
    }

    @Test
    void secretsNeverReachTheLogOrTheAnswer() throws Exception {
        String withSecret = edited("service", tree -> tree.put("apiPassword", "hunter2"));

        Answer answer = call("yleiset", "putRecord", "application/json", withSecret.getBytes(StandardCharsets.UTF_8),
                basic("drupal", "s3cret"));

        assertThat(answer.status()).isEqualTo(422);
        IntegrationLogEntry entry = logOf(answer).get(0);
        assertThat(entry.requestBody()).contains("apiPassword").doesNotContain("hunter2");
        assertThat(entry.toString()).doesNotContain("s3cret").doesNotContain(API_KEY);
        assertThat(answer.body().toString()).doesNotContain("hunter2").doesNotContain("s3cret");
    }

    @Test
    void aDatabaseOutageIs503WithoutAStackTrace() throws Exception {
        // The database refuses the store's connection, and is back for the log record after it.
        java.util.concurrent.atomic.AtomicBoolean refused = new java.util.concurrent.atomic.AtomicBoolean();
        databaseNow = new DelegatingDataSource(() -> database) {
            @Override
            public Connection getConnection() throws SQLException {
                if (refused.compareAndSet(false, true)) {
                    throw new SQLException("Connection refused: db.example:5432", "08001");
                }
                return database.getConnection();
            }
        };

        Answer answer = put(example("service"));

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.body().path("error").asText()).isEqualTo("store-unavailable");
        assertThat(answer.body().toString()).doesNotContain("SQLException").doesNotContain("\tat ").doesNotContain("5432");
        assertThat(logOf(answer)).singleElement().satisfies(e -> assertThat(e.httpStatus()).isEqualTo(503));
    }
}

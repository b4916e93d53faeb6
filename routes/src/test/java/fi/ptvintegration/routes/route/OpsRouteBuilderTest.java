package fi.ptvintegration.routes.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.ptvintegration.routes.processor.IntakeAuthenticator;
import fi.ptvintegration.routes.processor.IntakeLogProcessor;
import fi.ptvintegration.routes.processor.IntakeRefusalProcessor;
import fi.ptvintegration.routes.processor.IntegrationLogQueryProcessor;
import fi.ptvintegration.routes.processor.JsonResponseProcessor;
import fi.ptvintegration.routes.store.DatabaseMigrations;
import fi.ptvintegration.routes.store.IntegrationLogEntry;
import fi.ptvintegration.routes.store.IntegrationLogStore;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.ws.rs.core.Response;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpsRouteBuilderTest extends CamelTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final JdbcDataSource database = new JdbcDataSource();

    @Override
    public boolean isUseAdviceWith() {
        return true;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        database.setURL("jdbc:h2:mem:ops-route;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        DatabaseMigrations.migrate(database);
        return new OpsRouteBuilder(new OpsRouteBuilder.Steps(
                new IntakeAuthenticator(List.of(), (user, password) -> switch (user + ":" + password) {
                    case "ops:pw" -> Optional.of(Set.of("admin", "viewer"));
                    case "drupal:pw" -> Optional.of(Set.of("ptv-intake"));
                    default -> Optional.empty();
                }, "admin"),
                new IntegrationLogQueryProcessor(new IntegrationLogStore(database)),
                new IntakeLogProcessor(new IntegrationLogStore(database), Clock.systemUTC()),
                new IntakeRefusalProcessor(),
                new JsonResponseProcessor()));
    }

    @BeforeEach
    void entries() throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM integration_log");
        }
        IntegrationLogStore log = new IntegrationLogStore(database);
        OffsetDateTime t0 = OffsetDateTime.parse("2026-11-22T08:00:00Z");
        log.append(new IntegrationLogEntry("c1", t0, "IN", "/cxf/yleiset/put", "POST", "service", "turku-uimahallit", null, "created",
                201, 4L, null, null, "{\"code\":\"turku-uimahallit\"}", "{\"outcome\":\"created\"}"));
        log.append(new IntegrationLogEntry("c2", t0.plusMinutes(5), "OUT", "/api/v11/Service", "POST", "service", "turku-uimahallit",
                null, "ptv-400", 400, 30L, 1, "PTV POST Service answered 400", "{}", "{\"ServiceNames\":[\"x\"]}"));
        AdviceWith.adviceWith(context, OpsRouteBuilder.LOG_ROUTE_ID, r -> r.replaceFromWith("direct:ops"));
        context.start();
    }

    private record Answer(int status, JsonNode body) {}

    private Answer get(Map<String, Object> query, String user) throws Exception {
        Map<String, Object> headers = new HashMap<>(query);
        if (user != null) {
            headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":pw").getBytes(StandardCharsets.UTF_8)));
        }
        Response response = template.requestBodyAndHeaders("direct:ops", null, headers, Response.class);
        return new Answer(response.getStatus(), JSON.readTree((byte[]) response.getEntity()));
    }

    @Test
    void anAdminFindsEveryCallAboutACodeNewestFirstWithoutBodies() throws Exception {
        Answer answer = get(Map.of("code", "turku-uimahallit"), "ops");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("count").asInt()).isEqualTo(2);
        assertThat(answer.body().path("entries").findValuesAsText("correlationId")).containsExactly("c2", "c1");
        assertThat(answer.body().path("entries").get(0).path("error").asText()).contains("answered 400");
        assertThat(answer.body().path("entries").get(0).has("responseBody")).isFalse();
    }

    @Test
    void bodiesComeOnRequestAndFiltersCombine() throws Exception {
        Answer answer = get(Map.of("outcome", "ptv-400", "direction", "out", "bodies", "true",
                "from", "2026-11-22T08:01:00Z", "to", "2026-11-22T09:00:00Z"), "ops");

        assertThat(answer.body().path("count").asInt()).isEqualTo(1);
        assertThat(answer.body().path("entries").get(0).path("responseBody").asText()).contains("ServiceNames");
    }

    @Test
    void withoutTheAdminRoleTheLogIsClosed() throws Exception {
        assertThat(get(Map.of(), null).status()).isEqualTo(401);
        assertThat(get(Map.of(), "drupal").status()).isEqualTo(403);
    }

    @Test
    void aMalformedParameterIs400NamingIt() throws Exception {
        Answer badTime = get(Map.of("from", "yesterday"), "ops");
        Answer badLimit = get(Map.of("limit", "100000"), "ops");

        assertThat(badTime.status()).isEqualTo(400);
        assertThat(badTime.body().path("message").asText()).contains("'from'");
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.body().path("message").asText()).contains("'limit'");
    }
}

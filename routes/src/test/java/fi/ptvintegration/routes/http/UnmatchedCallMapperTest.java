package fi.ptvintegration.routes.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.routes.meter.Meters;
import fi.ptvintegration.routes.store.DatabaseMigrations;
import fi.ptvintegration.routes.store.IntegrationLogEntry;
import fi.ptvintegration.routes.store.IntegrationLogQuery;
import fi.ptvintegration.routes.store.IntegrationLogStore;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Calls CXF refuses before a route sees them are answered like every refused call, and leave their record. */
class UnmatchedCallMapperTest {

    private final JdbcDataSource database = new JdbcDataSource();
    private final Meters meters = new Meters();
    private IntegrationLogStore log;

    @BeforeEach
    void emptyLog() throws Exception {
        database.setURL("jdbc:h2:mem:unmatched-calls;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        DatabaseMigrations.migrate(database);
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM integration_log");
        }
        log = new IntegrationLogStore(database);
    }

    /** The mapper as CXF would call it for {@code method /cxf/<base>/<path>}, its context injected as CXF does. */
    private UnmatchedCallMapper mapperFor(String method, String base, String path, String correlationId) throws Exception {
        UnmatchedCallMapper mapper = new UnmatchedCallMapper(log, Clock.systemUTC(), meters);
        inject(mapper, "uri", proxy(UriInfo.class, Map.of("getBaseUri", URI.create("http://localhost:8181/cxf/" + base + "/"),
                "getPath", path)));
        inject(mapper, "request", proxy(Request.class, Map.of("getMethod", method)));
        inject(mapper, "headers", Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpHeaders.class},
                (p, m, args) -> m.getName().equals("getHeaderString") && "X-Correlation-Id".equals(args[0]) ? correlationId : null));
        return mapper;
    }

    private static void inject(Object target, String field, Object value) throws Exception {
        Field f = UnmatchedCallMapper.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    @SuppressWarnings("unchecked")
    private <T> T proxy(Class<T> type, Map<String, Object> answers) {
        return (T) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (p, m, args) -> answers.get(m.getName()));
    }

    @Test
    void givenAPushPathWithAnUnknownKindWhenCxfFindsNoEndpointThenTheAnswerIsJson404AndTheCallIsLogged() throws Exception {
        String hostileCode = "x".repeat(600) + "\u0000'\"<script>";
        UnmatchedCallMapper mapper = mapperFor("POST", "ptv", "organisation/post/" + hostileCode, "hostile-1");

        Response response = mapper.toResponse(new NotFoundException());

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getHeaderString("X-Correlation-Id")).isEqualTo("hostile-1");
        JsonNode body = PatJson.mapper().readTree((byte[]) response.getEntity());
        assertThat(body.path("error").asText()).isEqualTo("not-found");
        assertThat(body.path("correlationId").asText()).isEqualTo("hostile-1");
        List<IntegrationLogEntry> logged = log.find(new IntegrationLogQuery(null, "hostile-1", null, null, null, null, 10));
        assertThat(logged).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo("refused-not-found");
            assertThat(entry.httpStatus()).isEqualTo(404);
            assertThat(entry.method()).isEqualTo("POST");
            assertThat(entry.endpoint()).startsWith("/cxf/ptv/organisation/post/xxx").hasSizeLessThanOrEqualTo(200).endsWith("[cut]");
        });
        assertThat(meters.counter(CallLogProcessor.CALLS, "", "flow", "outcome").get("push", "refused-not-found")).isEqualTo(1);
    }

    @Test
    void givenAMethodThePathDoesNotTakeWhenCxfRefusesItThenTheAnswerIs405WithAllowAndTheCallIsLogged() throws Exception {
        UnmatchedCallMapper mapper = mapperFor("DELETE", "yleiset", "put", "not a sane id");

        Response response = mapper.toResponse(new NotAllowedException("POST", new String[] {"PUT"}));

        assertThat(response.getStatus()).isEqualTo(405);
        assertThat(response.getHeaderString("Allow")).contains("POST").contains("PUT");
        JsonNode body = PatJson.mapper().readTree((byte[]) response.getEntity());
        assertThat(body.path("error").asText()).isEqualTo("method-not-allowed");
        assertThat(body.path("message").asText()).contains("DELETE").contains("POST");
        String generated = response.getHeaderString("X-Correlation-Id");
        assertThat(generated).as("an insane X-Correlation-Id is replaced").isNotEqualTo("not a sane id").hasSize(36);
        assertThat(log.byCorrelationId(generated)).singleElement()
                .satisfies(entry -> assertThat(entry.endpoint()).isEqualTo("/cxf/yleiset/put"));
        assertThat(UnmatchedCallMapper.flow("/cxf/yleiset/")).isEqualTo("intake");
        assertThat(UnmatchedCallMapper.flow("/cxf/ops")).isEqualTo("ops");
    }
}

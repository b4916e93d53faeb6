package fi.ptvintegration.routes.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.ptvintegration.routes.http.JsonAnswerProcessor;
import fi.ptvintegration.routes.store.DatabaseHealthProbe;
import javax.ws.rs.core.Response;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class HealthRouteBuilderTest extends CamelTestSupport {

    private final ObjectMapper json = new ObjectMapper();
    private final JdbcDataSource database = new JdbcDataSource();

    @Override
    public boolean isUseAdviceWith() {
        return true;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        database.setURL("jdbc:h2:mem:health-route;DB_CLOSE_DELAY=-1");
        HealthCheckProcessor healthCheck = new HealthCheckProcessor(
                new DatabaseHealthProbe(database, 5),
                new HealthReport.Application("ptv-integration", "1.2.3-TEST"),
                new HealthReport.Ptv("http://localhost:8282", "v11"));
        return new HealthRouteBuilder(healthCheck, new JsonAnswerProcessor());
    }

    private void startWithDirectEntry() throws Exception {
        AdviceWith.adviceWith(context, HealthRouteBuilder.ROUTE_ID, route -> route.replaceFromWith("direct:health"));
        context.start();
    }

    @Test
    void answers200WithContextDatabaseAndVersionWhenAllIsUp() throws Exception {
        startWithDirectEntry();

        Response response = template.requestBody("direct:health", null, Response.class);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getMediaType().toString()).startsWith("application/json");
        JsonNode body = json.readTree((byte[]) response.getEntity());
        assertThat(body.path("status").asText()).isEqualTo("UP");
        assertThat(body.path("application").path("version").asText()).isEqualTo("1.2.3-TEST");
        assertThat(body.path("camel").path("status").asText()).isEqualTo("Started");
        assertThat(body.path("camel").path("name").asText()).isEqualTo(context.getName());
        assertThat(body.path("camel").path("routes").asInt()).isEqualTo(1);
        assertThat(body.path("database").path("status").asText()).isEqualTo("UP");
        assertThat(body.path("database").path("product").asText()).isEqualTo("H2");
        assertThat(body.path("database").has("error")).as("no error field when the database is up").isFalse();
        assertThat(body.path("ptv").path("apiVersion").asText()).isEqualTo("v11");
    }

    @Test
    void answers503WithTheDatabaseErrorWhenTheDatabaseIsDown() throws Exception {
        database.setURL("jdbc:h2:mem:health-route-down;IFEXISTS=TRUE");
        startWithDirectEntry();

        Response response = template.requestBody("direct:health", null, Response.class);

        assertThat(response.getStatus()).isEqualTo(503);
        JsonNode body = json.readTree((byte[]) response.getEntity());
        assertThat(body.path("status").asText()).isEqualTo("DOWN");
        assertThat(body.path("database").path("status").asText()).isEqualTo("DOWN");
        assertThat(body.path("database").path("error").asText()).contains("SQLState");
        assertThat(body.path("camel").path("status").asText()).as("Camel itself is still running").isEqualTo("Started");
    }
}

package fi.ptvintegration.routes.health;

import fi.ptvintegration.routes.runtime.ApplicationSettings;
import fi.ptvintegration.routes.runtime.ApplicationTestSupport;

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

class HealthRouteBuilderTest extends ApplicationTestSupport {

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected ApplicationSettings settings() {
        return super.settings().with(new ApplicationSettings.Health("ptv-integration", "1.2.3-TEST", "http://localhost:8282", "v11", 5));
    }

    private Response health() {
        return template.requestBody("direct:" + HealthRouteBuilder.ROUTE_ID, null, Response.class);
    }

    @Test
    void answers200WithContextDatabaseAndVersionWhenAllIsUp() throws Exception {
        Response response = health();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getMediaType().toString()).startsWith("application/json");
        JsonNode body = json.readTree((byte[]) response.getEntity());
        assertThat(body.path("status").asText()).isEqualTo("UP");
        assertThat(body.path("application").path("version").asText()).isEqualTo("1.2.3-TEST");
        assertThat(body.path("camel").path("status").asText()).isEqualTo("Started");
        assertThat(body.path("camel").path("name").asText()).isEqualTo(context.getName());
        assertThat(body.path("camel").path("routes").asInt()).isEqualTo(context.getRoutesSize());
        assertThat(body.path("database").path("status").asText()).isEqualTo("UP");
        assertThat(body.path("database").path("product").asText()).isEqualTo("H2");
        assertThat(body.path("database").has("error")).as("no error field when the database is up").isFalse();
        assertThat(body.path("ptv").path("apiVersion").asText()).isEqualTo("v11");
    }

    @Test
    void answers503WithTheDatabaseErrorWhenTheDatabaseIsDown() throws Exception {
        database.setURL("jdbc:h2:mem:health-route-down;IFEXISTS=TRUE");
        Response response = health();

        assertThat(response.getStatus()).isEqualTo(503);
        JsonNode body = json.readTree((byte[]) response.getEntity());
        assertThat(body.path("status").asText()).isEqualTo("DOWN");
        assertThat(body.path("database").path("status").asText()).isEqualTo("DOWN");
        assertThat(body.path("database").path("error").asText()).contains("SQLState");
        assertThat(body.path("camel").path("status").asText()).as("Camel itself is still running").isEqualTo("Started");
    }
}

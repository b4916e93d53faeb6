package fi.ptvintegration.routes.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.ptvintegration.ptv.adapters.PtvAdapters;
import fi.ptvintegration.ptv.http.PtvClientSettings;
import fi.ptvintegration.ptv.http.PtvTokenSource;
import fi.ptvintegration.ptv.port.PtvApiException;
import fi.ptvintegration.routes.delivery.PtvDeliveryRouteBuilder;
import fi.ptvintegration.routes.ptv.PtvAccounts;
import fi.ptvintegration.routes.ptv.PtvLogins;
import fi.ptvintegration.routes.runtime.ApplicationSettings;
import fi.ptvintegration.routes.runtime.ApplicationTestSupport;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class HealthRouteBuilderTest extends ApplicationTestSupport {

    private final ObjectMapper json = new ObjectMapper();
    private final AtomicBoolean loginFails = new AtomicBoolean();
    private PtvTokenSource watchedLogin;

    @Override
    protected ApplicationSettings settings() {
        return super.settings().with(new ApplicationSettings.Health("ptv-integration", "1.2.3-TEST", "http://localhost:8282", "v11", 5));
    }

    /** One account whose login is watched; a test makes it fail as a wrong PTV password would. */
    @Override
    protected PtvAccounts ptvAccounts() {
        PtvLogins logins = new PtvLogins(Clock.systemUTC());
        watchedLogin = logins.watch("default", () -> {
            if (loginFails.get()) {
                throw new PtvApiException(401, "{\"error\":\"invalid credentials\",\"password\":\"hunter2\"}", "login as turku");
            }
            return "token";
        });
        return new PtvAccounts(PtvAdapters.connect(new PtvClientSettings("http://127.0.0.1:9", "v11", Duration.ofSeconds(1),
                Duration.ofSeconds(1)), watchedLogin), Map.of(), logins);
    }

    private Response ask(String question) {
        return template.requestBodyAndHeader("direct:" + HealthRouteBuilder.ROUTE_ID, null, "operationName", question, Response.class);
    }

    private JsonNode body(Response response) throws Exception {
        return json.readTree((byte[]) response.getEntity());
    }

    private static JsonNode check(JsonNode body, String id) {
        for (JsonNode check : body.path("checks")) {
            if (check.path("id").asText().equals(id)) {
                return check;
            }
        }
        throw new AssertionError("no check " + id + " in " + body);
    }

    @Test
    void givenAllIsUpWhenAskedThenItAnswers200WithContextDatabaseVersionAndEveryCheck() throws Exception {
        Response response = ask("health");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getMediaType().toString()).startsWith("application/json");
        JsonNode body = body(response);
        assertThat(body.path("status").asText()).isEqualTo("UP");
        assertThat(body.path("application").path("version").asText()).isEqualTo("1.2.3-TEST");
        assertThat(body.path("camel").path("status").asText()).isEqualTo("Started");
        assertThat(body.path("camel").path("name").asText()).isEqualTo(context.getName());
        assertThat(body.path("camel").path("routes").asInt()).isEqualTo(context.getRoutesSize());
        assertThat(body.path("database").path("status").asText()).isEqualTo("UP");
        assertThat(body.path("database").path("product").asText()).isEqualTo("H2");
        assertThat(body.path("database").has("error")).as("no error field when the database is up").isFalse();
        assertThat(body.path("ptv").path("apiVersion").asText()).isEqualTo("v11");
        assertThat(body.has("failing")).isFalse();
        assertThat(check(body, "context").path("state").asText()).isEqualTo("UP");
        assertThat(check(body, "route:" + PtvDeliveryRouteBuilder.POLLER_ROUTE_ID).path("state").asText()).isEqualTo("UP");
        assertThat(check(body, "database").path("impact").asText()).isEqualTo("DOWN");
        assertThat(check(body, "outbox-poller").path("impact").asText()).isEqualTo("DEGRADED");
        assertThat(check(body, "ptv-login").path("state").asText()).isEqualTo("UP");
    }

    @Test
    void givenTheDatabaseIsDownWhenAskedThenHealthAndReadinessAre503ButTheNodeIsStillAlive() throws Exception {
        database.setURL("jdbc:h2:mem:health-route-down;IFEXISTS=TRUE");

        Response health = ask("health");
        Response ready = ask("ready");
        Response live = ask("live");

        assertThat(health.getStatus()).isEqualTo(503);
        JsonNode body = body(health);
        assertThat(body.path("status").asText()).isEqualTo("DOWN");
        assertThat(body.path("failing").toString()).contains("database");
        assertThat(body.path("database").path("status").asText()).isEqualTo("DOWN");
        assertThat(body.path("database").path("error").asText()).contains("SQLState");
        assertThat(body.path("camel").path("status").asText()).as("Camel itself is still running").isEqualTo("Started");
        assertThat(ready.getStatus()).isEqualTo(503);
        assertThat(live.getStatus()).as("a restart does not bring the database back").isEqualTo(200);
        assertThat(body(live).path("status").asText()).isEqualTo("UP");
    }

    @Test
    void givenTheOutboxPollerRouteIsStoppedWhenAskedThenTheNodeIsDegradedNamingIt() throws Exception {
        context.getRouteController().stopRoute(PtvDeliveryRouteBuilder.POLLER_ROUTE_ID);

        Response health = ask("health");
        Response ready = ask("ready");

        assertThat(health.getStatus()).as("still serving intake and first attempts").isEqualTo(200);
        JsonNode body = body(health);
        assertThat(body.path("status").asText()).isEqualTo("DEGRADED");
        assertThat(body.path("failing").toString()).contains("route:" + PtvDeliveryRouteBuilder.POLLER_ROUTE_ID);
        assertThat(check(body, "route:" + PtvDeliveryRouteBuilder.POLLER_ROUTE_ID).path("message").asText()).contains("Stopped");
        assertThat(body(ready).path("status").asText()).isEqualTo("DEGRADED");
        assertThat(ready.getStatus()).isEqualTo(200);
    }

    @Test
    void givenAnIntakeRouteIsStoppedWhenAskedThenTheNodeIsDown() throws Exception {
        context.getRouteController().stopRoute("yleiset-intake");

        Response ready = ask("ready");

        assertThat(ready.getStatus()).isEqualTo(503);
        assertThat(body(ready).path("failing").toString()).contains("route:yleiset-intake");
    }

    @Test
    void givenThePtvLoginFailsWhenAskedThenTheNodeIsDegradedWithTheCauseAndNoSecret() throws Exception {
        watchedLogin.token();
        loginFails.set(true);
        try {
            watchedLogin.token();
        } catch (PtvApiException expected) {
            // the login failure the health check reports
        }

        JsonNode body = body(ask("health"));

        assertThat(body.path("status").asText()).isEqualTo("DEGRADED");
        JsonNode login = check(body, "ptv-login");
        assertThat(login.path("state").asText()).isEqualTo("DOWN");
        assertThat(login.path("message").asText()).contains("account default could not log in").contains("401")
                .doesNotContain("hunter2");
        loginFails.set(false);
        watchedLogin.token();
        assertThat(body(ask("health")).path("status").asText()).as("a later login works").isEqualTo("UP");
    }
}

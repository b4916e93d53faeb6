package fi.ptvintegration.routes.health;

import fi.ptvintegration.routes.http.JsonAnswerProcessor;
import org.apache.camel.builder.RouteBuilder;

/**
 * {@code GET /cxf/health}: the Camel context status, the database status (a real query) and the
 * application version, as JSON. Unauthenticated on purpose: monitors call it and it reveals no
 * secret (no credentials, no connection URL).
 */
public class HealthRouteBuilder extends RouteBuilder {

    public static final String ROUTE_ID = "health";
    public static final String ENDPOINT_URI = "cxfrs:/health?resourceClasses=" + HealthResource.class.getName()
            + "&bindingStyle=SimpleConsumer";

    private final HealthCheckProcessor healthCheck;
    private final JsonAnswerProcessor jsonResponse;

    public HealthRouteBuilder(HealthCheckProcessor healthCheck, JsonAnswerProcessor jsonResponse) {
        this.healthCheck = healthCheck;
        this.jsonResponse = jsonResponse;
    }

    @Override
    public void configure() {
        from(ENDPOINT_URI)
                .routeId(ROUTE_ID)
                .process(healthCheck).id("health-check")
                .process(jsonResponse).id("health-answer");
    }
}

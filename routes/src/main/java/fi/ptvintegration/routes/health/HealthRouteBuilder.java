package fi.ptvintegration.routes.health;

import fi.ptvintegration.routes.http.JsonAnswerProcessor;
import fi.ptvintegration.routes.http.UnmatchedCallMapper;
import org.apache.camel.builder.RouteBuilder;

/**
 * {@code GET /cxf/health}, {@code /cxf/health/live} and {@code /cxf/health/ready}: the checks of
 * {@link HealthChecks} (Camel context, routes, database, outbox poller, PTV login, and what flows
 * add), rolled up to UP, DEGRADED or DOWN, as JSON. Unauthenticated on purpose: load balancers
 * and monitors call it, and it reveals no secret (no credentials, no connection URL).
 */
public class HealthRouteBuilder extends RouteBuilder {

    public static final String ROUTE_ID = "health";
    public static final String ENDPOINT_URI = "cxfrs:/health?resourceClasses=" + HealthResource.class.getName()
            + "&bindingStyle=SimpleConsumer" + UnmatchedCallMapper.PROVIDER;

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

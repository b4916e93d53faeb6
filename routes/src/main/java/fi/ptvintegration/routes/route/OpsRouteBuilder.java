package fi.ptvintegration.routes.route;

import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.routes.processor.IntakeAuthenticator;
import fi.ptvintegration.routes.processor.IntakeLogProcessor;
import fi.ptvintegration.routes.processor.IntakeRefusalProcessor;
import fi.ptvintegration.routes.processor.IntakeStartProcessor;
import fi.ptvintegration.routes.processor.IntegrationLogQueryProcessor;
import fi.ptvintegration.routes.processor.JsonResponseProcessor;
import fi.ptvintegration.routes.rest.OpsResource;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jackson.JacksonDataFormat;

/**
 * Views for integration admins under {@code /cxf/ops}, behind HTTP Basic with the admin role
 * (API keys, which Drupal holds, do not open them). So far {@code GET /cxf/ops/log}: "where is
 * my change?" over the integration log.
 */
public class OpsRouteBuilder extends RouteBuilder {

    public static final String LOG_ROUTE_ID = "ops-log";
    static final String ENDPOINT_URI = "cxfrs:/ops?resourceClasses=" + OpsResource.class.getName() + "&bindingStyle=SimpleConsumer";

    /** The steps the ops routes are wired from. */
    public record Steps(
            IntakeAuthenticator authenticateAdmin,
            IntegrationLogQueryProcessor queryLog,
            IntakeLogProcessor log,
            IntakeRefusalProcessor refuse,
            JsonResponseProcessor respond) {}

    private final Steps steps;

    public OpsRouteBuilder(Steps steps) {
        this.steps = steps;
    }

    @Override
    public void configure() {
        JacksonDataFormat json = new JacksonDataFormat(PatJson.mapper(), Object.class);
        RefusalAnswers.declare(this, steps.refuse(), steps.log(), json, steps.respond());

        from(ENDPOINT_URI)
                .routeId(LOG_ROUTE_ID)
                .process(new IntakeStartProcessor("/cxf/ops"))
                .process(steps.authenticateAdmin())
                .process(steps.queryLog())
                .marshal(json)
                .process(steps.respond());
    }
}

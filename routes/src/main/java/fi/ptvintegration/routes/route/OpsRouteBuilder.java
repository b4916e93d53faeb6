package fi.ptvintegration.routes.route;

import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.routes.processor.DeliveryOpsProcessor;
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
 * Operations under {@code /cxf/ops}, behind HTTP Basic (API keys, which Drupal holds, do not open
 * them): views for the viewer role ({@code GET log}, "where is my change?"; {@code deliveries},
 * {@code failed}, {@code metrics}) and actions on failed deliveries for the admin role (replay
 * or dismiss one or a group). Every action leaves an integration-log record, so replays and dismissals are audited.
 */
public class OpsRouteBuilder extends RouteBuilder {

    public static final String ROUTE_ID = "ops";
    static final String ENDPOINT_URI = "cxfrs:/ops?resourceClasses=" + OpsResource.class.getName() + "&bindingStyle=SimpleConsumer";

    /** The steps the ops routes are wired from. */
    public record Steps(
            IntakeAuthenticator authenticateViewer,
            IntakeAuthenticator authenticateAdmin,
            IntegrationLogQueryProcessor queryLog,
            DeliveryOpsProcessor deliveries,
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
                .routeId(ROUTE_ID)
                .process(new IntakeStartProcessor("/cxf/ops"))
                .choice()
                    .when(header("operationName").in(DeliveryOpsProcessor.ACTIONS.toArray()))
                        .process(steps.authenticateAdmin())
                    .otherwise()
                        .process(steps.authenticateViewer())
                .end()
                .choice()
                    .when(header("operationName").isEqualTo("log"))
                        .process(steps.queryLog())
                    .otherwise()
                        .process(steps.deliveries())
                .end()
                .filter(header("operationName").in(DeliveryOpsProcessor.ACTIONS.toArray()))
                    .process(steps.log())
                .end()
                .marshal(json)
                .process(steps.respond());
    }
}

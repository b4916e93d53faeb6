package fi.ptvintegration.routes.ops;

import fi.ptvintegration.routes.http.RefusalHandling;

import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.routes.http.Authenticator;
import fi.ptvintegration.routes.http.CallLogProcessor;
import fi.ptvintegration.routes.http.RefusalProcessor;
import fi.ptvintegration.routes.http.CallStartProcessor;
import fi.ptvintegration.routes.http.JsonAnswerProcessor;
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
            Authenticator authenticateViewer,
            Authenticator authenticateAdmin,
            IntegrationLogQueryProcessor queryLog,
            DeliveryOpsProcessor deliveries,
            CallLogProcessor log,
            RefusalProcessor refuse,
            JsonAnswerProcessor respond) {}

    private final Steps steps;

    public OpsRouteBuilder(Steps steps) {
        this.steps = steps;
    }

    @Override
    public void configure() {
        JacksonDataFormat json = new JacksonDataFormat(PatJson.mapper(), Object.class);
        RefusalHandling.declare(this, steps.refuse(), steps.log(), json, steps.respond());

        from(ENDPOINT_URI)
                .routeId(ROUTE_ID)
                .process(new CallStartProcessor("/cxf/ops"))
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

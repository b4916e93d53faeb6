package fi.ptvintegration.routes.push;

import fi.ptvintegration.routes.delivery.PtvDeliveryRouteBuilder;
import fi.ptvintegration.routes.http.RefusalHandling;

import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.routes.support.DeliveryPropertiesTMP;
import fi.ptvintegration.routes.http.Authenticator;
import fi.ptvintegration.routes.http.CallLogProcessor;
import fi.ptvintegration.routes.http.RefusalProcessor;
import fi.ptvintegration.routes.http.JsonAnswerProcessor;
import fi.ptvintegration.routes.delivery.StoredRecordLoader;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jackson.JacksonDataFormat;

/**
 * Push to PTV: {@code /cxf/ptv/organization/{post|put}/{code}} and {@code /cxf/ptv/service/...}
 * read the stored record, check it, record the push in the outbox, make the first delivery attempt
 * ({@link PtvDeliveryRouteBuilder}) and answer Drupal: 200 with the PTV id and status, 202 with the
 * message id and next attempt time when it will be retried, or the reasons PTV or the checks gave.
 * The five channel kinds follow the same steps.
 */
public class PtvPushRouteBuilder extends RouteBuilder {

    public static final String ROUTE_ID = "ptv-push";
    public static final String ENDPOINT_URI = "cxfrs:/ptv?resourceClasses=" + PtvPushResource.class.getName()
            + "&bindingStyle=SimpleConsumer";

    /** The steps the push route is wired from. */
    public record Steps(
            Authenticator authenticate,
            StoredRecordLoader load,
            DeliveryEnqueueProcessor enqueue,
            CallLogProcessor log,
            RefusalProcessor refuse,
            JsonAnswerProcessor respond) {}

    private final Steps steps;

    public PtvPushRouteBuilder(Steps steps) {
        this.steps = steps;
    }

    @Override
    public void configure() {
        JacksonDataFormat json = new JacksonDataFormat(PatJson.mapper(), Object.class);

        RefusalHandling.declare(this, steps.refuse(), steps.log(), json, steps.respond());

        from(ENDPOINT_URI)
                .routeId(ROUTE_ID)
                .process(new PushRequestProcessor())
                .process(steps.authenticate())
                .process(steps.load())
                .process(steps.enqueue())
                .filter(exchangeProperty(DeliveryPropertiesTMP.CLAIMED).isEqualTo(true))
                    .to(PtvDeliveryRouteBuilder.DELIVER_URI)
                .end()
                .process(steps.log())
                .marshal(json)
                .process(steps.respond());
    }
}

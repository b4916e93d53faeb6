package fi.ptvintegration.routes.push;

import fi.ptvintegration.routes.adopt.AdoptProcessor;
import fi.ptvintegration.routes.delivery.PtvDeliveryRouteBuilder;
import fi.ptvintegration.routes.delivery.StoredRecordLoader;
import fi.ptvintegration.routes.http.Authenticator;
import fi.ptvintegration.routes.http.CallStartProcessor;
import fi.ptvintegration.routes.http.CallSteps;
import fi.ptvintegration.routes.http.RefusalHandling;
import fi.ptvintegration.routes.http.UnmatchedCallMapper;
import fi.ptvintegration.routes.http.TenantCheckProcessor;
import fi.ptvintegration.routes.support.ExchangeKeys;
import org.apache.camel.builder.RouteBuilder;

/**
 * Push to PTV: {@code /cxf/ptv/{kind}/{post|put}/{code}} (and {@code /cxf/ptv/servicechannel/...}
 * for the five channel kinds) reads the stored record, checks it, records the push in the outbox,
 * makes the first delivery attempt ({@link PtvDeliveryRouteBuilder}) and answers Drupal: 200 with
 * the PTV id and status, 202 with the message id and next attempt time when it will be retried,
 * or the reasons PTV or the checks gave. {@code /cxf/ptv/{kind}/adopt/{code}?ptvId=} links the
 * record to an item PTV already holds instead ({@link AdoptProcessor}).
 */
public class PtvPushRouteBuilder extends RouteBuilder {

    public static final String ROUTE_ID = "ptv-push";
    public static final String ENDPOINT_URI = "cxfrs:/ptv?resourceClasses=" + PtvPushResource.class.getName()
            + "&bindingStyle=SimpleConsumer" + UnmatchedCallMapper.PROVIDER;

    private final CallSteps call;
    private final Authenticator writers;
    private final StoredRecordLoader load;
    private final TenantCheckProcessor tenantCheck;
    private final DeliveryEnqueueProcessor enqueue;
    private final AdoptProcessor adopt;

    public PtvPushRouteBuilder(CallSteps call, Authenticator writers, StoredRecordLoader load, TenantCheckProcessor tenantCheck,
            DeliveryEnqueueProcessor enqueue, AdoptProcessor adopt) {
        this.call = call;
        this.writers = writers;
        this.load = load;
        this.tenantCheck = tenantCheck;
        this.enqueue = enqueue;
        this.adopt = adopt;
    }

    @Override
    public void configure() {
        RefusalHandling.declare(this, call);

        from(ENDPOINT_URI)
                .routeId(ROUTE_ID)
                .process(new CallStartProcessor("Push", "/cxf/ptv")).id("push-start")
                .process(new PushRequestProcessor()).id("push-request")
                .process(writers).id("push-authenticate")
                .choice().id("push-or-adopt")
                    .when(header(ExchangeKeys.OPERATION).isEqualTo(PushRequestProcessor.ADOPT))
                        .process(adopt).id("push-adopt")
                    .otherwise()
                        .process(load).id("push-load-record")
                        .process(tenantCheck).id("push-tenant")
                        .process(enqueue).id("push-enqueue")
                .end()
                .filter(exchangeProperty(ExchangeKeys.CLAIMED).isEqualTo(true)).id("push-attempt-now")
                    .to(PtvDeliveryRouteBuilder.DELIVER_URI).id("push-deliver")
                .end()
                .process(call.log()).id("push-log")
                .process(call.answer()).id("push-answer");
    }
}

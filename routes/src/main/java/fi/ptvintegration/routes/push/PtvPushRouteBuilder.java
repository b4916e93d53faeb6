package fi.ptvintegration.routes.push;

import fi.ptvintegration.routes.adopt.AdoptProcessor;
import fi.ptvintegration.routes.delivery.PtvDeliveryRouteBuilder;
import fi.ptvintegration.routes.delivery.StoredRecordLoader;
import fi.ptvintegration.routes.http.Authenticator;
import fi.ptvintegration.routes.http.CallStartProcessor;
import fi.ptvintegration.routes.http.CallSteps;
import fi.ptvintegration.routes.http.RefusalHandling;
import fi.ptvintegration.routes.http.UnmatchedCallMapper;
import fi.ptvintegration.routes.http.TargetRecordLoader;
import fi.ptvintegration.routes.http.TenantCheckProcessor;
import fi.ptvintegration.routes.status.ItemStatusProcessor;
import fi.ptvintegration.routes.status.StatusLocationProcessor;
import fi.ptvintegration.routes.support.ExchangeKeys;
import org.apache.camel.builder.PredicateBuilder;
import org.apache.camel.builder.RouteBuilder;

/**
 * Push to PTV: {@code /cxf/ptv/{kind}/{post|put|archive|restore}/{code}} (and
 * {@code /cxf/ptv/servicechannel/...} for the five channel kinds) reads the stored record, checks
 * it (the caller's tenant first, so nothing is said of another tenant's record; then PTV's rules
 * and the record's state), settles what needs no PTV call
 * ({@link LifecycleRequestProcessor}), records the push in the outbox, makes the first delivery
 * attempt ({@link PtvDeliveryRouteBuilder}) and answers Drupal: 200 with the PTV id and status,
 * 202 with the message id, the next attempt time and a {@code Location} pointing at the record's
 * status when it will be retried, or the reasons PTV or the checks gave.
 * {@code /cxf/ptv/{kind}/adopt/{code}?ptvId=} links the record to an item PTV already holds
 * instead ({@link AdoptProcessor}); {@code GET .../status/{code}} answers where the record stands
 * ({@link ItemStatusProcessor}), behind the same authentication and tenant check.
 */
public class PtvPushRouteBuilder extends RouteBuilder {

    public static final String ROUTE_ID = "ptv-push";
    public static final String ENDPOINT_URI = "cxfrs:/ptv?resourceClasses=" + PtvPushResource.class.getName()
            + "&bindingStyle=SimpleConsumer" + UnmatchedCallMapper.PROVIDER;

    private final CallSteps call;
    private final Authenticator writers;
    private final StoredRecordLoader load;
    private final TenantCheckProcessor tenantCheck;
    private final LifecycleRequestProcessor lifecycle;
    private final DeliveryEnqueueProcessor enqueue;
    private final AdoptProcessor adopt;
    private final TargetRecordLoader target;
    private final ItemStatusProcessor status;

    public PtvPushRouteBuilder(CallSteps call, Authenticator writers, StoredRecordLoader load, TenantCheckProcessor tenantCheck,
            LifecycleRequestProcessor lifecycle, DeliveryEnqueueProcessor enqueue, AdoptProcessor adopt, TargetRecordLoader target,
            ItemStatusProcessor status) {
        this.call = call;
        this.writers = writers;
        this.load = load;
        this.tenantCheck = tenantCheck;
        this.lifecycle = lifecycle;
        this.enqueue = enqueue;
        this.adopt = adopt;
        this.target = target;
        this.status = status;
    }

    @Override
    public void configure() {
        RefusalHandling.declare(this, call);

        from(ENDPOINT_URI)
                .routeId(ROUTE_ID)
                // A push carries no body to read twice; caching one costs a type-converter search per call.
                .noStreamCaching()
                .process(new CallStartProcessor("Push", "/cxf/ptv")).id("push-start")
                .process(new PushRequestProcessor()).id("push-request")
                .process(writers).id("push-authenticate")
                .choice().id("push-adopt-or-status")
                    .when(header(ExchangeKeys.OPERATION).isEqualTo(PushRequestProcessor.ADOPT))
                        .process(adopt).id("push-adopt")
                    .when(header(ExchangeKeys.OPERATION).isEqualTo(PushRequestProcessor.STATUS))
                        .process(target).id("status-load-record")
                        .process(tenantCheck).id("status-tenant")
                        .process(status).id("status-read")
                    .otherwise()
                        .process(target).id("push-target-record")
                        .process(tenantCheck).id("push-tenant")
                        .process(load).id("push-load-record")
                        .process(lifecycle).id("push-lifecycle-check")
                .end()
                .filter(PredicateBuilder.and(exchangeProperty(ExchangeKeys.PUSH_OPERATION).isNotNull(),
                        exchangeProperty(ExchangeKeys.ANSWERED).isNotEqualTo(true))).id("push-needs-ptv")
                    .process(enqueue).id("push-enqueue")
                .end()
                .filter(exchangeProperty(ExchangeKeys.CLAIMED).isEqualTo(true)).id("push-attempt-now")
                    .to(PtvDeliveryRouteBuilder.DELIVER_URI).id("push-deliver")
                .end()
                .process(new StatusLocationProcessor()).id("push-status-location")
                .process(call.log()).id("push-log")
                .process(call.answer()).id("push-answer");
    }
}

package fi.ptvintegration.routes.delivery;

import fi.ptvintegration.routes.support.ExchangeKeys;
import org.apache.camel.builder.RouteBuilder;

/**
 * Delivery of one outbox row to PTV ({@code direct:ptv-deliver}), called by the push route for
 * the first attempt and by the outbox worker for later ones; and the poller that starts the
 * worker ({@code ptv-delivery-poller}). A delivery re-reads the stored record when the caller has
 * not (a retry or replay sends what the record is now), pushes it, sets a service's connections,
 * and marks the row delivered; a failure goes to the retry decision. No error handler here: a
 * refusal reaches the push route's, which answers Drupal.
 */
public class PtvDeliveryRouteBuilder extends RouteBuilder {

    public static final String DELIVER_ROUTE_ID = "ptv-deliver";
    public static final String DELIVER_URI = "direct:ptv-deliver";
    public static final String POLLER_ROUTE_ID = "ptv-delivery-poller";

    /** The steps the delivery routes are wired from. */
    public record Steps(
            StoredRecordLoader load,
            PtvSendProcessor push,
            ConnectionSyncProcessor connections,
            DeliveredProcessor delivered,
            DeliveryFailureProcessor failed,
            DeliveryPollProcessor poll,
            long pollIntervalMillis) {}

    private final Steps steps;

    public PtvDeliveryRouteBuilder(Steps steps) {
        this.steps = steps;
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler());

        from(DELIVER_URI)
                .routeId(DELIVER_ROUTE_ID)
                .doTry()
                    .filter(exchangeProperty(ExchangeKeys.RECORD).isNull())
                        .process(steps.load())
                    .end()
                    .process(steps.push())
                    .process(steps.connections())
                    .process(steps.delivered())
                .endDoTry()
                .doCatch(Exception.class)
                    .process(steps.failed())
                .end();

        from("timer:" + POLLER_ROUTE_ID + "?delay=" + steps.pollIntervalMillis() + "&period=" + steps.pollIntervalMillis())
                .routeId(POLLER_ROUTE_ID)
                .process(steps.poll());
    }
}

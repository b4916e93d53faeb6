package fi.ptvintegration.routes.delivery;

import fi.ptvintegration.routes.support.ExchangeKeys;
import org.apache.camel.builder.RouteBuilder;

/**
 * Delivery of one outbox row to PTV ({@code direct:ptv-deliver}), called by the push route for
 * the first attempt and by the outbox worker for later ones; and the poller that starts the
 * worker ({@code ptv-delivery-poller}). A delivery re-reads the stored record when the caller has
 * not (a retry or replay sends what the record is now), checks PTV's publishing rules, sends it
 * to PTV (a create or update with its connections, or an archive, or a restore with its
 * connections), gives the outbox worker's place among the deliveries calling PTV to the next one
 * ({@link PtvSlot}), and marks the row delivered, committing what the attempt learnt with it (one
 * transaction after PTV answers: {@link AttemptBeginProcessor}); a failure goes to the retry decision. No error
 * handler here: a refusal reaches the push route's, which answers Drupal.
 */
public class PtvDeliveryRouteBuilder extends RouteBuilder {

    public static final String DELIVER_ROUTE_ID = "ptv-deliver";
    public static final String DELIVER_URI = "direct:ptv-deliver";
    public static final String POLLER_ROUTE_ID = "ptv-delivery-poller";

    private final AttemptBeginProcessor begin;
    private final StoredRecordLoader load;
    private final PublishingRulesProcessor rules;
    private final PtvSendProcessor send;
    private final PtvLifecycleProcessor lifecycle;
    private final ConnectionSyncProcessor connections;
    private final DeliveredProcessor delivered;
    private final DeliveryFailureProcessor failed;
    private final DeliveryPollProcessor poll;
    private final long pollIntervalMillis;

    public PtvDeliveryRouteBuilder(AttemptBeginProcessor begin, StoredRecordLoader load, PublishingRulesProcessor rules, PtvSendProcessor send,
            PtvLifecycleProcessor lifecycle, ConnectionSyncProcessor connections, DeliveredProcessor delivered,
            DeliveryFailureProcessor failed, DeliveryPollProcessor poll, long pollIntervalMillis) {
        this.begin = begin;
        this.load = load;
        this.rules = rules;
        this.send = send;
        this.lifecycle = lifecycle;
        this.connections = connections;
        this.delivered = delivered;
        this.failed = failed;
        this.poll = poll;
        this.pollIntervalMillis = pollIntervalMillis;
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler());

        from(DELIVER_URI)
                .routeId(DELIVER_ROUTE_ID)
                // The exchange carries the record and the delivery as properties, no stream to cache.
                .noStreamCaching()
                .doTry()
                    .process(begin).id("deliver-begin-attempt")
                    .filter(exchangeProperty(ExchangeKeys.RECORD).isNull()).id("deliver-record-not-read")
                        .process(load).id("deliver-load-record")
                    .end()
                    .process(rules).id("deliver-check-publishing-rules")
                    .choice().id("deliver-what")
                        .when(exchangeProperty(ExchangeKeys.PUSH_OPERATION).isEqualTo(PushOperation.ARCHIVE))
                            .process(lifecycle).id("deliver-archive")
                        .when(exchangeProperty(ExchangeKeys.PUSH_OPERATION).isEqualTo(PushOperation.RESTORE))
                            .process(lifecycle).id("deliver-restore")
                            .process(connections).id("deliver-restored-connections")
                        .otherwise()
                            .process(send).id("deliver-send-to-ptv")
                            .process(connections).id("deliver-connections")
                    .end()
                    .process(PtvSlot::giveBackFor).id("deliver-ptv-calls-over")
                    .process(delivered).id("deliver-mark-delivered")
                .endDoTry()
                .doCatch(Exception.class)
                    .process(PtvSlot::giveBackFor).id("deliver-failed-ptv-calls-over")
                    .process(failed).id("deliver-failed")
                .end();

        from("timer:" + POLLER_ROUTE_ID + "?delay=" + pollIntervalMillis + "&period=" + pollIntervalMillis)
                .routeId(POLLER_ROUTE_ID)
                .process(poll).id("poll-due-deliveries");
    }
}

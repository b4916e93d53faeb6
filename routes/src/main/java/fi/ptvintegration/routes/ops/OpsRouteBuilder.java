package fi.ptvintegration.routes.ops;

import fi.ptvintegration.routes.http.Authenticator;
import fi.ptvintegration.routes.http.CallStartProcessor;
import fi.ptvintegration.routes.http.CallSteps;
import fi.ptvintegration.routes.http.RefusalHandling;
import fi.ptvintegration.routes.http.UnmatchedCallMapper;
import fi.ptvintegration.routes.support.ExchangeKeys;
import org.apache.camel.Predicate;
import org.apache.camel.builder.RouteBuilder;

/**
 * Operations under {@code /cxf/ops}, behind HTTP Basic (API keys, which Drupal holds, do not open
 * them): views for the viewer role ({@code GET log}, "where is my change?"; {@code deliveries},
 * {@code failed}, {@code metrics}) and actions on failed deliveries for the admin role (replay
 * or dismiss one or a group); what PTV already holds: adoption proposals and adopting (admin),
 * drift (views for viewers, accepting and scanning for admins); the daily sync's batches, dry run
 * and progress for viewers, starting one for admins; the reconciliation of PTV with the PAT store
 * (JSON or CSV) for viewers. One branch per endpoint, each with its role;
 * the {@link OpsService} writes the integration-log record of every action, naming the admin.
 */
public class OpsRouteBuilder extends RouteBuilder {

    public static final String ROUTE_ID = "ops";
    static final String ENDPOINT_URI = "cxfrs:/ops?resourceClasses=" + OpsResource.class.getName() + "&bindingStyle=SimpleConsumer"
            + UnmatchedCallMapper.PROVIDER;

    private final CallSteps call;
    private final Authenticator viewers;
    private final Authenticator admins;
    private final IntegrationLogQueryProcessor queryLog;
    private final DeliveryOpsSteps deliveries;
    private final PtvViewOpsSteps ptv;
    private final SyncOpsSteps sync;
    private final ReconcileOpsSteps reconcile;

    public OpsRouteBuilder(CallSteps call, Authenticator viewers, Authenticator admins, IntegrationLogQueryProcessor queryLog,
            DeliveryOpsSteps deliveries, PtvViewOpsSteps ptv, SyncOpsSteps sync, ReconcileOpsSteps reconcile) {
        this.call = call;
        this.viewers = viewers;
        this.admins = admins;
        this.queryLog = queryLog;
        this.deliveries = deliveries;
        this.ptv = ptv;
        this.sync = sync;
        this.reconcile = reconcile;
    }

    @Override
    public void configure() {
        RefusalHandling.declare(this, call);

        from(ENDPOINT_URI)
                .routeId(ROUTE_ID)
                .process(new CallStartProcessor("Ops", "/cxf/ops")).id("ops-start")
                .choice().id("ops-endpoint")
                    .when(calls(OpsResource.LOG))
                        .process(viewers).id("ops-log-authenticate")
                        .process(queryLog).id("ops-log")
                    .when(calls(OpsResource.DELIVERIES))
                        .process(viewers).id("ops-deliveries-authenticate")
                        .process(deliveries.listDeliveries()).id("ops-deliveries")
                    .when(calls(OpsResource.DELIVERY))
                        .process(viewers).id("ops-delivery-authenticate")
                        .process(deliveries.showDelivery()).id("ops-delivery")
                    .when(calls(OpsResource.FAILED))
                        .process(viewers).id("ops-failed-authenticate")
                        .process(deliveries.listFailureGroups()).id("ops-failed")
                    .when(calls(OpsResource.METRICS))
                        .process(viewers).id("ops-metrics-authenticate")
                        .process(deliveries.showMetrics()).id("ops-metrics")
                    .when(calls(OpsResource.REPLAY_DELIVERY))
                        .process(admins).id("ops-replay-delivery-authenticate")
                        .process(deliveries.replayDelivery()).id("ops-replay-delivery")
                    .when(calls(OpsResource.DISMISS_DELIVERY))
                        .process(admins).id("ops-dismiss-delivery-authenticate")
                        .process(deliveries.dismissDelivery()).id("ops-dismiss-delivery")
                    .when(calls(OpsResource.REPLAY_GROUP))
                        .process(admins).id("ops-replay-group-authenticate")
                        .process(deliveries.replayGroup()).id("ops-replay-group")
                    .when(calls(OpsResource.DISMISS_GROUP))
                        .process(admins).id("ops-dismiss-group-authenticate")
                        .process(deliveries.dismissGroup()).id("ops-dismiss-group")
                    .when(calls(OpsResource.PROPOSALS))
                        .process(viewers).id("ops-proposals-authenticate")
                        .process(ptv.proposals()).id("ops-proposals")
                    .when(calls(OpsResource.ACCEPT_PROPOSALS))
                        .process(admins).id("ops-accept-proposals-authenticate")
                        .process(ptv.acceptProposals()).id("ops-accept-proposals")
                    .when(calls(OpsResource.ADOPT))
                        .process(admins).id("ops-adopt-authenticate")
                        .process(ptv.adopt()).id("ops-adopt")
                    .when(calls(OpsResource.DRIFT))
                        .process(viewers).id("ops-drift-authenticate")
                        .process(ptv.listDrift()).id("ops-drift")
                    .when(calls(OpsResource.DRIFT_ENTRY))
                        .process(viewers).id("ops-drift-entry-authenticate")
                        .process(ptv.showDrift()).id("ops-drift-entry")
                    .when(calls(OpsResource.ACCEPT_DRIFT))
                        .process(admins).id("ops-accept-drift-authenticate")
                        .process(ptv.acceptDrift()).id("ops-accept-drift")
                    .when(calls(OpsResource.SCAN_DRIFT))
                        .process(admins).id("ops-scan-drift-authenticate")
                        .process(ptv.scanDrift()).id("ops-scan-drift")
                    .when(calls(OpsResource.SYNC_BATCHES))
                        .process(viewers).id("ops-sync-batches-authenticate")
                        .process(sync.listBatches()).id("ops-sync-batches")
                    .when(calls(OpsResource.SYNC_PLAN))
                        .process(viewers).id("ops-sync-plan-authenticate")
                        .process(sync.showPlan()).id("ops-sync-plan")
                    .when(calls(OpsResource.SYNC_PROGRESS))
                        .process(viewers).id("ops-sync-progress-authenticate")
                        .process(sync.showProgress()).id("ops-sync-progress")
                    .when(calls(OpsResource.START_SYNC))
                        .process(admins).id("ops-start-sync-authenticate")
                        .process(sync.startSync()).id("ops-start-sync")
                    .when(calls(OpsResource.RECONCILE))
                        .process(viewers).id("ops-reconcile-authenticate")
                        .process(reconcile.reconcile()).id("ops-reconcile")
                    .when(calls(OpsResource.RECONCILE_CSV))
                        .process(viewers).id("ops-reconcile-csv-authenticate")
                        .process(reconcile.reconcileCsv()).id("ops-reconcile-csv")
                .end()
                .process(call.answer()).id("ops-answer");
    }

    private Predicate calls(String name) {
        return header(ExchangeKeys.OPERATION_NAME).isEqualTo(name);
    }
}

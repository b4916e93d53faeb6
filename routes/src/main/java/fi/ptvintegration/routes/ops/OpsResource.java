package fi.ptvintegration.routes.ops;

import java.io.InputStream;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * JAX-RS description of {@code /cxf/ops}: views for integration admins and operations (viewer
 * role) and the actions on failed deliveries and the daily sync (admin role).
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public interface OpsResource {

    // The names of the methods below, which the REST binding puts in the operationName header
    // and the ops route branches on: one branch per endpoint.
    String LOG = "log";
    String DELIVERIES = "deliveries";
    String DELIVERY = "delivery";
    String REPLAY_DELIVERY = "replayDelivery";
    String DISMISS_DELIVERY = "dismissDelivery";
    String FAILED = "failed";
    String REPLAY_GROUP = "replayGroup";
    String DISMISS_GROUP = "dismissGroup";
    String METRICS = "metrics";
    String PROPOSALS = "proposals";
    String ACCEPT_PROPOSALS = "acceptProposals";
    String ADOPT = "adopt";
    String DRIFT = "drift";
    String DRIFT_ENTRY = "driftEntry";
    String ACCEPT_DRIFT = "acceptDrift";
    String SCAN_DRIFT = "scanDrift";
    String SYNC_BATCHES = "syncBatches";
    String SYNC_PLAN = "syncPlan";
    String START_SYNC = "startSync";
    String SYNC_PROGRESS = "syncProgress";
    String RECONCILE = "reconcile";
    String RECONCILE_CSV = "reconcileCsv";

    /** "Where is my change?": integration-log entries, newest first. */
    @GET
    @Path("log")
    Response log(@QueryParam("code") String code, @QueryParam("correlationId") String correlationId,
            @QueryParam("outcome") String outcome, @QueryParam("direction") String direction,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") String limit, @QueryParam("bodies") String bodies);

    /** Deliveries in the outbox by status (PENDING, IN_FLIGHT, DELIVERED, FAILED, DISMISSED), signature and code, newest first. */
    @GET
    @Path("deliveries")
    Response deliveries(@QueryParam("status") String status, @QueryParam("signature") String signature,
            @QueryParam("code") String code, @QueryParam("limit") String limit);

    /** One delivery: where it stands, attempts, last cause. */
    @GET
    @Path("deliveries/{id}")
    Response delivery(@PathParam("id") String id);

    /** Puts one failed or dismissed delivery back in the queue. */
    @POST
    @Path("deliveries/{id}/replay")
    Response replayDelivery(@PathParam("id") String id);

    /** Gives up on one failed or pending delivery. */
    @POST
    @Path("deliveries/{id}/dismiss")
    Response dismissDelivery(@PathParam("id") String id);

    /** Failed deliveries grouped by failure signature, largest group first. */
    @GET
    @Path("failed")
    Response failed();

    /** Puts every failed delivery of one signature back in the queue. */
    @POST
    @Path("failed/replay")
    Response replayGroup(@QueryParam("signature") String signature);

    /** Gives up on every failed delivery of one signature. */
    @POST
    @Path("failed/dismiss")
    Response dismissGroup(@QueryParam("signature") String signature);

    /** Delivery counters and queue figures (the same as the JMX attributes). */
    @GET
    @Path("metrics")
    Response metrics();

    /** Match proposals between an organisation's unlinked PTV services and channels and its unlinked PAT records. */
    @GET
    @Path("adoption/proposals")
    Response proposals(@QueryParam("organization") String organization);

    /** Adopts the proposals given as a JSON list of {kind, code, ptvId}; each is adopted or refused with its reason. */
    @POST
    @Path("adoption/accept")
    @Consumes(MediaType.WILDCARD)
    Response acceptProposals(InputStream body);

    /** Links one PAT code to an item already in PTV (by PTV id) instead of creating one. */
    @POST
    @Path("adoption/{kind}/{code}")
    Response adopt(@PathParam("kind") String kind, @PathParam("code") String code, @QueryParam("ptvId") String ptvId);

    /** Drift: items someone changed in PTV since this system last wrote them, with the differences per field and language. */
    @GET
    @Path("drift")
    Response drift(@QueryParam("code") String code, @QueryParam("all") String all, @QueryParam("limit") String limit);

    /** One drift entry. */
    @GET
    @Path("drift/{id}")
    Response driftEntry(@PathParam("id") String id);

    /** Accepts PTV's edits as seen now: the next push writes over them without being refused. */
    @POST
    @Path("drift/{id}/accept")
    Response acceptDrift(@PathParam("id") String id);

    /** Scans every linked item for drift now. */
    @POST
    @Path("drift/scan")
    Response scanDrift();

    /** The newest daily-sync batches first. */
    @GET
    @Path("sync")
    Response syncBatches(@QueryParam("limit") String limit);

    /** The dry run: what a sync would send now, per kind and operation, and what it would leave out. */
    @GET
    @Path("sync/plan")
    Response syncPlan();

    /** Starts a sync now (admin): 202 with the batch id, or 409 while another batch runs. */
    @POST
    @Path("sync")
    Response startSync();

    /** Where a sync batch stands: counts by status, items per second, estimated time left. */
    @GET
    @Path("sync/{batch}")
    Response syncProgress(@PathParam("batch") String batch);

    /**
     * Reconciliation: items in PTV under the organisations that no PAT record is linked to, PAT
     * records with no PTV item, links whose PTV item is archived or gone. Reads PTV.
     */
    @GET
    @Path("reconcile")
    Response reconcile();

    /** The same as a CSV file for a spreadsheet; {@code separator=semicolon} for Finnish spreadsheets. */
    @GET
    @Path("reconcile.csv")
    @Produces("text/csv")
    Response reconcileCsv(@QueryParam("separator") String separator);
}

package fi.ptvintegration.routes.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.routes.delivery.DeliveryMetrics;
import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.store.DeliveryStore;
import fi.ptvintegration.routes.store.IntegrationLogEntry;
import fi.ptvintegration.routes.store.IntegrationLogQuery;
import fi.ptvintegration.routes.store.IntegrationLogStore;
import fi.ptvintegration.routes.reconcile.Reconciliation;
import fi.ptvintegration.routes.reconcile.ReconciliationService;
import fi.ptvintegration.routes.store.SyncBatch;
import fi.ptvintegration.routes.sync.SyncPlan;
import fi.ptvintegration.routes.sync.SyncProgress;
import fi.ptvintegration.routes.sync.SyncService;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What operations can see and do with deliveries, the one service behind the {@code /cxf/ops}
 * routes, the {@code ptv:*} shell commands (published as an OSGi service) and the operations
 * MBean (Hawtio): failure groups, deliveries by status, replay and dismiss one or a group,
 * counters, the integration log, the daily sync (its dry run, starting it, a batch's progress),
 * and the reconciliation of PTV with the PAT store. Every replay, dismissal, sync started and
 * reconciliation leaves an integration-log record naming who made it and from where
 * ({@code rest:admin}, {@code shell:karaf}, {@code jmx:admin}). A replay only puts the delivery
 * back in the queue: the worker re-reads the current PAT record and, for a create, updates what
 * PTV already has instead of creating it again.
 */
public class OpsService {

    private static final Logger LOG = LoggerFactory.getLogger(OpsService.class);

    /**
     * What an action of the shell or JMX came to, in a sentence for the operator.
     *
     * @param done false when nothing was done (no such delivery, not in a state the action takes, no
     *     failed delivery under the signature): the shell exits non-zero, JMX answers an error
     */
    public record Result(boolean done, String message) {}

    /**
     * Who acts, from where, in which call: what the audit record of an action says.
     *
     * @param channel {@code rest}, {@code shell} or {@code jmx}
     * @param endpoint the REST path or the shell command, e.g. {@code /cxf/ops/failed/replay}, {@code ptv:replay}
     */
    public record Actor(String user, String channel, String correlationId, String endpoint, String method) {
        String label() {
            return channel + ":" + user;
        }
    }

    private final DeliveryStore deliveries;
    private final IntegrationLogStore log;
    private final DeliveryMetrics metrics;
    private final SyncService sync;
    private final ReconciliationService reconciliation;
    private final Clock clock;

    public OpsService(DeliveryStore deliveries, IntegrationLogStore log, DeliveryMetrics metrics, SyncService sync,
            ReconciliationService reconciliation, Clock clock) {
        this.deliveries = deliveries;
        this.log = log;
        this.metrics = metrics;
        this.sync = sync;
        this.reconciliation = reconciliation;
        this.clock = clock;
    }

    public List<DeliveryStore.FailureGroup> failureGroups() throws SQLException {
        return deliveries.failureGroups();
    }

    public List<Delivery> deliveries(String status, String signature, String code, int limit) throws SQLException {
        return deliveries.list(status, signature, code, limit);
    }

    public Optional<Delivery> delivery(long id) throws SQLException {
        return deliveries.find(id);
    }

    /** Replays one failed or dismissed delivery; false when there is none such. */
    public boolean replay(long id, Actor actor) throws SQLException {
        Optional<Delivery> delivery = deliveries.find(id);
        boolean replayed = deliveries.replay(id);
        LOG.info("Delivery {} {} by {}", id, replayed ? "replayed" : "not replayed (not failed or dismissed)", actor.label());
        if (replayed) {
            audit(actor, "replayed", delivery.orElse(null), "{\"id\":" + id + "}", 1);
        }
        return replayed;
    }

    public int replayGroup(String signature, Actor actor) throws SQLException {
        int replayed = deliveries.replayGroup(signature);
        LOG.info("{} deliveries failed as '{}' replayed by {}", replayed, signature, actor.label());
        audit(actor, "replayed", null, signatureJson(signature), replayed);
        return replayed;
    }

    public boolean dismiss(long id, Actor actor) throws SQLException {
        Optional<Delivery> delivery = deliveries.find(id);
        boolean dismissed = deliveries.dismiss(id);
        LOG.info("Delivery {} {} by {}", id, dismissed ? "dismissed" : "not dismissed (not failed or pending)", actor.label());
        if (dismissed) {
            audit(actor, "dismissed", delivery.orElse(null), "{\"id\":" + id + "}", 1);
        }
        return dismissed;
    }

    public int dismissGroup(String signature, Actor actor) throws SQLException {
        int dismissed = deliveries.dismissGroup(signature);
        LOG.info("{} deliveries failed as '{}' dismissed by {}", dismissed, signature, actor.label());
        audit(actor, "dismissed", null, signatureJson(signature), dismissed);
        return dismissed;
    }

    /** Replays one delivery, saying why not when it cannot be. */
    public Result replayOne(long id, Actor actor) throws SQLException {
        Optional<Delivery> delivery = deliveries.find(id);
        if (delivery.isEmpty()) {
            return new Result(false, "No delivery " + id + ".");
        }
        if (!replay(id, actor)) {
            return new Result(false, "Delivery " + id + " is " + delivery.get().status() + ", not failed or dismissed; nothing replayed.");
        }
        return new Result(true, "Delivery " + id + " is back in the queue.");
    }

    /** Dismisses one delivery, saying why not when it cannot be. */
    public Result dismissOne(long id, Actor actor) throws SQLException {
        Optional<Delivery> delivery = deliveries.find(id);
        if (delivery.isEmpty()) {
            return new Result(false, "No delivery " + id + ".");
        }
        if (!dismiss(id, actor)) {
            return new Result(false, "Delivery " + id + " is " + delivery.get().status() + ", not failed or pending; nothing dismissed.");
        }
        return new Result(true, "Delivery " + id + " dismissed.");
    }

    /** Replays every failed delivery of a signature; not done when there is none. */
    public Result replaySignature(String signature, Actor actor) throws SQLException {
        int replayed = replayGroup(signature, actor);
        return replayed == 0 ? new Result(false, "No failed delivery under '" + signature + "'; nothing replayed.")
                : new Result(true, replayed + " deliveries failed as '" + signature + "' are back in the queue.");
    }

    /** Dismisses every failed delivery of a signature; not done when there is none. */
    public Result dismissSignature(String signature, Actor actor) throws SQLException {
        int dismissed = dismissGroup(signature, actor);
        return dismissed == 0 ? new Result(false, "No failed delivery under '" + signature + "'; nothing dismissed.")
                : new Result(true, dismissed + " deliveries failed as '" + signature + "' dismissed.");
    }

    public DeliveryMetrics.Snapshot metrics() {
        return metrics.snapshot();
    }

    public List<IntegrationLogEntry> log(IntegrationLogQuery query) throws SQLException {
        return log.find(query);
    }

    /** What the daily sync would send now, per kind and operation; sends nothing. */
    public SyncPlan.Summary syncDryRun() throws SQLException {
        return sync.dryRun().summary();
    }

    /** Starts a sync now; empty when a batch is running already. */
    public Optional<SyncBatch> startSync(Actor actor) throws SQLException {
        Optional<SyncBatch> started = sync.start(actor.label(), null);
        LOG.info("Sync {} by {}", started.map(b -> "batch " + b.id() + " started").orElse("not started (a batch is running)"),
                actor.label());
        started.ifPresent(batch -> log.append(new IntegrationLogEntry(actor.correlationId(), OffsetDateTime.now(clock),
                IntegrationLogEntry.INBOUND, actor.endpoint(), actor.method(), null, null, null, "sync-started", 202, null, null, null,
                null, "{\"batch\":\"" + batch.id() + "\",\"planned\":" + batch.planned() + "}", actor.label())));
        return started;
    }

    /** Where a sync batch stands; empty for an unknown batch. */
    public Optional<SyncProgress> syncProgress(String batchId) throws SQLException {
        return sync.progress(batchId);
    }

    /**
     * Compares PTV with the PAT store (reading PTV, every call in the integration log under the
     * actor's correlation id) and records who asked and what was found.
     */
    public Reconciliation reconcile(Actor actor, ReconciliationService.Scope scope) throws Exception {
        Reconciliation found = reconciliation.reconcile(actor.correlationId(), scope);
        LOG.info("Reconciliation by {}: {} organisations, {} PTV items read, findings {}{}", actor.label(), found.organizations(),
                found.ptvItemsRead(), found.counts(), found.complete() ? "" : ", incomplete: " + found.errors());
        String counts;
        try {
            counts = PatJson.mapper().writeValueAsString(Map.of("counts", found.counts(), "complete", found.complete()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("counts always serialise", e);
        }
        log.append(new IntegrationLogEntry(actor.correlationId(), OffsetDateTime.now(clock), IntegrationLogEntry.INBOUND,
                actor.endpoint(), actor.method(), null, null, null, "reconciled", 200, null, null,
                found.complete() ? null : String.join("; ", found.errors()), null, counts, actor.label()));
        return found;
    }

    /** The newest sync batches first. */
    public List<SyncBatch> syncBatches(int limit) throws SQLException {
        return sync.recent(limit);
    }

    /**
     * The integration-log record of an action: what was done (outcome), to what (the delivery's
     * record, or the signature in the request body), how many deliveries, by whom.
     */
    private void audit(Actor actor, String outcome, Delivery delivery, String request, int count) {
        audit(actor, outcome, delivery == null ? null : delivery.kind(), delivery == null ? null : delivery.code(),
                delivery == null ? null : delivery.ptvId(), request, "{\"deliveries\":" + count + "}");
    }

    /** The integration-log record of any action of operations: what was done, to which record and PTV item, by whom. */
    public void audit(Actor actor, String outcome, String kind, String code, String ptvId, String request, String answer) {
        log.append(new IntegrationLogEntry(actor.correlationId(), OffsetDateTime.now(clock), IntegrationLogEntry.INBOUND,
                actor.endpoint(), actor.method(), kind, code, ptvId, outcome, 200, null, null, null, request, answer, actor.label()));
    }

    private static String signatureJson(String signature) {
        try {
            return PatJson.mapper().writeValueAsString(Map.of("signature", signature));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of one string always serialises", e);
        }
    }
}

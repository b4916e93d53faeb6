package fi.ptvintegration.routes.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.routes.store.DeliveryStore;
import fi.ptvintegration.routes.store.SyncBatch;
import fi.ptvintegration.routes.store.SyncBatchStore;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily sync as operations and the schedule start and watch it: plans ({@link SyncPlanner}),
 * records a batch ({@code sync_batch}, one running at a time, a scheduled slot once), hands it to
 * the runner ({@link SyncRunner}, on the sync route's own thread), and tells where a batch stands
 * from its deliveries in the outbox. A dry run plans without recording or sending anything.
 */
public class SyncService {

    private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);

    private final SyncPlanner planner;
    private final SyncBatchStore batches;
    private final DeliveryStore deliveries;
    private final Clock clock;
    private final Consumer<String> launch;
    /** Plans of batches recorded and not yet taken by the runner. */
    private final Map<String, SyncPlan> handedOver = new ConcurrentHashMap<>();

    /**
     * @param launch hands a recorded batch's id to the runner (the sync route)
     */
    public SyncService(SyncPlanner planner, SyncBatchStore batches, DeliveryStore deliveries, Clock clock, Consumer<String> launch) {
        this.planner = planner;
        this.batches = batches;
        this.deliveries = deliveries;
        this.clock = clock;
        this.launch = launch;
    }

    /** What a sync would send now, without sending anything. */
    public SyncPlan dryRun() throws SQLException {
        return planner.plan();
    }

    /**
     * Plans and starts a batch; empty when another batch is running, or the scheduled {@code slot}
     * was started already (here or on another node).
     *
     * @param startedBy {@code schedule} or an admin ({@code rest:admin}, {@code shell:admin})
     * @param slot the scheduled run, or null for a run started by hand
     */
    public Optional<SyncBatch> start(String startedBy, String slot) throws SQLException {
        SyncPlan plan = planner.plan();
        String id = UUID.randomUUID().toString();
        Optional<SyncBatch> batch = batches.start(id, startedBy, slot, plan.size(), json(plan.summary()));
        if (batch.isEmpty()) {
            return batch;
        }
        handedOver.put(id, plan);
        LOG.info("Sync batch {} started by {}: {} deliveries planned in {} phases, {} left out", id, startedBy, plan.size(),
                plan.phases().size(), plan.skipped().size());
        try {
            launch.accept(id);
        } catch (RuntimeException e) {
            handedOver.remove(id);
            batches.finish(id, SyncBatch.FAILED, "could not be started: " + e.getMessage());
            throw e;
        }
        return batch;
    }

    /** The plan of a batch just started, for the runner; empty when none is waiting under that id. */
    Optional<SyncPlan> takePlan(String batchId) {
        return Optional.ofNullable(handedOver.remove(batchId));
    }

    public Optional<SyncBatch> batch(String id) throws SQLException {
        return batches.find(id);
    }

    public List<SyncBatch> recent(int limit) throws SQLException {
        return batches.recent(limit);
    }

    /** Where the batch stands, from its deliveries; empty for an unknown batch. */
    public Optional<SyncProgress> progress(String id) throws SQLException {
        Optional<SyncBatch> found = batches.find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SyncBatch batch = found.get();
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Map<String, Integer>> byKindAndOperation = new TreeMap<>();
        for (DeliveryStore.BatchCount count : deliveries.batchCounts(id)) {
            counts.merge(count.status(), count.count(), Integer::sum);
            byKindAndOperation.computeIfAbsent(count.kind() + "\n" + count.operation(), k -> new TreeMap<>())
                    .merge(count.status(), count.count(), Integer::sum);
        }
        List<SyncProgress.KindAndOperation> kinds = new ArrayList<>();
        byKindAndOperation.forEach((key, byStatus) -> {
            String[] kindAndOperation = key.split("\n");
            kinds.add(new SyncProgress.KindAndOperation(kindAndOperation[0], kindAndOperation[1], byStatus));
        });
        int done = counts.getOrDefault("DELIVERED", 0) + counts.getOrDefault("FAILED", 0) + counts.getOrDefault("DISMISSED", 0);
        int total = Math.max(batch.planned(), counts.values().stream().mapToInt(Integer::intValue).sum());
        OffsetDateTime until = batch.finishedAt() != null ? batch.finishedAt() : OffsetDateTime.now(clock);
        double elapsed = Math.max(0.001, Duration.between(batch.startedAt(), until).toMillis() / 1000.0);
        double rate = done / elapsed;
        Double left = batch.running() && rate > 0 ? (total - done) / rate : null;
        return Optional.of(new SyncProgress(id, batch.state(), batch.phase(), batch.startedBy(), batch.startedAt(), batch.finishedAt(),
                batch.planned(), counts, kinds, done, round(elapsed), round(rate), left == null ? null : round(left), batch.error(),
                summary(batch.plan())));
    }

    private static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }

    private static SyncPlan.Summary summary(String json) {
        try {
            return json == null ? null : PatJson.mapper().readValue(json, SyncPlan.Summary.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String json(SyncPlan.Summary summary) {
        try {
            return PatJson.mapper().writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a plan summary always serialises", e);
        }
    }
}

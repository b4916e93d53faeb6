package fi.ptvintegration.routes.sync;

import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.store.DeliveryStore;
import fi.ptvintegration.routes.store.SyncBatch;
import fi.ptvintegration.routes.store.SyncBatchStore;
import fi.ptvintegration.routes.support.Texts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a started sync batch, phase by phase: queues the phase's deliveries in the outbox under
 * the batch id (one that is already waiting for the same record and operation joins the batch
 * instead of being queued twice), then waits until every delivery of the batch has finished
 * (delivered, or failed for good after its retries) before the next phase: organisations before
 * the channels and services that name them, and the other way round when archiving. The outbox
 * worker sends them, {@code delivery.concurrency} at a time. A batch ends FINISHED when its
 * phases are through, whatever became of single deliveries (their failures are in the outbox),
 * or FAILED when the run itself breaks off. Stops waiting when the Camel context stops; the
 * queued deliveries carry on at the next start.
 */
public class SyncRunner implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(SyncRunner.class);

    private final SyncService service;
    private final SyncBatchStore batches;
    private final DeliveryStore deliveries;
    private final Duration checkEvery;

    /**
     * @param checkEvery how often a phase looks whether its deliveries have finished
     */
    public SyncRunner(SyncService service, SyncBatchStore batches, DeliveryStore deliveries, Duration checkEvery) {
        this.service = service;
        this.batches = batches;
        this.deliveries = deliveries;
        this.checkEvery = checkEvery;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        String id = exchange.getMessage().getBody(String.class);
        Optional<SyncPlan> plan = service.takePlan(id);
        if (plan.isEmpty()) {
            LOG.warn("Sync batch {} has no plan waiting here; it was started on another node or before a restart", id);
            return;
        }
        try {
            for (SyncPlan.Phase phase : plan.get().phases()) {
                batches.phase(id, phase.name());
                int queued = queue(id, phase);
                LOG.info("Sync batch {} phase '{}': {} deliveries queued", id, phase.name(), queued);
                if (!awaitPhase(exchange, id)) {
                    LOG.warn("Sync batch {} stops waiting in phase '{}': the system is stopping; its deliveries carry on", id,
                            phase.name());
                    return;
                }
            }
            batches.finish(id, SyncBatch.FINISHED, null);
            LOG.info("Sync batch {} finished", id);
        } catch (Exception e) {
            LOG.error("Sync batch {} broke off: {}", id, Texts.firstLine(e.getMessage(), 300), e);
            batches.finish(id, SyncBatch.FAILED, Texts.firstLine(e.getMessage(), 500));
        }
    }

    /** Queues the phase's deliveries; a waiting one of the same record and operation joins instead. */
    private int queue(String id, SyncPlan.Phase phase) throws Exception {
        Map<String, Delivery> waiting = new HashMap<>();
        for (Delivery delivery : deliveries.active()) {
            waiting.put(delivery.namespace() + "\n" + delivery.code() + "\n" + delivery.operation(), delivery);
        }
        List<DeliveryStore.Planned> planned = new ArrayList<>();
        for (SyncPlan.Step step : phase.steps()) {
            String operation = step.operation().name();
            Delivery already = waiting.get(step.kind().namespace() + "\n" + step.code() + "\n" + operation);
            if (already == null || !deliveries.joinBatch(already.id(), id)) {
                planned.add(new DeliveryStore.Planned(step.kind(), step.code(), operation));
            }
        }
        deliveries.enqueueBatch(planned, id, id);
        return phase.steps().size();
    }

    private boolean awaitPhase(Exchange exchange, String id) throws Exception {
        while (deliveries.activeInBatch(id) > 0) {
            if (exchange.getContext().isStopping() || Thread.currentThread().isInterrupted()) {
                return false;
            }
            try {
                Thread.sleep(checkEvery.toMillis());
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}

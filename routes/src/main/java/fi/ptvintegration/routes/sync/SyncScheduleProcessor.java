package fi.ptvintegration.routes.sync;

import fi.ptvintegration.routes.store.SyncBatch;
import fi.ptvintegration.routes.store.SyncBatchStore;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A tick of the schedule ({@code ptv-sync-schedule}, twice a minute): when a slot of
 * {@link SyncSchedule} is due and was not run yet, starts the sync for it, as {@code schedule}.
 * While another batch runs the slot waits for the next tick; when another node has taken the
 * slot, nothing happens here.
 */
public class SyncScheduleProcessor implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(SyncScheduleProcessor.class);

    private final SyncSchedule schedule;
    private final SyncService sync;
    private final SyncBatchStore batches;
    private final Clock clock;
    private final Instant runningSince;

    public SyncScheduleProcessor(SyncSchedule schedule, SyncService sync, SyncBatchStore batches, Clock clock) {
        this.schedule = schedule;
        this.sync = sync;
        this.batches = batches;
        this.clock = clock;
        this.runningSince = clock.instant();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Optional<OffsetDateTime> last = batches.lastScheduled().map(SyncBatch::slot).map(OffsetDateTime::parse);
        Optional<OffsetDateTime> due = schedule.due(clock.instant(), runningSince, last);
        if (due.isEmpty()) {
            return;
        }
        Optional<SyncBatch> started = sync.start("schedule", due.get().toString());
        if (started.isPresent()) {
            LOG.info("Daily sync of {} started as batch {}", due.get(), started.get().id());
        } else {
            LOG.debug("Daily sync of {} waits: another batch runs, or another node took the slot", due.get());
        }
    }
}

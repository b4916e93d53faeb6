package fi.ptvintegration.routes.store;

import java.time.OffsetDateTime;

/**
 * One run of the daily sync ({@code sync_batch}): its id (which its deliveries carry), when it
 * started and finished, its state and current phase, who started it, and what it planned.
 *
 * @param state {@link #RUNNING}, {@link #FINISHED} or {@link #FAILED} (the run itself broke off; failed deliveries do not fail a batch)
 * @param startedBy {@code schedule} or the actor of an admin, e.g. {@code rest:admin}
 * @param slot the scheduled run it is (e.g. {@code 2026-11-28T02:30+02:00[Europe/Helsinki]}), null when started by hand
 * @param planned how many deliveries it planned
 * @param plan what it planned, as JSON: counts per kind and operation, and what it skipped and why
 */
public record SyncBatch(
        String id,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        String state,
        String phase,
        String startedBy,
        String slot,
        int planned,
        String plan,
        String error) {

    public static final String RUNNING = "RUNNING";
    public static final String FINISHED = "FINISHED";
    public static final String FAILED = "FAILED";

    public boolean running() {
        return RUNNING.equals(state);
    }
}

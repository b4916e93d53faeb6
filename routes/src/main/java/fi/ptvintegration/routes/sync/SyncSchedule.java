package fi.ptvintegration.routes.sync;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When the daily sync runs: at {@code sync.time} in {@code sync.zone} every day (the night, by
 * default). The run of a day is its slot, named by its time with the offset (e.g.
 * {@code 2026-11-28T02:30+02:00}); a slot runs once, on whichever node takes it first. A slot
 * missed while the system was down is run once when it comes back, if a scheduled run was ever
 * made before (a new installation waits for its first night). Pure: the caller gives the times.
 */
public record SyncSchedule(LocalTime time, ZoneId zone) {

    /** The slot to run now, if any. */
    public Optional<OffsetDateTime> due(Instant now, Instant runningSince, Optional<OffsetDateTime> lastScheduledSlot) {
        OffsetDateTime slot = latestSlot(now);
        if (lastScheduledSlot.isPresent() && !lastScheduledSlot.get().isBefore(slot)) {
            return Optional.empty();
        }
        if (!slot.toInstant().isBefore(runningSince) || lastScheduledSlot.isPresent()) {
            return Optional.of(slot);
        }
        return Optional.empty();
    }

    /** The newest slot at or before {@code now}. */
    public OffsetDateTime latestSlot(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime today = local.toLocalDate().atTime(time).atZone(zone);
        return (today.isAfter(local) ? today.minusDays(1) : today).toOffsetDateTime();
    }

    /** The slot after {@code now}: when the next run is. */
    public OffsetDateTime nextSlot(Instant now) {
        return latestSlot(now).atZoneSameInstant(zone).plusDays(1).toOffsetDateTime();
    }
}

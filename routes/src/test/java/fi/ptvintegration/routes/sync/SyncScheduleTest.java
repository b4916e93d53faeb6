package fi.ptvintegration.routes.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SyncScheduleTest {

    private final SyncSchedule nightly = new SyncSchedule(LocalTime.of(2, 30), ZoneId.of("Europe/Helsinki"));

    @Test
    void theSlotOfADayIsItsTimeInTheZoneWithTheOffsetOfThatDay() {
        assertThat(nightly.latestSlot(Instant.parse("2026-11-28T10:00:00Z"))).isEqualTo(OffsetDateTime.parse("2026-11-28T02:30+02:00"));
        assertThat(nightly.latestSlot(Instant.parse("2026-11-28T00:10:00Z"))).as("before 02:30 Helsinki: yesterday's")
                .isEqualTo(OffsetDateTime.parse("2026-11-27T02:30+02:00"));
        assertThat(nightly.latestSlot(Instant.parse("2026-07-01T12:00:00Z"))).as("summer time")
                .isEqualTo(OffsetDateTime.parse("2026-07-01T02:30+03:00"));
        assertThat(nightly.nextSlot(Instant.parse("2026-03-28T12:00:00Z"))).as("across the change to summer time")
                .isEqualTo(OffsetDateTime.parse("2026-03-29T02:30+02:00"));
    }

    @Test
    void givenTheSystemRunningBeforeTheSlotWhenTheSlotComesThenItIsDueOnce() {
        Instant since = Instant.parse("2026-11-27T18:00:00Z");
        Instant justAfter = Instant.parse("2026-11-28T00:30:30Z");

        Optional<OffsetDateTime> due = nightly.due(justAfter, since, Optional.empty());
        Optional<OffsetDateTime> afterItRan = nightly.due(justAfter.plusSeconds(30), since, due);

        assertThat(due).contains(OffsetDateTime.parse("2026-11-28T02:30+02:00"));
        assertThat(afterItRan).isEmpty();
    }

    @Test
    void aNewInstallationStartedAfterTheSlotWaitsForTheNextNight() {
        Instant startedAt = Instant.parse("2026-11-28T08:00:00Z");

        assertThat(nightly.due(startedAt.plusSeconds(60), startedAt, Optional.empty())).isEmpty();
        assertThat(nightly.due(Instant.parse("2026-11-29T00:31:00Z"), startedAt, Optional.empty()))
                .contains(OffsetDateTime.parse("2026-11-29T02:30+02:00"));
    }

    @Test
    void aSlotMissedWhileTheSystemWasDownRunsWhenItComesBack() {
        Optional<OffsetDateTime> ranTwoNightsAgo = Optional.of(OffsetDateTime.parse("2026-11-26T02:30+02:00"));
        Instant startedAt = Instant.parse("2026-11-28T08:00:00Z");

        assertThat(nightly.due(startedAt.plusSeconds(30), startedAt, ranTwoNightsAgo))
                .contains(OffsetDateTime.parse("2026-11-28T02:30+02:00"));
        assertThat(nightly.due(startedAt.plusSeconds(30), startedAt, Optional.of(OffsetDateTime.parse("2026-11-28T02:30+02:00"))))
                .isEmpty();
    }
}

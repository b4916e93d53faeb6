package fi.ptvintegration.routes.codelists;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefreshScheduleTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private final RefreshSchedule daily = new RefreshSchedule(Duration.ofHours(24), Duration.ofHours(1));

    private static CodeListState state(String refreshedAgo, String attemptedAgo) {
        return new CodeListState("ontology-terms", refreshedAgo == null ? null : "v12", 1, "h", null, ago(refreshedAgo), ago(attemptedAgo),
                null);
    }

    private static OffsetDateTime ago(String duration) {
        return duration == null ? null : OffsetDateTime.ofInstant(NOW.minus(Duration.parse(duration)), ZoneOffset.UTC);
    }

    @Test
    void aListNeverRefreshedIsDueAtOnce() {
        assertThat(daily.due(NOW, List.of(state(null, null)))).isTrue();
    }

    @Test
    void aFreshListIsNotDueAndAStaleOneIs() {
        assertThat(daily.due(NOW, List.of(state("PT2H", "PT2H")))).isFalse();
        assertThat(daily.due(NOW, List.of(state("PT25H", "PT25H")))).isTrue();
    }

    @Test
    void afterAFailedAttemptTheRetryDelayIsKept() {
        assertThat(daily.due(NOW, List.of(state("PT30H", "PT10M")))).isFalse();
        assertThat(daily.due(NOW, List.of(state("PT30H", "PT61M")))).isTrue();
        assertThat(daily.due(NOW, List.of(state(null, "PT10M")))).isFalse();
    }

    @Test
    void anIntervalOfZeroRefreshesOnlyOnDemand() {
        assertThat(new RefreshSchedule(Duration.ZERO, Duration.ofHours(1)).due(NOW, List.of(state(null, null)))).isFalse();
    }
}

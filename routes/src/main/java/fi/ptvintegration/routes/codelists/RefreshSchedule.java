package fi.ptvintegration.routes.codelists;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;

/**
 * When the lists are refreshed from PTV: when a list PTV offers was never refreshed, or its last
 * refresh is older than the interval; after a failed attempt, not before the retry delay. Decided
 * from the states in the database, so a restart does not refresh again what is fresh, and nodes
 * sharing the database do not all call PTV. An interval of zero refreshes only on demand. Pure.
 */
record RefreshSchedule(Duration interval, Duration retry) {

    boolean due(Instant now, Collection<CodeListState> offered) {
        if (interval.isZero() || interval.isNegative()) {
            return false;
        }
        for (CodeListState state : offered) {
            boolean failedSince = state.attemptedAt() != null
                    && (state.refreshedAt() == null || state.attemptedAt().isAfter(state.refreshedAt()));
            if (failedSince && instant(state.attemptedAt()).plus(retry).isAfter(now)) {
                continue;
            }
            if (state.refreshedAt() == null || !instant(state.refreshedAt()).plus(interval).isAfter(now)) {
                return true;
            }
        }
        return false;
    }

    private static Instant instant(OffsetDateTime time) {
        return time.toInstant();
    }
}

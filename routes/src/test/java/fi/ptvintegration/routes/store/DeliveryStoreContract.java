package fi.ptvintegration.routes.store;

import static org.assertj.core.api.Assertions.assertThat;

import fi.ptvintegration.pat.model.RecordKind;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox's claims, order and state changes, run against each database the system supports. */
abstract class DeliveryStoreContract {

    protected abstract DataSource dataSource();

    private DeliveryStore store;

    @BeforeEach
    void emptyOutbox() throws Exception {
        DatabaseMigrations.migrate(dataSource());
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM delivery");
            statement.executeUpdate("DELETE FROM sync_batch");
        }
        store = new DeliveryStore(dataSource(), Clock.systemUTC());
    }

    @Test
    void aClaimCountsTheAttemptAndNobodyElseGetsTheRow() throws Exception {
        long id = store.enqueue(RecordKind.SERVICE, "turku-a", "CREATE", "c1");

        Delivery claimed = store.claim(id, Duration.ofMinutes(1)).orElseThrow();

        assertThat(claimed.status()).isEqualTo(Delivery.IN_FLIGHT);
        assertThat(claimed.attempts()).isEqualTo(1);
        assertThat(store.claim(id, Duration.ofMinutes(1))).isEmpty();
        assertThat(store.claimDue(10, Duration.ofMinutes(1))).isEmpty();
    }

    @Test
    void aLaterPushOfTheSameRecordWaitsForTheEarlierOne() throws Exception {
        long first = store.enqueue(RecordKind.SERVICE, "turku-a", "CREATE", "c1");
        long second = store.enqueue(RecordKind.SERVICE, "turku-a", "UPDATE", "c2");
        long other = store.enqueue(RecordKind.SERVICE, "turku-b", "CREATE", "c3");

        assertThat(store.claim(second, Duration.ofMinutes(1))).as("behind the first").isEmpty();
        List<Delivery> due = store.claimDue(10, Duration.ofMinutes(1));
        assertThat(due).extracting(Delivery::id).containsExactlyInAnyOrder(first, other);
        assertThat(store.claimDue(10, Duration.ofMinutes(1))).as("the first is still in flight").isEmpty();

        store.delivered(first, "11111111-1111-1111-1111-111111111111");
        assertThat(store.claimDue(10, Duration.ofMinutes(1))).extracting(Delivery::id).containsExactly(second);
    }

    @Test
    void aPushAttemptedAtOnceIsNotTakenByTheWorkerAndJoinsTheQueueWhenBlocked() throws Exception {
        long earlier = store.enqueue(RecordKind.SERVICE, "turku-a", "CREATE", "c1");
        long now = store.enqueueForImmediateAttempt(RecordKind.SERVICE, "turku-b", "CREATE", "c2", Duration.ofMinutes(1));
        long blocked = store.enqueueForImmediateAttempt(RecordKind.SERVICE, "turku-a", "UPDATE", "c3", Duration.ofMinutes(1));

        assertThat(store.claimDue(10, Duration.ofMinutes(1))).extracting(Delivery::id).containsExactly(earlier);
        assertThat(store.claim(now, Duration.ofMinutes(1))).isPresent();
        assertThat(store.claim(blocked, Duration.ofMinutes(1))).isEmpty();
        store.queue(blocked);
        assertThat(store.find(blocked).orElseThrow().status()).isEqualTo(Delivery.PENDING);
        store.delivered(earlier, "11111111-1111-1111-1111-111111111111");
        assertThat(store.claimDue(10, Duration.ofMinutes(1))).extracting(Delivery::id).containsExactly(blocked);
    }

    @Test
    void aRetryIsDueOnlyAtItsTimeAndKeepsItsCause() throws Exception {
        long id = store.enqueue(RecordKind.ORGANIZATION, "turku-org", "CREATE", "c1");
        store.claim(id, Duration.ofMinutes(1)).orElseThrow();

        store.retryAt(id, OffsetDateTime.now().plusMinutes(5), 503, "PTV answered 503", "PTV 503");

        assertThat(store.claimDue(10, Duration.ofMinutes(1))).isEmpty();
        Delivery waiting = store.find(id).orElseThrow();
        assertThat(waiting.status()).isEqualTo(Delivery.PENDING);
        assertThat(waiting.lastStatus()).isEqualTo(503);
        assertThat(waiting.failureSignature()).isEqualTo("PTV 503");
        assertThat(store.figures().pending()).isEqualTo(1);
    }

    @Test
    void theWorkerTakesTheLongestDueFirstAndPassesOverRowsThatMustWait() throws Exception {
        long dueLater = store.enqueue(RecordKind.SERVICE, "turku-a", "CREATE", "c1");
        long dueFirst = store.enqueue(RecordKind.SERVICE, "turku-b", "CREATE", "c2");
        long blockedButDueEarliest = store.enqueue(RecordKind.SERVICE, "turku-c", "CREATE", "c3");
        long behindIt = store.enqueue(RecordKind.SERVICE, "turku-c", "UPDATE", "c4");
        for (long id : List.of(dueLater, dueFirst, blockedButDueEarliest)) {
            store.claim(id, Duration.ofMinutes(1)).orElseThrow();
        }
        store.retryAt(dueLater, OffsetDateTime.now().minusMinutes(1), 503, "PTV answered 503", "PTV 503");
        store.retryAt(dueFirst, OffsetDateTime.now().minusMinutes(2), 503, "PTV answered 503", "PTV 503");
        store.retryAt(blockedButDueEarliest, OffsetDateTime.now().plusMinutes(5), 503, "PTV answered 503", "PTV 503");

        assertThat(store.claimDue(1, Duration.ofMinutes(1))).extracting(Delivery::id).containsExactly(dueFirst);
        assertThat(store.claimDue(1, Duration.ofMinutes(1))).as("behindIt is due but waits for turku-c's create")
                .extracting(Delivery::id).containsExactly(dueLater);
        assertThat(store.claimDue(1, Duration.ofMinutes(1))).isEmpty();
    }

    @Test
    void onlyAnAttemptWithoutADefinitiveRefusalMayHaveSavedTheItemInPtv() throws Exception {
        long refused = store.enqueue(RecordKind.SERVICE, "turku-a", "CREATE", "c1");
        long unanswered = store.enqueue(RecordKind.SERVICE, "turku-b", "CREATE", "c2");
        long crashed = store.enqueue(RecordKind.SERVICE, "turku-c", "CREATE", "c3");
        for (long id : List.of(refused, unanswered, crashed)) {
            store.claim(id, Duration.ofMinutes(1)).orElseThrow();
        }

        store.retryAt(refused, OffsetDateTime.now(), 503, "PTV answered 503", "PTV 503");
        store.retryAt(unanswered, OffsetDateTime.now(), 0, "no answer", "PTV unreachable");
        store.releaseAllInFlight();

        assertThat(store.find(refused).orElseThrow().mayHaveReachedPtv()).isFalse();
        assertThat(store.find(unanswered).orElseThrow().mayHaveReachedPtv()).isTrue();
        assertThat(store.find(crashed).orElseThrow().mayHaveReachedPtv()).isTrue();
        store.claim(refused, Duration.ofMinutes(1)).orElseThrow();
        store.retryAt(refused, OffsetDateTime.now(), 429, "slow down", "PTV 429 too many requests");
        assertThat(store.find(refused).orElseThrow().mayHaveReachedPtv()).isFalse();
    }

    @Test
    void rowsLeftInFlightByACrashGoBackInTheQueue() throws Exception {
        long expired = store.enqueue(RecordKind.SERVICE, "turku-a", "CREATE", "c1");
        long held = store.enqueue(RecordKind.SERVICE, "turku-b", "CREATE", "c2");
        store.claim(expired, Duration.ofMillis(1)).orElseThrow();
        store.claim(held, Duration.ofMinutes(10)).orElseThrow();
        Thread.sleep(20);

        assertThat(store.releaseExpiredLeases()).isEqualTo(1);
        assertThat(store.find(held).orElseThrow().status()).isEqualTo(Delivery.IN_FLIGHT);
        assertThat(store.releaseAllInFlight()).isEqualTo(1);
        assertThat(store.claimDue(10, Duration.ofMinutes(1))).extracting(Delivery::attempts).containsOnly(2);
    }

    @Test
    void failedRowsGroupReplayAndDismiss() throws Exception {
        long a = failed("turku-a", "PTV 400 ServiceNames");
        long b = failed("turku-b", "PTV 400 ServiceNames");
        long c = failed("turku-c", "PTV unreachable");

        assertThat(store.failureGroups()).extracting(DeliveryStore.FailureGroup::signature, DeliveryStore.FailureGroup::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PTV 400 ServiceNames", 2),
                        org.assertj.core.groups.Tuple.tuple("PTV unreachable", 1));
        assertThat(store.replayGroup("PTV 400 ServiceNames")).isEqualTo(2);
        Delivery replayed = store.find(a).orElseThrow();
        assertThat(replayed.status()).isEqualTo(Delivery.PENDING);
        assertThat(replayed.replays()).isEqualTo(1);
        assertThat(replayed.attempts()).isZero();
        assertThat(store.dismiss(c)).isTrue();
        assertThat(store.find(c).orElseThrow().status()).isEqualTo(Delivery.DISMISSED);
        assertThat(store.replay(b)).as("b is pending, not failed").isFalse();
        assertThat(store.figures().failed()).isZero();
    }

    @Test
    void eachUnfinishedStatusAheadKeepsTheOrderWhateverTheRecordsHistory() throws Exception {
        for (int i = 0; i < 30; i++) {
            long done = store.enqueue(RecordKind.SERVICE, "turku-a", "UPDATE", "old-" + i);
            store.claim(done, Duration.ofMinutes(1)).orElseThrow();
            store.delivered(done, "11111111-1111-1111-1111-111111111111");
        }
        long ahead = store.enqueueForImmediateAttempt(RecordKind.SERVICE, "turku-a", "UPDATE", "new", Duration.ofMinutes(1));
        long behind = store.enqueue(RecordKind.SERVICE, "turku-a", "UPDATE", "behind");

        assertThat(store.claim(behind, Duration.ofMinutes(1))).as("behind a NEW row").isEmpty();
        store.queue(ahead);
        assertThat(store.claim(behind, Duration.ofMinutes(1))).as("behind a PENDING row").isEmpty();
        assertThat(store.claim(ahead, Duration.ofMinutes(1))).isPresent();
        assertThat(store.claim(behind, Duration.ofMinutes(1))).as("behind an IN_FLIGHT row").isEmpty();
        store.delivered(ahead, "11111111-1111-1111-1111-111111111111");
        assertThat(store.claim(behind, Duration.ofMinutes(1))).as("30 delivered rows are history, not ahead").isPresent();
    }

    @Test
    void retentionDeletesOnlyDeliveredAndDismissedRows() throws Exception {
        long delivered = store.enqueue(RecordKind.SERVICE, "turku-a", "CREATE", "c1");
        store.claim(delivered, Duration.ofMinutes(1)).orElseThrow();
        store.delivered(delivered, "11111111-1111-1111-1111-111111111111");
        long dismissed = failed("turku-b", "PTV 400 ServiceNames");
        store.dismiss(dismissed);
        long failed = failed("turku-c", "PTV unreachable");
        long pending = store.enqueue(RecordKind.SERVICE, "turku-d", "CREATE", "c4");
        long inFlight = store.enqueue(RecordKind.SERVICE, "turku-e", "CREATE", "c5");
        store.claim(inFlight, Duration.ofMinutes(1)).orElseThrow();

        assertThat(store.deleteFinishedBefore(OffsetDateTime.now().minusMinutes(1))).as("nothing is old enough yet").isZero();
        assertThat(store.deleteFinishedBefore(OffsetDateTime.now().plusMinutes(1))).isEqualTo(2);

        assertThat(store.find(delivered)).isEmpty();
        assertThat(store.find(dismissed)).isEmpty();
        assertThat(store.find(failed)).isPresent();
        assertThat(store.find(pending)).isPresent();
        assertThat(store.find(inFlight)).isPresent();
    }

    private long failed(String code, String signature) throws Exception {
        long id = store.enqueue(RecordKind.SERVICE, code, "CREATE", "c-" + code);
        store.claim(id, Duration.ofMinutes(1)).orElseThrow();
        store.failed(id, null, "cause of " + code, signature);
        return id;
    }

    @Test
    void aSyncBatchQueuesItsDeliveriesInOneGoAndCountsThemByKindOperationAndStatus() throws Exception {
        long waiting = store.enqueue(RecordKind.SERVICE, "turku-b", "UPDATE", "drupal");

        int queued = store.enqueueBatch(List.of(new DeliveryStore.Planned(RecordKind.ORGANIZATION, "turku-o", "CREATE"),
                new DeliveryStore.Planned(RecordKind.PHONE, "turku-p", "ARCHIVE")), "batch-1", "batch-1");
        boolean joined = store.joinBatch(waiting, "batch-1");
        boolean joinedTwice = store.joinBatch(waiting, "batch-2");
        Delivery first = store.claimDue(1, Duration.ofMinutes(1)).get(0);
        store.delivered(first.id(), "11111111-1111-1111-1111-111111111111");

        assertThat(queued).isEqualTo(2);
        assertThat(joined).isTrue();
        assertThat(joinedTwice).as("a delivery belongs to one batch").isFalse();
        assertThat(store.activeInBatch("batch-1")).isEqualTo(2);
        List<String> expected = new java.util.ArrayList<>(List.of("organization CREATE PENDING 1", "phone ARCHIVE PENDING 1",
                "service UPDATE PENDING 1"));
        expected.remove(first.kind() + " " + first.operation() + " PENDING 1");
        expected.add(first.kind() + " " + first.operation() + " DELIVERED 1");
        assertThat(store.batchCounts("batch-1")).extracting(c -> c.kind() + " " + c.operation() + " " + c.status() + " " + c.count())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(store.activeOf(RecordKind.Namespace.ORGANIZATION, "turku-o").isPresent())
                .isEqualTo(!first.code().equals("turku-o"));
        assertThat(store.lastFinishedOf(RecordKind.Namespace.valueOf(first.namespace()), first.code())).map(Delivery::id)
                .contains(first.id());
    }

    @Test
    void onlyOneSyncBatchRunsAtATimeAndAScheduledSlotRunsOnce() throws Exception {
        SyncBatchStore batches = new SyncBatchStore(dataSource(), Clock.systemUTC());

        SyncBatch first = batches.start("b1", "schedule", "2026-11-28T02:30+02:00", 3, "{}").orElseThrow();
        boolean secondWhileRunning = batches.start("b2", "rest:admin", null, 0, "{}").isPresent();
        batches.finish("b1", SyncBatch.FINISHED, null);
        boolean sameSlotAgain = batches.start("b3", "schedule", "2026-11-28T02:30+02:00", 0, "{}").isPresent();
        boolean byHandAfterwards = batches.start("b4", "rest:admin", null, 0, "{}").isPresent();

        assertThat(first.running()).isTrue();
        assertThat(secondWhileRunning).isFalse();
        assertThat(sameSlotAgain).isFalse();
        assertThat(byHandAfterwards).isTrue();
        assertThat(batches.find("b1").orElseThrow().state()).isEqualTo(SyncBatch.FINISHED);
        assertThat(batches.lastScheduled()).map(SyncBatch::id).contains("b1");
        assertThat(batches.abandonRunning("stopped")).isEqualTo(1);
        assertThat(batches.find("b4").orElseThrow().state()).isEqualTo(SyncBatch.FAILED);
    }
}

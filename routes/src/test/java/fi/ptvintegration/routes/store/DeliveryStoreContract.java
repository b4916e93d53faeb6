package fi.ptvintegration.routes.store;

import static org.assertj.core.api.Assertions.assertThat;

import fi.ptvintegration.pat.model.RecordKind;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox's claims, order, state changes and fencing, run against each database the system
 * supports. Two stores with different node ids on one database stand for two nodes.
 */
abstract class DeliveryStoreContract {

    private static final String PTV_ID = "11111111-1111-1111-1111-111111111111";

    protected abstract DataSource dataSource();

    private DeliveryStore store;
    private DeliveryStore otherNode;

    @BeforeEach
    void emptyOutbox() throws Exception {
        DatabaseMigrations.migrate(dataSource());
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM delivery");
            statement.executeUpdate("DELETE FROM sync_batch");
        }
        store = new DeliveryStore(dataSource(), Clock.systemUTC(), "node-a");
        otherNode = new DeliveryStore(dataSource(), Clock.systemUTC(), "node-b");
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

        store.delivered(due.stream().filter(d -> d.id() == first).findFirst().orElseThrow(), PTV_ID, null);
        assertThat(store.claimDue(10, Duration.ofMinutes(1))).extracting(Delivery::id).containsExactly(second);
    }

    /**
     * Workers finishing at the same moment read the same first due row; the one that loses it takes
     * the next due row instead of going idle until the next poll.
     */
    @Test
    void aClaimThatLosesTheFirstDueRowToAnotherNodeTakesTheNext() throws Exception {
        long first = store.enqueue(RecordKind.SERVICE, "turku-a", "CREATE", "c1");
        Thread.sleep(5);
        long second = store.enqueue(RecordKind.SERVICE, "turku-b", "CREATE", "c2");
        AtomicBoolean raced = new AtomicBoolean();
        DeliveryStore racing = new DeliveryStore(new StatementRewritingDataSource(dataSource(), sql -> {
            if (sql.startsWith("UPDATE delivery SET status = 'IN_FLIGHT'") && raced.compareAndSet(false, true)) {
                otherNode.claim(first, Duration.ofMinutes(1)).orElseThrow();
            }
            return sql;
        }), Clock.systemUTC(), "node-a");

        List<Delivery> claimed = racing.claimDue(1, Duration.ofMinutes(1));

        assertThat(raced).as("the other node claimed between the read of the due rows and the claim").isTrue();
        assertThat(claimed).extracting(Delivery::id).containsExactly(second);
        assertThat(store.find(first).orElseThrow().claimedBy()).isEqualTo("node-b");
    }

    /**
     * The outbox worker's outcome claims its next due delivery in the same transaction (one commit
     * per delivery): a later push of the same record counts as due once the outcome before it is
     * written, within that transaction.
     */
    @Test
    void aDeliveredOutcomeClaimsTheNextDueDeliveryInItsTransaction() throws Exception {
        long first = store.enqueue(RecordKind.SERVICE, "turku-a", "CREATE", "c1");
        long later = store.enqueue(RecordKind.SERVICE, "turku-a", "UPDATE", "c2");
        Delivery claimed = store.claim(first, Duration.ofMinutes(1)).orElseThrow();
        CommitCountingDataSource counting = new CommitCountingDataSource(dataSource());
        DeliveryStore countedStore = new DeliveryStore(counting, Clock.systemUTC(), "node-a");

        DeliveryStore.Recorded firstOutcome = countedStore.delivered(claimed, PTV_ID, null, (connection, written) -> { },
                Duration.ofMinutes(1));
        int commitsOfTheFirstOutcome = counting.takeCommits();
        long other = store.enqueue(RecordKind.SERVICE, "turku-b", "CREATE", "c3");
        DeliveryStore.Recorded laterOutcome = store.delivered(firstOutcome.next().orElseThrow(), PTV_ID, null,
                (connection, written) -> { }, Duration.ofMinutes(1));
        DeliveryStore.Recorded otherOutcome = store.delivered(laterOutcome.next().orElseThrow(), PTV_ID, null,
                (connection, written) -> { }, Duration.ofMinutes(1));

        assertThat(List.of(firstOutcome.outcomeWritten(), laterOutcome.outcomeWritten(), otherOutcome.outcomeWritten()))
                .containsOnly(true);
        assertThat(commitsOfTheFirstOutcome).as("the outcome and the next claim in one commit").isEqualTo(1);
        Delivery next = firstOutcome.next().orElseThrow();
        assertThat(List.of(next.id(), next.status(), next.claimedBy(), String.valueOf(next.attempts())))
                .containsExactly(later, Delivery.IN_FLIGHT, "node-a", "1");
        assertThat(laterOutcome.next()).map(Delivery::id).contains(other);
        assertThat(otherOutcome.next()).as("nothing left due").isEmpty();
        assertThat(List.of(first, later, other)).allSatisfy(id ->
                assertThat(store.find(id).orElseThrow().status()).isEqualTo(Delivery.DELIVERED));
    }

    /**
     * The next due row is locked by another transaction (another node claiming it and stalled before
     * its commit): the claim gives up after its lock timeout and the outcome commits without it.
     * PostgreSQL would wait for ever without the claim's own lock timeout.
     */
    @Test
    void aNextDueRowLockedElsewhereDoesNotHoldTheOutcomeUncommitted() throws Exception {
        long first = store.enqueue(RecordKind.SERVICE, "turku-a", "CREATE", "c1");
        long second = store.enqueue(RecordKind.SERVICE, "turku-b", "CREATE", "c2");
        Delivery claimed = store.claim(first, Duration.ofMinutes(1)).orElseThrow();
        DeliveryStore.Recorded recorded;
        // The outcome on a thread of its own: a JDBC call waiting for a lock does not answer an
        // interrupt, and the lock is released whatever happens, so that a failure does not hang the tests.
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try (Connection otherNode = dataSource().getConnection()) {
            otherNode.setAutoCommit(false);
            try (Statement lock = otherNode.createStatement()) {
                lock.executeUpdate("UPDATE delivery SET updated_at = updated_at WHERE id = " + second);
            }
            Future<DeliveryStore.Recorded> outcome = worker.submit(() ->
                    store.delivered(claimed, PTV_ID, null, (connection, written) -> { }, Duration.ofMinutes(1)));
            try {
                recorded = outcome.get(20, TimeUnit.SECONDS);
            } finally {
                otherNode.rollback();
            }
        } finally {
            worker.shutdown();
        }

        assertThat(recorded.outcomeWritten()).isTrue();
        assertThat(recorded.next()).isEmpty();
        assertThat(store.find(first).orElseThrow().status()).isEqualTo(Delivery.DELIVERED);
        assertThat(store.find(second).orElseThrow().status()).isEqualTo(Delivery.PENDING);
    }

    @Test
    void aClaimGivenBackUnattemptedIsDueAtOnceWithItsAttemptUncounted() throws Exception {
        long id = store.enqueue(RecordKind.ORGANIZATION, "turku-o", "CREATE", "c1");
        Delivery claimed = store.claimDue(1, Duration.ofMinutes(1)).get(0);

        boolean givenBack = store.returnUnattempted(claimed);
        boolean givenBackTwice = store.returnUnattempted(claimed);

        Delivery row = store.find(id).orElseThrow();
        assertThat(List.of(givenBack, givenBackTwice)).containsExactly(true, false);
        assertThat(List.of(row.status(), String.valueOf(row.attempts()), String.valueOf(row.maybeInPtv())))
                .containsExactly(Delivery.PENDING, "0", "false");
        assertThat(store.claimDue(1, Duration.ofMinutes(1))).extracting(Delivery::id).containsExactly(id);
    }

    @Test
    void aClaimOfTheNextThatFailsInTheDatabaseLeavesTheOutcomeToBeCommitted() throws Exception {
        long first = store.enqueue(RecordKind.SERVICE, "turku-a", "CREATE", "c1");
        long second = store.enqueue(RecordKind.SERVICE, "turku-b", "CREATE", "c2");
        Delivery claimed = store.claim(first, Duration.ofMinutes(1)).orElseThrow();
        DeliveryStore failingClaims = new DeliveryStore(new StatementRewritingDataSource(dataSource(),
                sql -> sql.replace("SET status = 'IN_FLIGHT'", "SET no_such_column = 'IN_FLIGHT'")), Clock.systemUTC(), "node-a");

        DeliveryStore.Recorded recorded = failingClaims.delivered(claimed, PTV_ID, null, (connection, written) -> { },
                Duration.ofMinutes(1));

        assertThat(recorded.outcomeWritten()).isTrue();
        assertThat(recorded.next()).isEmpty();
        assertThat(store.find(first).orElseThrow().status()).isEqualTo(Delivery.DELIVERED);
        assertThat(store.find(first).orElseThrow().ptvId()).isEqualTo(PTV_ID);
        assertThat(store.find(second).orElseThrow().status()).isEqualTo(Delivery.PENDING);
    }

    @Test
    void aPushAttemptedAtOnceIsWrittenClaimedUnlessAnotherDeliveryOfTheRecordIsAhead() throws Exception {
        long earlier = store.enqueue(RecordKind.SERVICE, "turku-a", "CREATE", "c1");

        DeliveryStore.PushEnqueued now = store.enqueuePush(RecordKind.SERVICE, "turku-b", "CREATE", "c2", true, Duration.ofMinutes(1));
        DeliveryStore.PushEnqueued blocked = store.enqueuePush(RecordKind.SERVICE, "turku-a", "UPDATE", "c3", true, Duration.ofMinutes(1));
        DeliveryStore.PushEnqueued again = store.enqueuePush(RecordKind.SERVICE, "turku-a", "UPDATE", "c4", true, Duration.ofMinutes(1));
        DeliveryStore.PushEnqueued asked = store.enqueuePush(RecordKind.SERVICE, "turku-c", "CREATE", "c5", false, Duration.ofMinutes(1));

        Delivery claimed = ((DeliveryStore.PushEnqueued.Claimed) now).claim();
        assertThat(claimed.status()).isEqualTo(Delivery.IN_FLIGHT);
        assertThat(claimed.attempts()).isEqualTo(1);
        assertThat(claimed.claims()).isEqualTo(1);
        assertThat(claimed.claimedBy()).isEqualTo("node-a");
        assertThat(otherNode.claim(claimed.id(), Duration.ofMinutes(1))).as("nobody else gets the claimed row").isEmpty();
        DeliveryStore.PushEnqueued.Queued behind = (DeliveryStore.PushEnqueued.Queued) blocked;
        assertThat(behind.behindAnother()).isTrue();
        assertThat(behind.queued().status()).isEqualTo(Delivery.PENDING);
        assertThat(((DeliveryStore.PushEnqueued.AlreadyWaiting) again).waiting().id()).as("the same push already waiting")
                .isEqualTo(behind.queued().id());
        DeliveryStore.PushEnqueued.Queued queued = (DeliveryStore.PushEnqueued.Queued) asked;
        assertThat(queued.behindAnother()).isFalse();

        List<Delivery> first = store.claimDue(10, Duration.ofMinutes(1));
        assertThat(first).extracting(Delivery::id).containsExactlyInAnyOrder(earlier, queued.queued().id());
        assertThat(store.delivered(claimed, PTV_ID, null)).as("the claim it was written with is the one its outcome is written under")
                .isTrue();
        store.delivered(first.stream().filter(d -> d.id() == earlier).findFirst().orElseThrow(), PTV_ID, null);
        assertThat(store.claimDue(10, Duration.ofMinutes(1))).extracting(Delivery::id).containsExactly(behind.queued().id());
    }

    @Test
    void concurrentPushesOfOneRecordFromTwoNodesNeverHaveTwoDeliveriesInFlight() throws Exception {
        int threads = 8;
        int pushesEach = 15;
        java.util.concurrent.atomic.AtomicInteger claims = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger queued = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger inFlightAtOnce = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger mostAtOnce = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            DeliveryStore node = t % 2 == 0 ? store : otherNode;
            String operation = t % 3 == 0 ? "CREATE" : "UPDATE";
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < pushesEach; i++) {
                    DeliveryStore.PushEnqueued enqueued = node.enqueuePush(RecordKind.ORGANIZATION, "turku-one", operation, "c",
                            true, Duration.ofMinutes(1));
                    if (enqueued instanceof DeliveryStore.PushEnqueued.Claimed claimed) {
                        claims.incrementAndGet();
                        mostAtOnce.accumulateAndGet(inFlightAtOnce.incrementAndGet(), Math::max);
                        Thread.sleep(1);
                        inFlightAtOnce.decrementAndGet();
                        assertThat(node.delivered(claimed.claim(), PTV_ID, null)).isTrue();
                    } else if (enqueued instanceof DeliveryStore.PushEnqueued.Queued behind) {
                        // Given up at once, so that the record is often free and pushes are claimed as they come.
                        queued.incrementAndGet();
                        node.dismiss(behind.queued().id());
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (java.util.concurrent.Future<?> future : done) {
            future.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(claims.get()).as("some pushes were claimed at once").isPositive();
        assertThat(mostAtOnce.get()).as("deliveries of one record in flight at the same time").isEqualTo(1);
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement();
                java.sql.ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM delivery WHERE code = 'turku-one'"
                        + " AND status = 'IN_FLIGHT'")) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
        }
    }

    @Test
    void aRetryIsDueOnlyAtItsTimeAndKeepsItsCause() throws Exception {
        long id = store.enqueue(RecordKind.ORGANIZATION, "turku-org", "CREATE", "c1");
        Delivery claim = store.claim(id, Duration.ofMinutes(1)).orElseThrow();

        assertThat(store.retryAt(claim, OffsetDateTime.now().plusMinutes(5), 503, "PTV answered 503", "PTV 503", false)).isTrue();

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
        Delivery laterClaim = store.claim(dueLater, Duration.ofMinutes(1)).orElseThrow();
        Delivery firstClaim = store.claim(dueFirst, Duration.ofMinutes(1)).orElseThrow();
        Delivery blockedClaim = store.claim(blockedButDueEarliest, Duration.ofMinutes(1)).orElseThrow();
        store.retryAt(laterClaim, OffsetDateTime.now().minusMinutes(1), 503, "PTV answered 503", "PTV 503", false);
        store.retryAt(firstClaim, OffsetDateTime.now().minusMinutes(2), 503, "PTV answered 503", "PTV 503", false);
        store.retryAt(blockedClaim, OffsetDateTime.now().plusMinutes(5), 503, "PTV answered 503", "PTV 503", false);

        assertThat(store.claimDue(1, Duration.ofMinutes(1))).extracting(Delivery::id).containsExactly(dueFirst);
        assertThat(store.claimDue(1, Duration.ofMinutes(1))).as("behindIt is due but waits for turku-c's create")
                .extracting(Delivery::id).containsExactly(dueLater);
        assertThat(store.claimDue(1, Duration.ofMinutes(1))).isEmpty();
    }

    @Test
    void anAttemptThatMayHaveSavedTheItemInPtvIsNotedAndACrashNotesItToo() throws Exception {
        long refused = store.enqueue(RecordKind.SERVICE, "turku-a", "CREATE", "c1");
        long unanswered = store.enqueue(RecordKind.SERVICE, "turku-b", "CREATE", "c2");
        long crashed = store.enqueue(RecordKind.SERVICE, "turku-c", "CREATE", "c3");
        Delivery refusedClaim = store.claim(refused, Duration.ofMinutes(1)).orElseThrow();
        Delivery unansweredClaim = store.claim(unanswered, Duration.ofMinutes(1)).orElseThrow();
        store.claim(crashed, Duration.ofMinutes(1)).orElseThrow();

        store.retryAt(refusedClaim, OffsetDateTime.now(), 503, "PTV answered 503", "PTV 503", false);
        store.retryAt(unansweredClaim, OffsetDateTime.now(), 0, "no answer", "PTV unreachable", true);
        store.releaseAllInFlight();

        assertThat(store.find(refused).orElseThrow().mayHaveReachedPtv()).isFalse();
        assertThat(store.find(unanswered).orElseThrow().mayHaveReachedPtv()).isTrue();
        assertThat(store.find(crashed).orElseThrow().mayHaveReachedPtv()).isTrue();
        Delivery again = store.claim(refused, Duration.ofMinutes(1)).orElseThrow();
        store.retryAt(again, OffsetDateTime.now(), 429, "slow down", "PTV 429 too many requests", false);
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
            store.delivered(store.claim(done, Duration.ofMinutes(1)).orElseThrow(), PTV_ID, null);
        }
        long ahead = store.enqueue(RecordKind.SERVICE, "turku-a", "UPDATE", "new");
        long behind = store.enqueue(RecordKind.SERVICE, "turku-a", "UPDATE", "behind");
        setStatus(ahead, Delivery.NEW); // a row an earlier version wrote for a push attempted at once

        assertThat(store.claim(behind, Duration.ofMinutes(1))).as("behind a NEW row").isEmpty();
        setStatus(ahead, Delivery.PENDING);
        assertThat(store.claim(behind, Duration.ofMinutes(1))).as("behind a PENDING row").isEmpty();
        Delivery aheadClaim = store.claim(ahead, Duration.ofMinutes(1)).orElseThrow();
        assertThat(store.claim(behind, Duration.ofMinutes(1))).as("behind an IN_FLIGHT row").isEmpty();
        store.delivered(aheadClaim, PTV_ID, null);
        assertThat(store.claim(behind, Duration.ofMinutes(1))).as("30 delivered rows are history, not ahead").isPresent();
    }

    @Test
    void aSyncBatchHoldsOffThePushesOfEveryRecordUntilItsTransactionEnds() throws Exception {
        try (Connection batch = dataSource().getConnection()) {
            batch.setAutoCommit(false);
            RecordLocks.Held everyRecord = new RecordLocks().lockEveryRecord(batch);
            java.util.concurrent.CompletableFuture<DeliveryStore.PushEnqueued> push = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return otherNode.enqueuePush(RecordKind.SERVICE, "turku-a", "CREATE", "c1", true, Duration.ofMinutes(1));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300);
            assertThat(push).as("a push waits while a batch may be writing a row of its record").isNotDone();
            batch.commit();
            everyRecord.close();
            assertThat(push.get(10, java.util.concurrent.TimeUnit.SECONDS)).isInstanceOf(DeliveryStore.PushEnqueued.Claimed.class);
        }
    }

    private void setStatus(long id, String status) throws Exception {
        try (Connection connection = dataSource().getConnection();
                java.sql.PreparedStatement update = connection.prepareStatement("UPDATE delivery SET status = ? WHERE id = ?")) {
            update.setString(1, status);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    @Test
    void retentionDeletesOnlyDeliveredAndDismissedRows() throws Exception {
        long delivered = store.enqueue(RecordKind.SERVICE, "turku-a", "CREATE", "c1");
        store.delivered(store.claim(delivered, Duration.ofMinutes(1)).orElseThrow(), PTV_ID, null);
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

    @Test
    void aClaimIsNumberedAndNamesTheNodeThatMadeIt() throws Exception {
        long id = store.enqueue(RecordKind.SERVICE, "turku-a", "CREATE", "c1");

        Delivery first = store.claim(id, Duration.ofMinutes(1)).orElseThrow();
        store.retryAt(first, OffsetDateTime.now().minusSeconds(1), 503, "PTV answered 503", "PTV 503", false);
        Delivery second = otherNode.claim(id, Duration.ofMinutes(1)).orElseThrow();

        assertThat(first.claims()).isEqualTo(1);
        assertThat(first.claimedBy()).isEqualTo("node-a");
        assertThat(second.claims()).isEqualTo(2);
        assertThat(second.claimedBy()).isEqualTo("node-b");
        assertThat(second.attempts()).isEqualTo(2);
    }

    @Test
    void aNodeThatStalledPastItsLeaseCannotOverwriteTheOutcomeOfTheNodeThatTookTheDeliveryOver() throws Exception {
        long id = store.enqueue(RecordKind.SERVICE, "turku-a", "CREATE", "c1");
        Delivery stalled = store.claim(id, Duration.ofMillis(1)).orElseThrow();
        Thread.sleep(20);
        assertThat(otherNode.releaseExpiredLeases()).isEqualTo(1);
        Delivery takenOver = otherNode.claim(id, Duration.ofMinutes(1)).orElseThrow();
        assertThat(otherNode.delivered(takenOver, PTV_ID, null)).isTrue();

        boolean failedWritten = store.failed(stalled, 400, "PTV refused it", "PTV 400 ServiceNames", false);
        boolean retryWritten = store.retryAt(stalled, OffsetDateTime.now(), 503, "PTV answered 503", "PTV 503", false);
        boolean deliveredWritten = store.delivered(stalled, "22222222-2222-2222-2222-222222222222", null);
        boolean released = store.releaseClaim(stalled);

        assertThat(List.of(failedWritten, retryWritten, deliveredWritten, released)).as("the stalled node's writes").containsOnly(false);
        Delivery row = store.find(id).orElseThrow();
        assertThat(row.status()).isEqualTo(Delivery.DELIVERED);
        assertThat(row.ptvId()).isEqualTo(PTV_ID);
        assertThat(row.claimedBy()).isEqualTo("node-b");
        assertThat(row.failureSignature()).isNull();
    }

    @Test
    void aStalledNodeCannotWriteEvenBeforeTheOtherNodeHasClaimedTheReleasedRow() throws Exception {
        long id = store.enqueue(RecordKind.SERVICE, "turku-a", "CREATE", "c1");
        Delivery stalled = store.claim(id, Duration.ofMillis(1)).orElseThrow();
        Thread.sleep(20);
        otherNode.releaseExpiredLeases();

        assertThat(store.delivered(stalled, PTV_ID, null)).isFalse();
        Delivery row = store.find(id).orElseThrow();
        assertThat(row.status()).isEqualTo(Delivery.PENDING);
        assertThat(row.mayHaveReachedPtv()).as("the stalled attempt may have reached PTV").isTrue();
    }

    @Test
    void anAdminActionInBetweenAlsoFencesTheOldClaim() throws Exception {
        long id = store.enqueue(RecordKind.SERVICE, "turku-a", "CREATE", "c1");
        Delivery old = store.claim(id, Duration.ofMinutes(1)).orElseThrow();
        store.failed(old, 400, "PTV refused it", "PTV 400 ServiceNames", false);
        store.replay(id);
        Delivery replayed = store.claim(id, Duration.ofMinutes(1)).orElseThrow();

        assertThat(replayed.attempts()).as("attempts start afresh").isEqualTo(1);
        assertThat(store.delivered(old, PTV_ID, null)).as("same node and attempt number, older claim").isFalse();
        assertThat(store.delivered(replayed, PTV_ID, null)).isTrue();
    }

    @Test
    void aClaimWhoseOutcomeCouldNotBeWrittenIsGivenBackDueNowAndNotedAsPossiblyInPtv() throws Exception {
        long id = store.enqueue(RecordKind.SERVICE, "turku-a", "CREATE", "c1");
        Delivery claim = store.claim(id, Duration.ofMinutes(2)).orElseThrow();

        assertThat(store.releaseClaim(claim)).isTrue();

        Delivery row = store.find(id).orElseThrow();
        assertThat(row.status()).isEqualTo(Delivery.PENDING);
        assertThat(row.mayHaveReachedPtv()).isTrue();
        assertThat(otherNode.claimDue(10, Duration.ofMinutes(1))).extracting(Delivery::id).containsExactly(id);
        assertThat(store.releaseClaim(claim)).as("a second release of the same claim").isFalse();
    }

    @Test
    void figuresAreTheSameForEveryNodeAndNameTheLastDelivery() throws Exception {
        long delivered = store.enqueue(RecordKind.SERVICE, "turku-a", "CREATE", "c1");
        store.delivered(store.claim(delivered, Duration.ofMinutes(1)).orElseThrow(), PTV_ID, null);
        store.enqueue(RecordKind.SERVICE, "turku-b", "CREATE", "c2");
        otherNode.claim(otherNode.enqueue(RecordKind.SERVICE, "turku-c", "CREATE", "c3"), Duration.ofMinutes(1));
        failed("turku-d", "PTV 400 ServiceNames");
        failed("turku-e", "PTV 400 ServiceNames");
        failed("turku-f", "PTV unreachable");

        DeliveryStore.QueueFigures seenByA = store.figures();
        DeliveryStore.QueueFigures seenByB = otherNode.figures();

        assertThat(seenByA).isEqualTo(seenByB);
        assertThat(seenByA.pending()).isEqualTo(1);
        assertThat(seenByA.inFlight()).isEqualTo(1);
        assertThat(seenByA.failed()).isEqualTo(3);
        assertThat(seenByA.lastDeliveredAt()).isNotNull();
        assertThat(otherNode.failedBySignature()).containsExactly(java.util.Map.entry("PTV 400 ServiceNames", 2),
                java.util.Map.entry("PTV unreachable", 1));
    }

    @Test
    void aReplayedOlderRowWaitsForTheRecordsDeliveryInFlight() throws Exception {
        long older = failed("turku-a", "PTV 400 ServiceNames");
        Delivery newer = ((DeliveryStore.PushEnqueued.Claimed) store.enqueuePush(RecordKind.SERVICE, "turku-a", "UPDATE", "c2", true,
                Duration.ofMinutes(1))).claim();

        assertThat(store.replay(older)).isTrue();

        assertThat(otherNode.claim(older, Duration.ofMinutes(1))).as("the record has a delivery in flight").isEmpty();
        assertThat(otherNode.claimDue(10, Duration.ofMinutes(1))).isEmpty();
        store.delivered(newer, PTV_ID, null);
        assertThat(otherNode.claimDue(10, Duration.ofMinutes(1))).extracting(Delivery::id).containsExactly(older);
    }

    private long failed(String code, String signature) throws Exception {
        long id = store.enqueue(RecordKind.SERVICE, code, "CREATE", "c-" + code);
        store.failed(store.claim(id, Duration.ofMinutes(1)).orElseThrow(), null, "cause of " + code, signature, false);
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
        store.delivered(first, "11111111-1111-1111-1111-111111111111", null);

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

package fi.ptvintegration.routes.store;

import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.routes.support.Secrets;
import fi.ptvintegration.routes.support.Texts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox of pushes ({@code delivery}). A row is written before PTV is called; claiming it is
 * one conditional UPDATE (PENDING to IN_FLIGHT, with a lease), so two workers, or a worker and a
 * push call, never deliver the same row at once. A row is only claimable when no older row for
 * the same record is still pending or in flight: deliveries of one record keep their order.
 *
 * <p>Fenced: each claim is numbered ({@code claims}) and names this node ({@code claimed_by});
 * every write of an attempt's outcome ({@link #delivered}, {@link #retryAt}, {@link #failed},
 * {@link #releaseClaim}) matches the claim it was made under and reports whether it still held
 * it. A node that stalled past its lease (a GC pause, a frozen VM) while another node took the row
 * over finds its claim gone: its write changes nothing and it is told so.
 */
public class DeliveryStore {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryStore.class);

    private static final String COLUMNS = "id, namespace, kind, code, operation, correlation_id, status, attempts, replays,"
            + " created_at, updated_at, next_attempt_at, delivered_at, ptv_id, last_status, last_error, failure_signature, maybe_in_ptv,"
            + " claims, claimed_by";
    /** The claim an outcome was reached under is still the row's latest, and still held. */
    private static final String HELD_CLAIM = " WHERE id = ? AND status = 'IN_FLIGHT' AND claims = ? AND claimed_by = ?";
    /**
     * No older row of the same record is still to be delivered. One test per active status, each an
     * equality on the (namespace, code, status) index: H2 answers a single {@code status IN (...)}
     * by walking every row of the record, delivered ones included, which made a claim cost grow
     * with the record's push history (0.8 ms at 5,000 rows against 0.14 ms this way).
     */
    private static final String NO_OLDER_ACTIVE = noOlder("NEW") + " AND" + noOlder("PENDING") + " AND" + noOlder("IN_FLIGHT");

    /**
     * No other row of the same record is in flight, whatever its age: a replayed older row waits
     * for a newer one that is being delivered.
     */
    private static final String NONE_IN_FLIGHT = " NOT EXISTS (SELECT 1 FROM delivery f WHERE f.namespace = delivery.namespace"
            + " AND f.code = delivery.code AND f.status = 'IN_FLIGHT' AND f.id <> delivery.id)";

    /**
     * Due rows read beyond the number a claim wants. Workers that finish at the same moment read
     * the same first due row, and all but one lose it; with only the rows wanted read, a worker that
     * lost went idle until the next poll (up to {@code delivery.poll.interval.ms}) while rows waited.
     * With spares it claims the next one instead.
     */
    private static final int SPARE_CANDIDATES = 4;

    /** How long a claim made with an outcome waits for a row lock before the outcome commits without it. */
    private static final int NEXT_CLAIM_LOCK_TIMEOUT_MS = 1000;

    private static String noOlder(String status) {
        return " NOT EXISTS (SELECT 1 FROM delivery e WHERE e.namespace = delivery.namespace AND e.code = delivery.code"
                + " AND e.status = '" + status + "' AND e.id < delivery.id)";
    }

    /** The failed deliveries sharing one failure signature. */
    public record FailureGroup(String signature, int count, OffsetDateTime oldest, OffsetDateTime newest, long exampleId,
            String exampleError) {}

    /**
     * Queue figures for metrics, the same on every node: rows waiting or being delivered, the
     * oldest of them, failed rows, and when a delivery last reached PTV (null: none kept).
     */
    public record QueueFigures(int pending, int inFlight, OffsetDateTime oldestPendingSince, int failed,
            OffsetDateTime lastDeliveredAt) {}

    private final DataSource dataSource;
    private final Clock clock;
    private final String nodeId;
    private final RecordLocks locks = new RecordLocks();

    /** @param nodeId this node's name in the claims it makes ({@code node.id}), at most 100 characters */
    public DeliveryStore(DataSource dataSource, Clock clock, String nodeId) {
        if (nodeId == null || nodeId.isBlank() || nodeId.length() > 100) {
            throw new IllegalArgumentException("a node id of 1 to 100 characters is needed, was '" + nodeId + "'");
        }
        this.dataSource = dataSource;
        this.clock = clock;
        this.nodeId = nodeId;
    }

    /** This node's name in its claims. */
    public String nodeId() {
        return nodeId;
    }

    /** Records a push to make, due now; returns its id (the message id Drupal is given). */
    public long enqueue(RecordKind kind, String code, String operation, String correlationId) throws SQLException {
        return locked(connection -> locks.lock(connection, kind.namespace(), code),
                connection -> insert(connection, kind, code, operation, correlationId, null));
    }

    /** What became of a push Drupal waits on ({@link #enqueuePush}). */
    public sealed interface PushEnqueued {
        /** Recorded and claimed for its first attempt now: the claim its outcome is written under. */
        record Claimed(Delivery claim) implements PushEnqueued {}

        /** A push of the record with the same operation was already waiting: it sends the record as stored then; nothing added. */
        record AlreadyWaiting(Delivery waiting) implements PushEnqueued {}

        /** Recorded, due now, behind an earlier delivery of the record (or not to be attempted now): the worker delivers it in order. */
        record Queued(Delivery queued, boolean behindAnother) implements PushEnqueued {}
    }

    /**
     * Records a push Drupal made, in one transaction under the record's lock ({@link RecordLocks}):
     * when a push of the record with the same operation is already waiting, nothing is added;
     * when {@code attemptNow} and no delivery of the record is waiting or under way, the row is
     * written already claimed (IN_FLIGHT, attempt 1, this node's lease), so the caller delivers it
     * at once, and the worker cannot take it; otherwise it is queued behind. One commit either way.
     */
    public PushEnqueued enqueuePush(RecordKind kind, String code, String operation, String correlationId, boolean attemptNow,
            Duration lease) throws SQLException {
        return enqueuePush(kind, code, operation, correlationId, attemptNow, lease, (connection, enqueued) -> { });
    }

    /** Work done in the transaction of a push that was queued, or found one waiting, instead of claimed. */
    @FunctionalInterface
    public interface WhenQueued {
        void run(Connection connection, PushEnqueued enqueued) throws SQLException;
    }

    /**
     * As {@link #enqueuePush(RecordKind, String, String, String, boolean, Duration)}; when the push
     * is not claimed, {@code whenQueued} runs in the same transaction (the call's own
     * integration-log record: a push answered 202 commits once).
     */
    public PushEnqueued enqueuePush(RecordKind kind, String code, String operation, String correlationId, boolean attemptNow,
            Duration lease, WhenQueued whenQueued) throws SQLException {
        return locked(connection -> locks.lock(connection, kind.namespace(), code), connection -> {
            PushEnqueued enqueued = enqueuePushWithin(connection, kind, code, operation, correlationId, attemptNow, lease);
            if (!(enqueued instanceof PushEnqueued.Claimed)) {
                whenQueued.run(connection, enqueued);
            }
            return enqueued;
        });
    }

    private PushEnqueued enqueuePushWithin(Connection connection, RecordKind kind, String code, String operation,
            String correlationId, boolean attemptNow, Duration lease) throws SQLException {
        // One waiting delivery per record and operation is enough: it sends the record as stored when it goes.
        List<Delivery> waiting = query(connection, "WHERE namespace = ? AND code = ? AND operation = ? AND status = 'PENDING'"
                + " ORDER BY id DESC", 1, kind.namespace().name(), code, operation);
        if (!waiting.isEmpty()) {
            return new PushEnqueued.AlreadyWaiting(waiting.get(0));
        }
        boolean ahead = anyActive(connection, kind.namespace(), code);
        boolean claim = attemptNow && !ahead;
        long id = insert(connection, kind, code, operation, correlationId, claim ? lease : null);
        Delivery row = query(connection, "WHERE id = ?", 1, id).get(0);
        return claim ? new PushEnqueued.Claimed(row) : new PushEnqueued.Queued(row, ahead);
    }

    /**
     * Whether a delivery of the record is still to be made (NEW, PENDING or IN_FLIGHT): one index
     * equality per status, as {@link #NO_OLDER_ACTIVE}, so the record's delivered history is not walked.
     */
    private static boolean anyActive(Connection connection, RecordKind.Namespace namespace, String code) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT CASE WHEN" + activeOf("NEW") + " OR" + activeOf("PENDING")
                + " OR" + activeOf("IN_FLIGHT") + " THEN 1 ELSE 0 END")) {
            for (int i = 0; i < 3; i++) {
                select.setString(2 * i + 1, namespace.name());
                select.setString(2 * i + 2, code);
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1) == 1;
            }
        }
    }

    private static String activeOf(String status) {
        return " EXISTS (SELECT 1 FROM delivery WHERE namespace = ? AND code = ? AND status = '" + status + "')";
    }

    /**
     * Inserts a row due now: PENDING, or when {@code claimFor} is given IN_FLIGHT under a claim of
     * this node for that long (attempt 1, claim 1). The caller holds the record's lock.
     */
    private long insert(Connection connection, RecordKind kind, String code, String operation, String correlationId,
            Duration claimFor) throws SQLException {
        OffsetDateTime now = now();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO delivery (namespace, kind, code, operation, correlation_id, status, attempts, replays, claims, claimed_by,"
                        + " created_at, updated_at, next_attempt_at, claimed_until) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            boolean claimed = claimFor != null;
            insert.setString(1, kind.namespace().name());
            insert.setString(2, kind.jsonName());
            insert.setString(3, code);
            insert.setString(4, operation);
            insert.setString(5, correlationId);
            insert.setString(6, claimed ? Delivery.IN_FLIGHT : Delivery.PENDING);
            insert.setInt(7, claimed ? 1 : 0);
            insert.setInt(8, claimed ? 1 : 0);
            if (claimed) {
                insert.setString(9, nodeId);
            } else {
                insert.setNull(9, Types.VARCHAR);
            }
            insert.setObject(10, now);
            insert.setObject(11, now);
            insert.setObject(12, now);
            if (claimed) {
                insert.setObject(13, now.plus(claimFor));
            } else {
                insert.setNull(13, Types.TIMESTAMP_WITH_TIMEZONE);
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Takes a lock of {@link RecordLocks} in the transaction it is given. */
    @FunctionalInterface
    private interface LockTaker {
        RecordLocks.Held lock(Connection connection) throws SQLException;
    }

    /**
     * Work in one transaction under a lock of {@link RecordLocks}, which is released once the
     * transaction has committed or rolled back (a JVM lock released before the commit would let
     * another push look before this one's row is visible).
     */
    private <T> T locked(LockTaker take, Transactions.Work<T> work) throws SQLException {
        RecordLocks.Held[] held = new RecordLocks.Held[1];
        try {
            return Transactions.run(dataSource, connection -> {
                held[0] = take.lock(connection);
                return work.run(connection);
            });
        } finally {
            if (held[0] != null) {
                held[0].close();
            }
        }
    }

    /** A delivery the daily sync plans: which record and what to do in PTV. */
    public record Planned(RecordKind kind, String code, String operation) {}

    /** How many deliveries of a batch have one kind, operation and status. */
    public record BatchCount(String kind, String operation, String status, int count) {}

    /**
     * Queues the deliveries of a sync batch, due now, in one transaction, each carrying the
     * batch id; returns how many were queued.
     */
    public int enqueueBatch(List<Planned> planned, String batchId, String correlationId) throws SQLException {
        OffsetDateTime now = now();
        return locked(locks::lockEveryRecord, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO delivery (namespace, kind, code, operation, correlation_id, status, attempts, replays,"
                            + " created_at, updated_at, next_attempt_at, batch_id) VALUES (?, ?, ?, ?, ?, 'PENDING', 0, 0, ?, ?, ?, ?)")) {
                for (Planned delivery : planned) {
                    insert.setString(1, delivery.kind().namespace().name());
                    insert.setString(2, delivery.kind().jsonName());
                    insert.setString(3, delivery.code());
                    insert.setString(4, delivery.operation());
                    insert.setString(5, correlationId);
                    insert.setObject(6, now);
                    insert.setObject(7, now);
                    insert.setObject(8, now);
                    insert.setString(9, batchId);
                    insert.addBatch();
                }
                insert.executeBatch();
                return planned.size();
            }
        });
    }

    /**
     * A delivery still to be made joins a batch when it belongs to none, so that the batch waits
     * for it and counts it instead of queueing the same push again; false when it could not.
     */
    public boolean joinBatch(long id, String batchId) throws SQLException {
        return execute("UPDATE delivery SET batch_id = ? WHERE id = ? AND batch_id IS NULL AND status IN ('NEW', 'PENDING', 'IN_FLIGHT')",
                batchId, id) == 1;
    }

    /** Every delivery still to be made (NEW, PENDING, IN_FLIGHT), oldest first. */
    public List<Delivery> active() throws SQLException {
        return query("WHERE status IN ('NEW', 'PENDING', 'IN_FLIGHT') ORDER BY id", Integer.MAX_VALUE);
    }

    /** The record's delivery still to be made, the newest if there are several. */
    public Optional<Delivery> activeOf(RecordKind.Namespace namespace, String code) throws SQLException {
        List<Delivery> found = query("WHERE namespace = ? AND code = ? AND status IN ('NEW', 'PENDING', 'IN_FLIGHT') ORDER BY id DESC",
                1, namespace.name(), code);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The record's newest finished delivery: delivered, failed or dismissed. */
    public Optional<Delivery> lastFinishedOf(RecordKind.Namespace namespace, String code) throws SQLException {
        List<Delivery> found = query("WHERE namespace = ? AND code = ? AND status IN ('DELIVERED', 'FAILED', 'DISMISSED') ORDER BY id DESC",
                1, namespace.name(), code);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** A batch's deliveries counted by kind, operation and status. */
    public List<BatchCount> batchCounts(String batchId) throws SQLException {
        List<BatchCount> counts = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT kind, operation, status, COUNT(*) FROM delivery WHERE batch_id = ?"
                                + " GROUP BY kind, operation, status ORDER BY kind, operation, status")) {
            select.setString(1, batchId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    counts.add(new BatchCount(row.getString(1), row.getString(2), row.getString(3), row.getInt(4)));
                }
            }
        }
        return counts;
    }

    /** How many of a batch's deliveries are still to be made (NEW, PENDING, IN_FLIGHT). */
    public int activeInBatch(String batchId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM delivery WHERE batch_id = ? AND"
                        + " (status = 'NEW' OR status = 'PENDING' OR status = 'IN_FLIGHT')")) {
            select.setString(1, batchId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }


    /**
     * Claims one pending row for delivery now, if no older row of the same record is ahead of it.
     * Returns it with its attempt and claim counted and this node named as the claimant; the
     * returned row is the claim its outcome is written under. Empty when someone else has it or it
     * must wait.
     */
    public Optional<Delivery> claim(long id, Duration lease) throws SQLException {
        // The claim and the read of the claimed row are one transaction: a database failing between
        // them leaves no claim this node does not know of (it would wait for its lease to run out).
        return Transactions.run(dataSource, connection -> claimWithin(connection, id, lease));
    }

    private Optional<Delivery> claimWithin(Connection connection, long id, Duration lease) throws SQLException {
        OffsetDateTime now = now();
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE delivery SET status = 'IN_FLIGHT', attempts = attempts + 1, claims = claims + 1, claimed_by = ?,"
                        + " claimed_until = ?, updated_at = ?"
                        + " WHERE id = ? AND status IN ('NEW', 'PENDING') AND" + NO_OLDER_ACTIVE + " AND" + NONE_IN_FLIGHT)) {
            update.setString(1, nodeId);
            update.setObject(2, now.plus(lease));
            update.setObject(3, now);
            update.setLong(4, id);
            if (update.executeUpdate() == 0) {
                return Optional.empty();
            }
        }
        List<Delivery> claimed = query(connection, "WHERE id = ?", 1, id);
        return claimed.isEmpty() ? Optional.empty() : Optional.of(claimed.get(0));
    }

    /**
     * Claims the next due row within {@code connection}'s transaction, after a savepoint: a claim
     * that fails (a lock wait timing out, say) is rolled back alone, and what the transaction
     * wrote before it stands.
     */
    private Optional<Delivery> claimNextWithin(Connection connection, Duration lease) throws SQLException {
        Savepoint beforeClaim = connection.setSavepoint();
        try {
            // A row another node is claiming must not hold this outcome uncommitted.
            locks.limitRowLockWaits(connection, NEXT_CLAIM_LOCK_TIMEOUT_MS);
            for (long id : dueCandidates(connection, 1 + SPARE_CANDIDATES)) {
                Optional<Delivery> claimed = claimWithin(connection, id, lease);
                if (claimed.isPresent()) {
                    return claimed;
                }
            }
            return Optional.empty();
        } catch (SQLException | RuntimeException e) {
            try {
                // Also undoes the limit on lock waits set above.
                connection.rollback(beforeClaim);
            } catch (SQLException rollback) {
                // The savepoint is gone with the transaction (a deadlock or a broken connection): the outcome fails too.
                e.addSuppressed(rollback);
                throw e;
            }
            LOG.debug("The next due delivery could not be claimed with the last outcome; the worker claims it apart: {}",
                    Secrets.redactText(Texts.firstLine(e.getMessage(), 300)));
            return Optional.empty();
        }
    }

    /**
     * Claims up to {@code limit} rows that are due, oldest due first. Ordered exactly as the
     * delivery_due index (status, next_attempt_at), so the database walks the index and stops at
     * the first rows that pass: ordered by "next_attempt_at, id", H2 checked and sorted every due
     * row first, 4-10 ms a claim with 4,500 queued. Rows due at the same instant come in id order
     * in H2's index; across records their order does not matter, and a record's own deliveries are
     * kept in order by {@link #NO_OLDER_ACTIVE}.
     */
    public List<Delivery> claimDue(int limit, Duration lease) throws SQLException {
        int wanted = Math.max(1, limit);
        List<Long> candidates;
        try (Connection connection = dataSource.getConnection()) {
            candidates = dueCandidates(connection, wanted + SPARE_CANDIDATES);
        }
        List<Delivery> claimed = new ArrayList<>();
        for (long id : candidates) {
            if (claimed.size() == wanted) {
                break;
            }
            claim(id, lease).ifPresent(claimed::add);
        }
        return claimed;
    }

    /** The ids of up to {@code count} due rows, in the order they are to be claimed. */
    private List<Long> dueCandidates(Connection connection, int count) throws SQLException {
        List<Long> candidates = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM delivery WHERE status = 'PENDING' AND next_attempt_at <= ? AND" + NO_OLDER_ACTIVE + " AND" + NONE_IN_FLIGHT
                        + " ORDER BY status, next_attempt_at FETCH FIRST " + count + " ROWS ONLY")) {
            select.setObject(1, now());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    candidates.add(rows.getLong(1));
                }
            }
        }
        return candidates;
    }

    /** Puts rows whose lease ran out (their worker died) back in the queue, due now; returns how many. */
    public int releaseExpiredLeases() throws SQLException {
        return release("status IN ('NEW', 'IN_FLIGHT') AND claimed_until < ?", now());
    }

    /** At start-up of the only node: every row still in flight was cut off by a stop or a crash. */
    public int releaseAllInFlight() throws SQLException {
        return release("status IN ('NEW', 'IN_FLIGHT')", null);
    }

    private int release(String where, OffsetDateTime before) throws SQLException {
        OffsetDateTime now = now();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE delivery SET status = 'PENDING', claimed_until = NULL, next_attempt_at = ?, updated_at = ?,"
                                + " maybe_in_ptv = CASE WHEN status = 'IN_FLIGHT' THEN TRUE ELSE maybe_in_ptv END"
                                + " WHERE " + where)) {
            update.setObject(1, now);
            update.setObject(2, now);
            if (before != null) {
                update.setObject(3, before);
            }
            return update.executeUpdate();
        }
    }

    /**
     * Delivered under {@code claim} (a row {@link #claim} returned), with the PTV id PTV gave.
     *
     * @param note what of PTV's answer was not stored, kept as the row's last error; null when all was
     * @return false when this node no longer held the claim (its lease ran out and another node took
     *     the row over, or an admin acted on it): nothing was written
     */
    public boolean delivered(Delivery claim, String ptvId, String note) throws SQLException {
        return delivered(claim, ptvId, note, (connection, recorded) -> { });
    }

    /** What is committed with a delivery's outcome, in its transaction. */
    @FunctionalInterface
    public interface WithOutcome {
        /**
         * @param recorded true when the outcome was written, false when the claim was no longer this node's
         */
        void write(Connection connection, boolean recorded) throws SQLException;
    }

    /**
     * {@link #delivered(Delivery, String, String)} and {@code with} (what the attempt learnt, its
     * log records) in one transaction: one commit for the whole outcome. {@code with} is written
     * also when the claim was lost (what PTV answered is true either way); a throw rolls back all.
     */
    public boolean delivered(Delivery claim, String ptvId, String note, WithOutcome with) throws SQLException {
        return delivered(claim, ptvId, note, with, null).outcomeWritten();
    }

    /**
     * A delivery's outcome as {@link #delivered(Delivery, String, String, WithOutcome)} wrote it, and the
     * next due delivery claimed in the same transaction.
     *
     * @param outcomeWritten false when this node no longer held the claim
     * @param next the next due delivery, claimed for this node; empty when none was asked for, none
     *     was due, or its claim failed (the worker then claims apart)
     */
    public record Recorded(boolean outcomeWritten, Optional<Delivery> next) {}

    /**
     * {@link #delivered(Delivery, String, String, WithOutcome)}, and when {@code nextLease} is not null
     * also the claim of the next due delivery for the outbox worker that made this one, in the same
     * transaction: one commit per delivery instead of two. A failing claim is rolled back alone (a
     * savepoint) and leaves the outcome to be committed.
     */
    public Recorded delivered(Delivery claim, String ptvId, String note, WithOutcome with, Duration nextLease) throws SQLException {
        OffsetDateTime now = now();
        return Transactions.run(dataSource, connection -> {
            boolean recorded = execute(connection, "UPDATE delivery SET status = 'DELIVERED', delivered_at = ?, updated_at = ?,"
                    + " ptv_id = ?, claimed_until = NULL, last_status = 200, last_error = ?, failure_signature = NULL" + HELD_CLAIM,
                    now, now, ptvId, truncate(note, 2000), claim.id(), claim.claims(), claim.claimedBy()) == 1;
            with.write(connection, recorded);
            Optional<Delivery> next = nextLease == null ? Optional.empty() : claimNextWithin(connection, nextLease);
            return new Recorded(recorded, next);
        });
    }

    /**
     * Back in the queue after a retryable failure under {@code claim}, due at {@code next}.
     *
     * @param ptvMayHaveSaved the attempt may have saved the item in PTV without learning it (no
     *     answer, a 5xx other than 503, or the failure came after PTV saved it): noted, so the next
     *     attempt of a create looks before it creates
     * @return false when this node no longer held the claim: nothing was written
     */
    public boolean retryAt(Delivery claim, OffsetDateTime next, Integer ptvStatus, String error, String signature,
            boolean ptvMayHaveSaved) throws SQLException {
        boolean maybeSaved = ptvMayHaveSaved;
        return execute("UPDATE delivery SET status = 'PENDING', next_attempt_at = ?, updated_at = ?, claimed_until = NULL,"
                + " last_status = ?, last_error = ?, failure_signature = ?"
                + (maybeSaved ? ", maybe_in_ptv = TRUE" : "") + HELD_CLAIM,
                next, now(), ptvStatus, truncate(error, 2000), truncate(signature, 200), claim.id(), claim.claims(),
                claim.claimedBy()) == 1;
    }

    /**
     * Failed for good under {@code claim}, until an admin replays or dismisses it.
     *
     * @param ptvMayHaveSaved as for {@link #retryAt}: a replay then updates instead of creating again
     * @return false when this node no longer held the claim: nothing was written
     */
    public boolean failed(Delivery claim, Integer ptvStatus, String error, String signature, boolean ptvMayHaveSaved)
            throws SQLException {
        boolean maybeSaved = ptvMayHaveSaved;
        return execute("UPDATE delivery SET status = 'FAILED', updated_at = ?, claimed_until = NULL, last_status = ?, last_error = ?,"
                + " failure_signature = ?" + (maybeSaved ? ", maybe_in_ptv = TRUE" : "") + HELD_CLAIM,
                now(), ptvStatus, truncate(error, 2000), truncate(signature, 200), claim.id(), claim.claims(),
                claim.claimedBy()) == 1;
    }

    /**
     * Gives a claim back whose outcome this node could not record (the database failed under it):
     * the row is due again at once, noted as possibly in PTV, so the next attempt updates what PTV
     * may have saved instead of creating it again. Run once the database answers again, so the row
     * waits seconds instead of its whole lease.
     *
     * @return false when the claim was no longer this node's (its lease ran out and it was taken over)
     */
    public boolean releaseClaim(Delivery claim) throws SQLException {
        return giveBack(claim, "maybe_in_ptv = TRUE");
    }

    /**
     * Gives back a claim this node made but did not attempt (its worker is stopping): due at once, its
     * attempt not counted, not marked as possibly in PTV.
     *
     * @return false when the claim was no longer this node's
     */
    public boolean returnUnattempted(Delivery claim) throws SQLException {
        return giveBack(claim, "attempts = attempts - 1");
    }

    /**
     * Renews, from now, the lease of a claim this node still holds: a worker that waited for a
     * place among the deliveries calling PTV starts its attempt with its whole lease.
     *
     * @return false when the claim was no longer this node's (its lease ran out and it was taken over)
     */
    public boolean renewLease(Delivery claim, Duration lease) throws SQLException {
        return execute("UPDATE delivery SET claimed_until = ?" + HELD_CLAIM, now().plus(lease), claim.id(), claim.claims(),
                claim.claimedBy()) == 1;
    }

    /** A claim this node still holds back in the queue, due now, with {@code alsoSet} (a column assignment). */
    private boolean giveBack(Delivery claim, String alsoSet) throws SQLException {
        OffsetDateTime now = now();
        return execute("UPDATE delivery SET status = 'PENDING', claimed_until = NULL, next_attempt_at = ?, updated_at = ?, "
                + alsoSet + HELD_CLAIM, now, now, claim.id(), claim.claims(), claim.claimedBy()) == 1;
    }

    /** A failed or dismissed row back in the queue, due now, with its attempts counted afresh. */
    public boolean replay(long id) throws SQLException {
        return replayWhere("id = ?", id) == 1;
    }

    /** Every failed row of one signature back in the queue; returns how many. */
    public int replayGroup(String signature) throws SQLException {
        return replayWhere("status = 'FAILED' AND failure_signature = ?", signature);
    }

    /**
     * A replay makes finished rows due again: under the lock every record's lock shares, like a
     * sync batch, so that no push decides "nothing of this record is waiting" while a row of it
     * comes back ({@link RecordLocks}).
     */
    private int replayWhere(String where, Object value) throws SQLException {
        OffsetDateTime now = now();
        return locked(locks::lockEveryRecord, connection -> execute(connection, "UPDATE delivery SET status = 'PENDING', attempts = 0,"
                + " replays = replays + 1, next_attempt_at = ?, updated_at = ? WHERE status IN ('FAILED', 'DISMISSED') AND " + where,
                now, now, value));
    }

    /** Gives up on a failed or pending row: it stays visible as DISMISSED and is not delivered. */
    public boolean dismiss(long id) throws SQLException {
        return execute("UPDATE delivery SET status = 'DISMISSED', updated_at = ? WHERE id = ? AND status IN ('FAILED', 'PENDING')",
                now(), id) == 1;
    }

    public int dismissGroup(String signature) throws SQLException {
        return execute("UPDATE delivery SET status = 'DISMISSED', updated_at = ? WHERE status = 'FAILED' AND failure_signature = ?",
                now(), signature);
    }

    /**
     * Deletes DELIVERED and DISMISSED rows last changed before the cutoff; returns how many. Rows
     * still to be delivered and FAILED ones stay until someone acts on them.
     */
    public int deleteFinishedBefore(OffsetDateTime cutoff) throws SQLException {
        return execute("DELETE FROM delivery WHERE status IN ('DELIVERED', 'DISMISSED') AND updated_at < ?", cutoff);
    }

    public Optional<Delivery> find(long id) throws SQLException {
        List<Delivery> found = query("WHERE id = ?", 1, id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Rows by status (null: any) and failure signature (null: any), newest first. */
    public List<Delivery> list(String status, String signature, String code, int limit) throws SQLException {
        List<String> where = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (status != null) {
            where.add("status = ?");
            values.add(status);
        }
        if (signature != null) {
            where.add("failure_signature = ?");
            values.add(signature);
        }
        if (code != null) {
            where.add("code = ?");
            values.add(code);
        }
        String clause = (where.isEmpty() ? "" : "WHERE " + String.join(" AND ", where)) + " ORDER BY id DESC";
        return query(clause, limit, values.toArray());
    }

    /** Failed rows grouped by signature, largest group first. */
    public List<FailureGroup> failureGroups() throws SQLException {
        List<FailureGroup> groups = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT failure_signature, COUNT(*), MIN(updated_at), MAX(updated_at), MAX(id) FROM delivery"
                                + " WHERE status = 'FAILED' GROUP BY failure_signature ORDER BY COUNT(*) DESC, failure_signature")) {
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    groups.add(new FailureGroup(row.getString(1), row.getInt(2), row.getObject(3, OffsetDateTime.class),
                            row.getObject(4, OffsetDateTime.class), row.getLong(5), null));
                }
            }
        }
        List<FailureGroup> withExamples = new ArrayList<>();
        for (FailureGroup group : groups) {
            withExamples.add(new FailureGroup(group.signature(), group.count(), group.oldest(), group.newest(), group.exampleId(),
                    find(group.exampleId()).map(Delivery::lastError).orElse(null)));
        }
        return withExamples;
    }

    public QueueFigures figures() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT COALESCE(SUM(CASE WHEN status IN ('NEW', 'PENDING') THEN 1 ELSE 0 END), 0),"
                                + " COALESCE(SUM(CASE WHEN status = 'IN_FLIGHT' THEN 1 ELSE 0 END), 0),"
                                + " MIN(CASE WHEN status IN ('NEW', 'PENDING', 'IN_FLIGHT') THEN created_at END),"
                                + " COALESCE(SUM(CASE WHEN status = 'FAILED' THEN 1 ELSE 0 END), 0)"
                                + " FROM delivery WHERE status IN ('NEW', 'PENDING', 'IN_FLIGHT', 'FAILED')");
                PreparedStatement last = connection.prepareStatement("SELECT MAX(delivered_at) FROM delivery");
                ResultSet row = select.executeQuery();
                ResultSet lastRow = last.executeQuery()) {
            row.next();
            lastRow.next();
            return new QueueFigures(row.getInt(1), row.getInt(2), row.getObject(3, OffsetDateTime.class), row.getInt(4),
                    lastRow.getObject(1, OffsetDateTime.class));
        }
    }

    /** How many deliveries are failed now, by failure signature; the same on every node. */
    public Map<String, Integer> failedBySignature() throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT failure_signature, COUNT(*) FROM delivery"
                        + " WHERE status = 'FAILED' GROUP BY failure_signature ORDER BY failure_signature");
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                counts.put(row.getString(1) == null ? "" : row.getString(1), row.getInt(2));
            }
        }
        return counts;
    }

    private List<Delivery> query(String clause, int limit, Object... values) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return query(connection, clause, limit, values);
        }
    }

    private List<Delivery> query(Connection connection, String clause, int limit, Object... values) throws SQLException {
        List<Delivery> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM delivery " + clause + " FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")) {
            for (int i = 0; i < values.length; i++) {
                select.setObject(i + 1, values[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    found.add(new Delivery(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                            row.getString(6), row.getString(7), row.getInt(8), row.getInt(9),
                            row.getObject(10, OffsetDateTime.class), row.getObject(11, OffsetDateTime.class),
                            row.getObject(12, OffsetDateTime.class), row.getObject(13, OffsetDateTime.class), row.getString(14),
                            (Integer) row.getObject(15), row.getString(16), row.getString(17), row.getBoolean(18),
                            row.getInt(19), row.getString(20)));
                }
            }
        }
        return found;
    }

    private int execute(String sql, Object... values) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return execute(connection, sql, values);
        }
    }

    private static int execute(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    statement.setNull(i + 1, Types.NULL);
                } else {
                    statement.setObject(i + 1, values[i]);
                }
            }
            return statement.executeUpdate();
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 3) + "...";
    }
}

package fi.ptvintegration.routes.store;

import fi.ptvintegration.pat.model.RecordKind;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Serialises the transactions that add deliveries of one record, so that "is a delivery of this
 * record already waiting or under way?" and the insert that follows are one step for every
 * thread and node: a push that finds none inserts its row already claimed (one commit instead
 * of an insert and a claim), and no other insert of the same record can slip in between
 * (two claimed rows of one record would mean two concurrent PTV writes of one item, or two
 * creates). A lock is held until the transaction ends.
 *
 * <p>A record's lock ({@link #lock}) also takes a lock shared by all records; a batch that adds
 * deliveries of many records at once (the daily sync) takes that one exclusively
 * ({@link #lockEveryRecord}) instead of one lock per record, which PostgreSQL's lock table
 * (64 per connection by default) could not hold for thousands of records.
 *
 * <ul>
 *   <li>PostgreSQL, which several nodes share: transaction-scoped advisory locks
 *       ({@code pg_advisory_xact_lock}) on a 64-bit hash of namespace and code; they write
 *       nothing and end with the transaction (a collision only makes two records wait for each other).</li>
 *   <li>H2 and any other database: locks in this JVM, one of {@value #STRIPES} by the same hash.
 *       The embedded H2 database belongs to one node, so the JVM is the whole of its writers. A row
 *       lock ({@code SELECT ... FOR UPDATE}) is not used: H2 writes a locked row into the
 *       transaction, which would rewrite the record's large row at every push's commit.</li>
 * </ul>
 */
final class RecordLocks {

    static final int STRIPES = 64;

    /** A held lock: closed once the transaction has committed or rolled back. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    private static final Held NOTHING_TO_RELEASE = () -> { };

    /** The advisory lock every record's lock shares and a batch takes alone. */
    static final long EVERY_RECORD = hash("delivery", "every record");

    /** Shared by every store in this JVM (tests run two "nodes" on one H2 database in one JVM). */
    private static final ReentrantLock[] STRIPE_LOCKS = new ReentrantLock[STRIPES];
    private static final ReentrantReadWriteLock EVERY_RECORD_IN_JVM = new ReentrantReadWriteLock();

    static {
        for (int i = 0; i < STRIPES; i++) {
            STRIPE_LOCKS[i] = new ReentrantLock();
        }
    }

    private volatile Boolean advisory;

    /** Locks one record for the rest of {@code connection}'s transaction (auto-commit must be off). */
    Held lock(Connection connection, RecordKind.Namespace namespace, String code) throws SQLException {
        long hash = hash(namespace.name(), code);
        if (usesAdvisoryLocks(connection)) {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock_shared(?), pg_advisory_xact_lock(?)")) {
                lock.setLong(1, EVERY_RECORD);
                lock.setLong(2, hash);
                lock.execute();
            }
            return NOTHING_TO_RELEASE;
        }
        Lock shared = EVERY_RECORD_IN_JVM.readLock();
        ReentrantLock stripe = STRIPE_LOCKS[(int) Math.floorMod(hash, (long) STRIPES)];
        shared.lock();
        stripe.lock();
        return () -> {
            stripe.unlock();
            shared.unlock();
        };
    }

    /** Locks every record for the rest of the transaction: no record's lock is held meanwhile. */
    Held lockEveryRecord(Connection connection) throws SQLException {
        if (usesAdvisoryLocks(connection)) {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, EVERY_RECORD);
                lock.execute();
            }
            return NOTHING_TO_RELEASE;
        }
        Lock exclusive = EVERY_RECORD_IN_JVM.writeLock();
        exclusive.lock();
        return exclusive::unlock;
    }

    /**
     * Row-lock waits in the rest of {@code connection}'s transaction (or until a rollback to a
     * savepoint taken before) give up after {@code millis}. PostgreSQL waits for ever by default
     * ({@code SET LOCAL lock_timeout}); H2 gives up after its own {@code LOCK_TIMEOUT} (2 s by
     * default), which is left as it is.
     */
    void limitRowLockWaits(Connection connection, int millis) throws SQLException {
        if (usesAdvisoryLocks(connection)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL lock_timeout = '" + millis + "ms'");
            }
        }
    }

    /** True on PostgreSQL, asked of the database once. */
    private boolean usesAdvisoryLocks(Connection connection) throws SQLException {
        Boolean known = advisory;
        if (known == null) {
            known = "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
            advisory = known;
        }
        return known;
    }

    /** FNV-1a, 64 bits, of "namespace:code": stable across nodes and versions (a lock key must be). */
    static long hash(String namespace, String code) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : (namespace + ":" + code).getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}

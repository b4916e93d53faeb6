package fi.ptvintegration.routes.store;

import fi.ptvintegration.pat.model.RecordKind;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises the transactions that add deliveries of one record, so that "is a delivery of this
 * record already waiting or under way?" and the insert that follows are one step for every
 * thread and node: a push that finds none inserts its row already claimed (one commit instead
 * of an insert and a claim), and no other insert of the same record can slip in between
 * (two claimed rows of one record would mean two concurrent PTV writes of one item, or two
 * creates). The lock is held until the transaction ends.
 *
 * <ul>
 *   <li>PostgreSQL, which several nodes share: a transaction-scoped advisory lock
 *       ({@code pg_advisory_xact_lock}) on a 64-bit hash of namespace and code; it writes nothing
 *       and ends with the transaction (a collision only makes two records wait for each other).</li>
 *   <li>H2 and any other database: a lock in this JVM, one of {@value #STRIPES} by the same hash.
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

    /** Shared by every store in this JVM (tests run two "nodes" on one H2 database in one JVM). */
    private static final ReentrantLock[] STRIPE_LOCKS = new ReentrantLock[STRIPES];

    static {
        for (int i = 0; i < STRIPES; i++) {
            STRIPE_LOCKS[i] = new ReentrantLock();
        }
    }

    private volatile Boolean advisory;

    /** Locks one record for the rest of {@code connection}'s transaction (auto-commit must be off). */
    Held lock(Connection connection, RecordKind.Namespace namespace, String code) throws SQLException {
        return lockAll(connection, List.of(new Key(namespace, code)));
    }

    /** A record to lock. */
    record Key(RecordKind.Namespace namespace, String code) {}

    /**
     * Locks several records for the rest of the transaction, always in the same order (by hash),
     * so two transactions locking overlapping sets cannot wait for each other in a circle.
     */
    Held lockAll(Connection connection, Collection<Key> keys) throws SQLException {
        TreeSet<Long> hashes = new TreeSet<>();
        for (Key key : keys) {
            hashes.add(hash(key.namespace(), key.code()));
        }
        if (usesAdvisoryLocks(connection)) {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                for (long hash : hashes) {
                    lock.setLong(1, hash);
                    lock.execute();
                }
            }
            return NOTHING_TO_RELEASE;
        }
        TreeSet<Integer> indexes = new TreeSet<>();
        for (long hash : hashes) {
            indexes.add((int) Math.floorMod(hash, (long) STRIPES));
        }
        List<ReentrantLock> held = new ArrayList<>();
        for (int index : indexes) {
            STRIPE_LOCKS[index].lock();
            held.add(STRIPE_LOCKS[index]);
        }
        return () -> {
            for (int i = held.size() - 1; i >= 0; i--) {
                held.get(i).unlock();
            }
        };
    }

    private boolean usesAdvisoryLocks(Connection connection) throws SQLException {
        Boolean known = advisory;
        if (known == null) {
            known = "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
            advisory = known;
        }
        return known;
    }

    /** FNV-1a, 64 bits, of "namespace:code": stable across nodes and versions (a lock key must be). */
    static long hash(RecordKind.Namespace namespace, String code) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : (namespace.name() + ":" + code).getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}

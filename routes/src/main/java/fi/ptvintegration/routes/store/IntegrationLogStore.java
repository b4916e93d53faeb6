package fi.ptvintegration.routes.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.routes.support.Secrets;
import fi.ptvintegration.routes.support.Texts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes and reads the integration log ({@code integration_log}): every call Drupal makes and
 * every call made to PTV, with correlation id, endpoint, code, outcome, status, timing and the
 * bodies, the outcome of each failed delivery attempt, and the actions of operations with who
 * made them.
 *
 * <p>Every call must leave its record, also when the input is hostile or the database is down:
 * each value is bounded to its column before it is written (a cut value ends in
 * {@code ...[cut]}), free text and bodies have their secrets removed ({@link SecretRedactor}),
 * and a record the database does not take goes whole to the server log as one JSON line marked
 * {@value #FALLBACK_MARKER}. When the database was unavailable (not when it refused the record),
 * the record is also held in memory and written once the database answers again: by the next
 * record written, or by {@link #writeHeld()}, which the outbox poller calls on every tick. At most
 * {@value #HELD_MAX_RECORDS} records or {@value #HELD_MAX_CHARS} characters are held; beyond
 * that the server-log line is the only copy, and says so.
 */
public class IntegrationLogStore {

    /** Starts the karaf.log line of a record the database could not take. */
    public static final String FALLBACK_MARKER = "INTEGRATION-LOG-RECORD";
    /** Most records held for the database during an outage. */
    static final int HELD_MAX_RECORDS = 10_000;
    /** Most characters (bodies and error) held for the database during an outage: about 64 MB. */
    static final long HELD_MAX_CHARS = 32_000_000L;

    private static final Logger LOG = LoggerFactory.getLogger(IntegrationLogStore.class);
    private static final ObjectMapper JSON = PatJson.mapper();
    /** Longest error kept; the first lines say what went wrong. */
    static final int MAX_ERROR_CHARS = 8_000;

    private final DataSource dataSource;
    private final Deque<IntegrationLogEntry> held = new ArrayDeque<>();
    private long heldChars;
    private final ReentrantLock writingHeld = new ReentrantLock();

    public IntegrationLogStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Writes the record, bounded to its columns and with secrets removed. Never throws: a record
     * the database does not take is written whole to the server log, and held for the database when
     * it was unavailable.
     *
     * @return true when the database has it, false when it went to the server log (and maybe the held records)
     */
    public boolean append(IntegrationLogEntry entry) {
        IntegrationLogEntry bounded = bounded(entry);
        try {
            insert(bounded);
        } catch (SQLException e) {
            String cause = e.getSQLState() + ": " + Secrets.redactText(Texts.firstLine(e.getMessage(), 300));
            if (DatabaseFailures.refused(e)) {
                LOG.error("{} refused by the database ({}), this line is the record: {}", FALLBACK_MARKER, cause, json(bounded));
            } else if (hold(bounded)) {
                LOG.warn("{} held until the database answers again ({}): {}", FALLBACK_MARKER, cause, json(bounded));
            } else {
                LOG.error("{} not held, the held records are full ({}), this line is the record: {}", FALLBACK_MARKER, cause,
                        json(bounded));
            }
            return false;
        }
        if (heldCount() > 0) {
            writeHeld();
        }
        return true;
    }

    /**
     * Writes the record inside the caller's transaction (the intake's store), bounded and with
     * secrets removed like {@link #append}, so that the call and its record are committed together.
     * A record the database refuses is rolled back to a savepoint and written whole to the server
     * log, and the caller's work still commits; when the database is unavailable the caller's
     * transaction fails with it, and the caller's refusal is logged by {@link #append}.
     *
     * @return true when the record is in the transaction, false when it went to the server log
     */
    public boolean appendWithin(Connection connection, IntegrationLogEntry entry) throws SQLException {
        IntegrationLogEntry bounded = bounded(entry);
        Savepoint beforeRecord = connection.setSavepoint();
        try {
            insert(connection, bounded);
            connection.releaseSavepoint(beforeRecord);
            return true;
        } catch (SQLException e) {
            if (!DatabaseFailures.refused(e)) {
                throw e;
            }
            connection.rollback(beforeRecord);
            LOG.error("{} refused by the database ({}: {}), this line is the record: {}", FALLBACK_MARKER, e.getSQLState(),
                    Secrets.redactText(Texts.firstLine(e.getMessage(), 300)), json(bounded));
            return false;
        }
    }

    /**
     * Writes the records held during an outage, oldest first, if the database takes them now;
     * stops at the first that it cannot take because it is still unavailable. One caller at a time;
     * others return at once.
     *
     * @return how many were written now
     */
    public int writeHeld() {
        if (!writingHeld.tryLock()) {
            return 0;
        }
        int written = 0;
        try {
            IntegrationLogEntry next;
            while ((next = peekHeld()) != null) {
                try {
                    insert(next);
                    written++;
                } catch (SQLException e) {
                    if (!DatabaseFailures.refused(e)) {
                        break;
                    }
                    LOG.error("{} held record refused by the database ({}: {}); its karaf.log line stays the record", FALLBACK_MARKER,
                            e.getSQLState(), Secrets.redactText(Texts.firstLine(e.getMessage(), 300)));
                }
                removeHeld(next);
            }
        } finally {
            writingHeld.unlock();
        }
        if (written > 0) {
            LOG.info("{} integration-log records held while the database was unavailable are written to it now ({} still held)",
                    written, heldCount());
        }
        return written;
    }

    /** How many records wait in memory for the database. */
    public synchronized int heldCount() {
        return held.size();
    }

    private synchronized boolean hold(IntegrationLogEntry entry) {
        long chars = chars(entry);
        if (held.size() >= HELD_MAX_RECORDS || heldChars + chars > HELD_MAX_CHARS) {
            return false;
        }
        held.addLast(entry);
        heldChars += chars;
        return true;
    }

    private synchronized IntegrationLogEntry peekHeld() {
        return held.peekFirst();
    }

    private synchronized void removeHeld(IntegrationLogEntry entry) {
        if (held.peekFirst() == entry) {
            held.removeFirst();
            heldChars -= chars(entry);
        }
    }

    private static long chars(IntegrationLogEntry e) {
        return 512L + length(e.requestBody()) + length(e.responseBody()) + length(e.error());
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }

    private void insert(IntegrationLogEntry bounded) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            insert(connection, bounded);
        }
    }

    private static void insert(Connection connection, IntegrationLogEntry bounded) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO integration_log (correlation_id, logged_at, direction, endpoint, method, entity_kind,"
                                + " code, ptv_id, outcome, http_status, duration_ms, attempt, error, request_body, response_body,"
                                + " actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, bounded.correlationId());
            insert.setObject(2, bounded.loggedAt());
            insert.setString(3, bounded.direction());
            insert.setString(4, bounded.endpoint());
            insert.setString(5, bounded.method());
            insert.setString(6, bounded.entityKind());
            insert.setString(7, bounded.code());
            insert.setString(8, bounded.ptvId());
            insert.setString(9, bounded.outcome());
            setNullable(insert, 10, bounded.httpStatus());
            if (bounded.durationMillis() == null) {
                insert.setNull(11, Types.BIGINT);
            } else {
                insert.setLong(11, bounded.durationMillis());
            }
            setNullable(insert, 12, bounded.attempt());
            insert.setString(13, bounded.error());
            insert.setString(14, bounded.requestBody());
            insert.setString(15, bounded.responseBody());
            insert.setString(16, bounded.actor());
            insert.executeUpdate();
        }
    }

    /**
     * The entry as it fits the table: every value within its column, secrets removed, NUL characters
     * (which PostgreSQL refuses in text) written out.
     */
    static IntegrationLogEntry bounded(IntegrationLogEntry e) {
        return new IntegrationLogEntry(
                fit(e.correlationId() == null ? "none" : e.correlationId(), 64),
                e.loggedAt(),
                fit(e.direction(), 8),
                fit(e.endpoint() == null ? "unknown" : e.endpoint(), 200),
                fit(e.method(), 10),
                fit(e.entityKind(), 20),
                fit(e.code(), 100),
                fit(e.ptvId(), 36),
                fit(e.outcome() == null ? "unknown" : e.outcome(), 40),
                e.httpStatus(),
                e.durationMillis(),
                e.attempt(),
                fit(Secrets.redactText(e.error()), MAX_ERROR_CHARS),
                SecretRedactor.redact(Texts.withoutNul(e.requestBody())),
                SecretRedactor.redact(Texts.withoutNul(e.responseBody())),
                fit(e.actor(), 100));
    }

    private static String fit(String value, int max) {
        return Texts.truncate(Texts.withoutNul(value), max);
    }

    private static String json(IntegrationLogEntry entry) {
        try {
            return JSON.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            return String.valueOf(entry);
        }
    }

    /** The entries of one correlation id, oldest first. */
    public List<IntegrationLogEntry> byCorrelationId(String correlationId) throws SQLException {
        return query("WHERE correlation_id = ? ORDER BY id", correlationId);
    }

    /** The newest entries about one code, newest first. */
    public List<IntegrationLogEntry> byCode(String code, int limit) throws SQLException {
        return query("WHERE code = ? ORDER BY id DESC FETCH FIRST " + Math.max(1, Math.min(limit, 1000)) + " ROWS ONLY", code);
    }

    /** Deletes the entries logged before the cutoff; returns how many. */
    public int deleteOlderThan(OffsetDateTime cutoff) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM integration_log WHERE logged_at < ?")) {
            delete.setObject(1, cutoff);
            return delete.executeUpdate();
        }
    }

    /** The entries matching every given field of the query, newest first. */
    public List<IntegrationLogEntry> find(IntegrationLogQuery query) throws SQLException {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        List<Object> values = new java.util.ArrayList<>();
        if (query.code() != null) {
            where.append(" AND code = ?");
            values.add(query.code());
        }
        if (query.correlationId() != null) {
            where.append(" AND correlation_id = ?");
            values.add(query.correlationId());
        }
        if (query.outcome() != null) {
            where.append(" AND outcome = ?");
            values.add(query.outcome());
        }
        if (query.direction() != null) {
            where.append(" AND direction = ?");
            values.add(query.direction());
        }
        if (query.from() != null) {
            where.append(" AND logged_at >= ?");
            values.add(query.from());
        }
        if (query.to() != null) {
            where.append(" AND logged_at < ?");
            values.add(query.to());
        }
        return select(where + " ORDER BY id DESC FETCH FIRST " + query.limit() + " ROWS ONLY", values);
    }

    private List<IntegrationLogEntry> query(String where, String value) throws SQLException {
        return select(where, List.of(value));
    }

    private List<IntegrationLogEntry> select(String where, List<Object> values) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT correlation_id, logged_at, direction, endpoint, method, entity_kind, code, ptv_id, outcome,"
                                + " http_status, duration_ms, attempt, error, request_body, response_body, actor FROM integration_log "
                                + where)) {
            for (int i = 0; i < values.size(); i++) {
                select.setObject(i + 1, values.get(i));
            }
            List<IntegrationLogEntry> entries = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    entries.add(new IntegrationLogEntry(
                            row.getString(1),
                            row.getObject(2, OffsetDateTime.class),
                            row.getString(3),
                            row.getString(4),
                            row.getString(5),
                            row.getString(6),
                            row.getString(7),
                            row.getString(8),
                            row.getString(9),
                            (Integer) row.getObject(10, Integer.class),
                            (Long) row.getObject(11, Long.class),
                            (Integer) row.getObject(12, Integer.class),
                            row.getString(13),
                            row.getString(14),
                            row.getString(15),
                            row.getString(16)));
                }
            }
            return entries;
        }
    }

    private static void setNullable(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }
}

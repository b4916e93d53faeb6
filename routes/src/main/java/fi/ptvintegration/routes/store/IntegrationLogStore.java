package fi.ptvintegration.routes.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes and reads the integration log ({@code integration_log}): every call Drupal makes and
 * every call made to PTV, with correlation id, endpoint, code, outcome, status, timing and the
 * bodies (secrets removed by the caller, see {@code SecretRedactor}).
 */
public class IntegrationLogStore {

    private final DataSource dataSource;

    public IntegrationLogStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void append(IntegrationLogEntry entry) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO integration_log (correlation_id, logged_at, direction, endpoint, method, entity_kind,"
                                + " code, ptv_id, outcome, http_status, duration_ms, attempt, error, request_body, response_body)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, entry.correlationId());
            insert.setObject(2, entry.loggedAt());
            insert.setString(3, entry.direction());
            insert.setString(4, entry.endpoint());
            insert.setString(5, entry.method());
            insert.setString(6, entry.entityKind());
            insert.setString(7, truncate(entry.code(), 100));
            insert.setString(8, entry.ptvId());
            insert.setString(9, entry.outcome());
            setNullable(insert, 10, entry.httpStatus());
            if (entry.durationMillis() == null) {
                insert.setNull(11, Types.BIGINT);
            } else {
                insert.setLong(11, entry.durationMillis());
            }
            setNullable(insert, 12, entry.attempt());
            insert.setString(13, entry.error());
            insert.setString(14, entry.requestBody());
            insert.setString(15, entry.responseBody());
            insert.executeUpdate();
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
                                + " http_status, duration_ms, attempt, error, request_body, response_body FROM integration_log "
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
                            row.getString(15)));
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

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}

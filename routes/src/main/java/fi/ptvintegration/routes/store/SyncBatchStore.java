package fi.ptvintegration.routes.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The runs of the daily sync ({@code sync_batch}). Starting one is an insert that the database
 * refuses (unique indexes) while another run is going or when a run of the same scheduled slot
 * was already started, by this node or another sharing the database.
 */
public class SyncBatchStore {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = "id, started_at, finished_at, state, phase, started_by, slot, planned, plan, error";

    private final DataSource dataSource;
    private final Clock clock;

    public SyncBatchStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Records a new running batch; empty when a batch is running already or one of the same
     * slot was started (by this node or another).
     */
    public Optional<SyncBatch> start(String id, String startedBy, String slot, int planned, String plan) throws SQLException {
        OffsetDateTime now = now();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sync_batch (" + COLUMNS + ", running_guard)"
                        + " VALUES (?, ?, NULL, 'RUNNING', NULL, ?, ?, ?, ?, NULL, 'RUNNING')")) {
                    insert.setString(1, id);
                    insert.setObject(2, now);
                    insert.setString(3, startedBy);
                    if (slot == null) {
                        insert.setNull(4, Types.VARCHAR);
                    } else {
                        insert.setString(4, slot);
                    }
                    insert.setInt(5, planned);
                    insert.setString(6, plan);
                    insert.executeUpdate();
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return Optional.empty();
                }
                throw e;
            }
        }
        return find(id);
    }

    public void phase(String id, String phase) throws SQLException {
        execute("UPDATE sync_batch SET phase = ? WHERE id = ?", phase, id);
    }

    /** The batch ended: FINISHED, or FAILED with why it broke off. */
    public void finish(String id, String state, String error) throws SQLException {
        execute("UPDATE sync_batch SET state = ?, finished_at = ?, phase = NULL, error = ?, running_guard = NULL WHERE id = ?",
                state, now(),
                error == null ? null : error.length() > 2000 ? error.substring(0, 1997) + "..." : error, id);
    }

    /**
     * At the start of the only node: a batch still RUNNING was cut off by a stop or crash (its
     * deliveries carry on in the outbox); it is marked FAILED. Returns how many.
     */
    public int abandonRunning(String why) throws SQLException {
        return execute("UPDATE sync_batch SET state = 'FAILED', finished_at = ?, phase = NULL, error = ?, running_guard = NULL"
                + " WHERE state = 'RUNNING'",
                now(), why);
    }

    public Optional<SyncBatch> find(String id) throws SQLException {
        List<SyncBatch> found = query("WHERE id = ?", 1, id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The newest batches first. */
    public List<SyncBatch> recent(int limit) throws SQLException {
        return query("ORDER BY started_at DESC", limit);
    }

    /** The newest batch that started by the schedule, if any. */
    public Optional<SyncBatch> lastScheduled() throws SQLException {
        List<SyncBatch> found = query("WHERE slot IS NOT NULL ORDER BY started_at DESC", 1);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private List<SyncBatch> query(String clause, int limit, Object... values) throws SQLException {
        List<SyncBatch> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM sync_batch " + clause + " FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")) {
            for (int i = 0; i < values.length; i++) {
                select.setObject(i + 1, values[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    found.add(new SyncBatch(row.getString(1), row.getObject(2, OffsetDateTime.class),
                            row.getObject(3, OffsetDateTime.class), row.getString(4), row.getString(5), row.getString(6),
                            row.getString(7), row.getInt(8), row.getString(9), row.getString(10)));
                }
            }
        }
        return found;
    }

    private int execute(String sql, Object... values) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
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
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}

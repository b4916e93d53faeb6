package fi.ptvintegration.routes.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.RecordKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Drift found in PTV ({@code ptv_drift}): one standing (unresolved) entry per item at most, kept
 * with its field changes; resolved entries stay as history until retention deletes them.
 */
public class DriftStore {

    private static final String COLUMNS = "id, namespace, code, kind, ptv_id, detected_at, detected_by, ptv_modified, changes, outcome,"
            + " resolved_at";
    private static final TypeReference<List<Drift.Change>> CHANGES = new TypeReference<>() {};

    private final DataSource dataSource;
    private final Clock clock;

    public DriftStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Records drift of an item: replaces the item's standing entry (the newest changes win), or
     * adds one; a resolved outcome ({@code overwritten}) is recorded as resolved now. Returns its id.
     */
    public long record(RecordKind kind, String code, String ptvId, String detectedBy, OffsetDateTime ptvModified,
            List<Drift.Change> changes, String outcome) throws SQLException {
        OffsetDateTime now = now();
        OffsetDateTime resolved = Drift.OVERWRITTEN.equals(outcome) ? now : null;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long id;
                Optional<Long> standing = standingId(connection, kind.namespace(), code);
                if (standing.isPresent()) {
                    try (PreparedStatement update = connection.prepareStatement("UPDATE ptv_drift SET kind = ?, ptv_id = ?,"
                            + " detected_at = ?, detected_by = ?, ptv_modified = ?, changes = ?, outcome = ?, resolved_at = ? WHERE id = ?")) {
                        update.setString(1, kind.jsonName());
                        update.setString(2, ptvId);
                        update.setObject(3, now);
                        update.setString(4, detectedBy);
                        update.setObject(5, ptvModified);
                        update.setString(6, json(changes));
                        update.setString(7, outcome);
                        update.setObject(8, resolved);
                        update.setLong(9, standing.get());
                        update.executeUpdate();
                    }
                    id = standing.get();
                } else {
                    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ptv_drift (namespace, code, kind, ptv_id,"
                            + " detected_at, detected_by, ptv_modified, changes, outcome, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            Statement.RETURN_GENERATED_KEYS)) {
                        insert.setString(1, kind.namespace().name());
                        insert.setString(2, code);
                        insert.setString(3, kind.jsonName());
                        insert.setString(4, ptvId);
                        insert.setObject(5, now);
                        insert.setString(6, detectedBy);
                        insert.setObject(7, ptvModified);
                        insert.setString(8, json(changes));
                        insert.setString(9, outcome);
                        insert.setObject(10, resolved);
                        insert.executeUpdate();
                        try (ResultSet keys = insert.getGeneratedKeys()) {
                            keys.next();
                            id = keys.getLong(1);
                        }
                    }
                }
                connection.commit();
                return id;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** Resolves the item's standing drift, if any, with the given outcome; returns whether there was one. */
    public boolean resolve(RecordKind.Namespace namespace, String code, String outcome) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return resolve(connection, namespace, code, outcome);
        }
    }

    /** {@link #resolve(RecordKind.Namespace, String, String)} in the caller's transaction. */
    public boolean resolve(Connection connection, RecordKind.Namespace namespace, String code, String outcome) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE ptv_drift SET resolved_at = ?, outcome = ? WHERE namespace = ? AND code = ? AND resolved_at IS NULL")) {
            update.setObject(1, now());
            update.setString(2, outcome);
            update.setString(3, namespace.name());
            update.setString(4, code);
            return update.executeUpdate() > 0;
        }
    }

    public Optional<Drift> find(long id) throws SQLException {
        List<Drift> found = select("WHERE id = ?", List.of(id), 1);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The item's standing drift, if any. */
    public Optional<Drift> standing(RecordKind.Namespace namespace, String code) throws SQLException {
        List<Drift> found = select("WHERE namespace = ? AND code = ? AND resolved_at IS NULL", List.of(namespace.name(), code), 1);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * Drift entries, newest first: standing ones only, or with the resolved history too.
     *
     * @param code only this code, or null for every item
     */
    public List<Drift> list(boolean withResolved, String code, int limit) throws SQLException {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        List<Object> values = new ArrayList<>();
        if (!withResolved) {
            where.append(" AND resolved_at IS NULL");
        }
        if (code != null) {
            where.append(" AND code = ?");
            values.add(code);
        }
        return select(where + " ORDER BY detected_at DESC, id DESC", values, limit);
    }

    /** Deletes resolved entries resolved before the cutoff; returns how many. */
    public int deleteResolvedBefore(OffsetDateTime cutoff) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM ptv_drift WHERE resolved_at < ?")) {
            delete.setObject(1, cutoff);
            return delete.executeUpdate();
        }
    }

    private static Optional<Long> standingId(Connection connection, RecordKind.Namespace namespace, String code) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM ptv_drift WHERE namespace = ? AND code = ? AND resolved_at IS NULL FOR UPDATE")) {
            select.setString(1, namespace.name());
            select.setString(2, code);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        }
    }

    private List<Drift> select(String where, List<Object> values, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM ptv_drift " + where
                        + " FETCH FIRST " + Math.max(1, Math.min(limit, 1000)) + " ROWS ONLY")) {
            for (int i = 0; i < values.size(); i++) {
                select.setObject(i + 1, values.get(i));
            }
            List<Drift> drift = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    drift.add(new Drift(row.getLong("id"), row.getString("namespace"), row.getString("code"), row.getString("kind"),
                            row.getString("ptv_id"), row.getObject("detected_at", OffsetDateTime.class), row.getString("detected_by"),
                            row.getObject("ptv_modified", OffsetDateTime.class), parse(row.getString("changes")),
                            row.getString("outcome"), row.getObject("resolved_at", OffsetDateTime.class)));
                }
            }
            return drift;
        }
    }

    private static String json(List<Drift.Change> changes) throws SQLException {
        try {
            return PatJson.mapper().writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new SQLException("drift changes could not be written as JSON", e);
        }
    }

    private static List<Drift.Change> parse(String changes) throws SQLException {
        try {
            return PatJson.mapper().readValue(changes, CHANGES);
        } catch (JsonProcessingException e) {
            throw new SQLException("ptv_drift.changes is not the JSON this system wrote", e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}

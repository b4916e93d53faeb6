package fi.ptvintegration.routes.store;

import fi.ptvintegration.pat.model.RecordKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import fi.ptvintegration.pat.model.PatJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The links from PAT codes to PTV items ({@code ptv_item}): written after each successful push
 * and by adoption, with what PTV held when this system last wrote or read the item; archiving
 * and restoring mark them, and a service's connection push records what PTV confirmed
 * ({@link PtvLink}).
 */
public class PtvItemStore {

    private static final String COLUMNS = "code, source_id, ptv_id, publishing_status, sent_version, sent_hash, sent_at, origin,"
            + " held_modified, held_hash, held_fields, held_at";
    private static final TypeReference<TreeMap<String, String>> FIELDS = new TypeReference<>() {};

    private final DataSource dataSource;

    public PtvItemStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<PtvItem> find(RecordKind.Namespace namespace, String code) throws SQLException {
        List<PtvItem> found = select("WHERE namespace = ? AND code = ?", namespace.name(), code);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The link of a PTV id, with its namespace, if some code is linked to it. */
    public Optional<Linked> findByPtvId(String ptvId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT namespace, " + COLUMNS + " FROM ptv_item WHERE ptv_id = ?")) {
            select.setString(1, ptvId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Linked(RecordKind.Namespace.valueOf(row.getString(1)), read(row))) : Optional.empty();
            }
        }
    }

    /** A link with the namespace of its code. */
    public record Linked(RecordKind.Namespace namespace, PtvItem item) {}

    /** The links of a namespace whose item this system has not archived, by code: what PTV still publishes. */
    public List<PtvItem> linkedNotArchived(RecordKind.Namespace namespace) throws SQLException {
        return select("WHERE namespace = ? AND archived_at IS NULL ORDER BY code", namespace.name());
    }

    /** Every link of a namespace, by code. */
    public List<PtvItem> linked(RecordKind.Namespace namespace) throws SQLException {
        return select("WHERE namespace = ? ORDER BY code", namespace.name());
    }

    /** Records what PTV now holds for the code after a push, replacing what was recorded before; the origin stays. */
    public void save(RecordKind.Namespace namespace, PtvItem item) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                save(connection, namespace, item);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** {@link #save(RecordKind.Namespace, PtvItem)} in the caller's transaction. */
    public void save(Connection connection, RecordKind.Namespace namespace, PtvItem item) throws SQLException {
        int updated;
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE ptv_item SET source_id = ?, ptv_id = ?, publishing_status = ?, sent_version = ?, sent_hash = ?,"
                        + " sent_at = ?, held_modified = ?, held_hash = ?, held_fields = ?, held_at = ?"
                        + " WHERE namespace = ? AND code = ?")) {
            int next = bind(update, item, 1);
            update.setString(next, namespace.name());
            update.setString(next + 1, item.code());
            updated = update.executeUpdate();
        }
        if (updated == 0) {
            insert(connection, namespace, item);
        }
    }

    private static final String LINK_COLUMNS = "namespace, code, source_id, ptv_id, publishing_status, sent_version, sent_hash,"
            + " sent_at, archived_at, connections_hash";

    /** The record's link with its archiving and connections, or empty when it was never in PTV. */
    public Optional<PtvLink> link(RecordKind.Namespace namespace, String code) throws SQLException {
        java.util.List<PtvLink> found = links("WHERE namespace = ? AND code = ?", namespace.name(), code);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every link, by namespace and code. */
    public java.util.List<PtvLink> links() throws SQLException {
        return links("ORDER BY namespace, code");
    }

    /** The item is archived in PTV: its status as PTV answered and when. */
    public void archived(RecordKind.Namespace namespace, String code, String publishingStatus, OffsetDateTime at) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            archived(connection, namespace, code, publishingStatus, at);
        }
    }

    /** {@link #archived(RecordKind.Namespace, String, String, OffsetDateTime)} in the caller's transaction. */
    public void archived(Connection connection, RecordKind.Namespace namespace, String code, String publishingStatus, OffsetDateTime at)
            throws SQLException {
        execute(connection, "UPDATE ptv_item SET publishing_status = ?, archived_at = ? WHERE namespace = ? AND code = ?",
                publishingStatus, at, namespace.name(), code);
    }

    /** The archived item is published again (its content is recorded by {@link #save} as for any push). */
    public void unarchived(RecordKind.Namespace namespace, String code) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            unarchived(connection, namespace, code);
        }
    }

    /** {@link #unarchived(RecordKind.Namespace, String)} in the caller's transaction. */
    public void unarchived(Connection connection, RecordKind.Namespace namespace, String code) throws SQLException {
        execute(connection, "UPDATE ptv_item SET archived_at = NULL WHERE namespace = ? AND code = ?", namespace.name(), code);
    }

    /** What PTV confirmed holding as the service's connections, as {@code delivery.ConnectionSet} hashes it. */
    public void connectionsConfirmed(String serviceCode, String connectionsHash) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connectionsConfirmed(connection, serviceCode, connectionsHash);
        }
    }

    /** {@link #connectionsConfirmed(String, String)} in the caller's transaction. */
    public void connectionsConfirmed(Connection connection, String serviceCode, String connectionsHash) throws SQLException {
        execute(connection, "UPDATE ptv_item SET connections_hash = ? WHERE namespace = ? AND code = ?", connectionsHash,
                RecordKind.Namespace.SERVICE.name(), serviceCode);
    }

    private java.util.List<PtvLink> links(String clause, Object... values) throws SQLException {
        java.util.List<PtvLink> found = new java.util.ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT " + LINK_COLUMNS + " FROM ptv_item " + clause)) {
            for (int i = 0; i < values.length; i++) {
                select.setObject(i + 1, values[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String connections = row.getString(10);
                    String sentHash = row.getString(7);
                    found.add(new PtvLink(RecordKind.Namespace.valueOf(row.getString(1)), row.getString(2), row.getString(3),
                            row.getString(4), row.getString(5), (Integer) row.getObject(6), sentHash == null ? null : sentHash.strip(),
                            row.getObject(8, OffsetDateTime.class), row.getObject(9, OffsetDateTime.class),
                            connections == null ? null : connections.strip()));
                }
            }
        }
        return found;
    }

    private static int execute(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    statement.setNull(i + 1, java.sql.Types.NULL);
                } else {
                    statement.setObject(i + 1, values[i]);
                }
            }
            return statement.executeUpdate();
        }
    }

    /**
     * Links a code to an item that already exists in PTV (adoption): nothing sent yet, PTV's copy
     * as read. Fails with SQLState 23505 when the code or the PTV id is linked already.
     */
    public void adopt(RecordKind.Namespace namespace, PtvItem item) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            insert(connection, namespace, item);
        }
    }

    private static void insert(Connection connection, RecordKind.Namespace namespace, PtvItem item) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO ptv_item (source_id, ptv_id, publishing_status, sent_version, sent_hash, sent_at, held_modified,"
                        + " held_hash, held_fields, held_at, namespace, code, origin, linked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int next = bind(insert, item, 1);
            insert.setString(next, namespace.name());
            insert.setString(next + 1, item.code());
            insert.setString(next + 2, item.origin());
            insert.setObject(next + 3, item.sentAt() != null ? item.sentAt() : item.held() != null ? item.held().at() : null);
            insert.executeUpdate();
        }
    }

    /** Binds the link's values from {@code first} on; returns the next free index. */
    private static int bind(PreparedStatement statement, PtvItem item, int first) throws SQLException {
        statement.setString(first, item.sourceId());
        statement.setString(first + 1, item.ptvId());
        statement.setString(first + 2, item.publishingStatus());
        if (item.sentVersion() == null) {
            statement.setNull(first + 3, Types.INTEGER);
        } else {
            statement.setInt(first + 3, item.sentVersion());
        }
        statement.setString(first + 4, item.sentHash());
        statement.setObject(first + 5, item.sentAt());
        PtvItem.Held held = item.held();
        statement.setObject(first + 6, held == null ? null : held.modified());
        statement.setString(first + 7, held == null ? null : held.hash());
        statement.setString(first + 8, held == null ? null : json(held.fields()));
        statement.setObject(first + 9, held == null ? null : held.at());
        return first + 10;
    }

    private List<PtvItem> select(String where, String... values) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM ptv_item " + where)) {
            for (int i = 0; i < values.length; i++) {
                select.setString(i + 1, values[i]);
            }
            List<PtvItem> items = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    items.add(read(row));
                }
            }
            return items;
        }
    }

    private static PtvItem read(ResultSet row) throws SQLException {
        String fields = row.getString("held_fields");
        String hash = row.getString("held_hash");
        PtvItem.Held held = fields == null || hash == null ? null : new PtvItem.Held(row.getObject("held_modified", OffsetDateTime.class),
                hash.strip(), parse(fields), row.getObject("held_at", OffsetDateTime.class));
        String sentHash = row.getString("sent_hash");
        return new PtvItem(row.getString("code"), row.getString("source_id"), row.getString("ptv_id"),
                row.getString("publishing_status"), (Integer) row.getObject("sent_version", Integer.class),
                sentHash == null ? null : sentHash.strip(), row.getObject("sent_at", OffsetDateTime.class), row.getString("origin"),
                held);
    }

    private static String json(SortedMap<String, String> fields) throws SQLException {
        try {
            return PatJson.mapper().writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new SQLException("the fields PTV held could not be written as JSON", e);
        }
    }

    private static TreeMap<String, String> parse(String fields) throws SQLException {
        try {
            return PatJson.mapper().readValue(fields, FIELDS);
        } catch (JsonProcessingException e) {
            throw new SQLException("held_fields of ptv_item is not the JSON this system wrote", e);
        }
    }
}

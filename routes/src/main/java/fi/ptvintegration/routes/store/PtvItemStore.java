package fi.ptvintegration.routes.store;

import fi.ptvintegration.pat.model.RecordKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The map from PAT code to what PTV holds ({@code ptv_item}), written after each successful
 * push; archiving and restoring mark it, and a service's connection push records what PTV
 * confirmed ({@link PtvLink}).
 */
public class PtvItemStore {

    private final DataSource dataSource;

    public PtvItemStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<PtvItem> find(RecordKind.Namespace namespace, String code) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT code, source_id, ptv_id, publishing_status, sent_version, sent_hash, sent_at FROM ptv_item"
                                + " WHERE namespace = ? AND code = ?")) {
            select.setString(1, namespace.name());
            select.setString(2, code);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new PtvItem(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getInt(5), row.getString(6).strip(), row.getObject(7, OffsetDateTime.class)));
            }
        }
    }

    /** Records what PTV now holds for the code, replacing what was recorded before. */
    public void save(RecordKind.Namespace namespace, PtvItem item) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int updated;
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE ptv_item SET source_id = ?, ptv_id = ?, publishing_status = ?, sent_version = ?, sent_hash = ?,"
                                + " sent_at = ? WHERE namespace = ? AND code = ?")) {
                    bind(update, item, 1);
                    update.setString(7, namespace.name());
                    update.setString(8, item.code());
                    updated = update.executeUpdate();
                }
                if (updated == 0) {
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO ptv_item (source_id, ptv_id, publishing_status, sent_version, sent_hash, sent_at,"
                                    + " namespace, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                        bind(insert, item, 1);
                        insert.setString(7, namespace.name());
                        insert.setString(8, item.code());
                        insert.executeUpdate();
                    }
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
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
        execute("UPDATE ptv_item SET publishing_status = ?, archived_at = ? WHERE namespace = ? AND code = ?",
                publishingStatus, at, namespace.name(), code);
    }

    /** The archived item is published again (its content is recorded by {@link #save} as for any push). */
    public void unarchived(RecordKind.Namespace namespace, String code) throws SQLException {
        execute("UPDATE ptv_item SET archived_at = NULL WHERE namespace = ? AND code = ?", namespace.name(), code);
    }

    /** What PTV confirmed holding as the service's connections, as {@code delivery.ConnectionSet} hashes it. */
    public void connectionsConfirmed(String serviceCode, String connectionsHash) throws SQLException {
        execute("UPDATE ptv_item SET connections_hash = ? WHERE namespace = ? AND code = ?", connectionsHash,
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
                    found.add(new PtvLink(RecordKind.Namespace.valueOf(row.getString(1)), row.getString(2), row.getString(3),
                            row.getString(4), row.getString(5), row.getInt(6), row.getString(7).strip(),
                            row.getObject(8, OffsetDateTime.class), row.getObject(9, OffsetDateTime.class),
                            connections == null ? null : connections.strip()));
                }
            }
        }
        return found;
    }

    private int execute(String sql, Object... values) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
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

    private static void bind(PreparedStatement statement, PtvItem item, int first) throws SQLException {
        statement.setString(first, item.sourceId());
        statement.setString(first + 1, item.ptvId());
        statement.setString(first + 2, item.publishingStatus());
        statement.setInt(first + 3, item.sentVersion());
        statement.setString(first + 4, item.sentHash());
        statement.setObject(first + 5, item.sentAt());
    }
}

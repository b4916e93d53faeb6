package fi.ptvintegration.routes.store;

import fi.ptvintegration.pat.model.RecordKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import javax.sql.DataSource;

/** The map from PAT code to what PTV holds ({@code ptv_item}), written after each successful push. */
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

    private static void bind(PreparedStatement statement, PtvItem item, int first) throws SQLException {
        statement.setString(first, item.sourceId());
        statement.setString(first + 1, item.ptvId());
        statement.setString(first + 2, item.publishingStatus());
        statement.setInt(first + 3, item.sentVersion());
        statement.setString(first + 4, item.sentHash());
        statement.setObject(first + 5, item.sentAt());
    }
}

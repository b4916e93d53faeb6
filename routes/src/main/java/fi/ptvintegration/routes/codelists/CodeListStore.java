package fi.ptvintegration.routes.codelists;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.ptvintegration.ptv.codelists.CodeListEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The code lists in the database (tables {@code code_list} and {@code code_list_entry}, Flyway
 * V6): read whole at start and after each refresh, replaced whole in one transaction, never
 * partly. H2 and PostgreSQL alike.
 */
public class CodeListStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> NAMES = new TypeReference<>() {};
    private static final TypeReference<List<String>> PARENTS = new TypeReference<>() {};
    private static final int BATCH = 500;

    private final DataSource dataSource;

    public CodeListStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every list that has a row, by name. */
    public Map<String, CodeListState> states() throws SQLException {
        Map<String, CodeListState> states = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT name, source, entry_count, content_hash, loaded_at,"
                        + " refreshed_at, attempted_at, last_error FROM code_list ORDER BY name");
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                states.put(row.getString(1), new CodeListState(row.getString(1), row.getString(2), row.getInt(3),
                        row.getString(4), row.getObject(5, OffsetDateTime.class), row.getObject(6, OffsetDateTime.class),
                        row.getObject(7, OffsetDateTime.class), row.getString(8)));
            }
        }
        return states;
    }

    public List<CodeListEntry> entries(String list) throws SQLException {
        List<CodeListEntry> entries = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT code, uri, valid, names, parents FROM code_list_entry WHERE list_name = ? ORDER BY position")) {
            select.setString(1, list);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    entries.add(new CodeListEntry(row.getString(1), row.getString(2), JSON.readValue(row.getString(4), NAMES),
                            JSON.readValue(row.getString(5), PARENTS), row.getBoolean(3)));
                }
            }
        } catch (JsonProcessingException e) {
            throw new SQLException("code list " + list + " holds an entry that is not JSON: " + e.getOriginalMessage(), e);
        }
        return entries;
    }

    /**
     * Replaces a list with the entries PTV (or the shipped files) gave, unless they are the same
     * as stored; either way the refresh counts as successful.
     *
     * @return true when the entries changed
     */
    public boolean replace(String list, List<CodeListEntry> entries, String source, OffsetDateTime at) throws SQLException {
        String hash = hash(entries);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Optional<String> stored = storedHash(connection, list, true);
                boolean changed = stored.isEmpty() || !hash.equals(stored.get());
                if (changed) {
                    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM code_list_entry WHERE list_name = ?")) {
                        delete.setString(1, list);
                        delete.executeUpdate();
                    }
                    insertEntries(connection, list, entries);
                }
                boolean fromPtv = !"seed".equals(source);
                try (PreparedStatement update = connection.prepareStatement("UPDATE code_list SET source = ?, entry_count = ?,"
                        + " content_hash = ?, last_error = NULL WHERE name = ?")) {
                    update.setString(1, source);
                    update.setInt(2, entries.size());
                    update.setString(3, hash);
                    update.setString(4, list);
                    update.executeUpdate();
                }
                if (changed) {
                    setTime(connection, "loaded_at", list, at);
                }
                if (fromPtv) {
                    setTime(connection, "refreshed_at", list, at);
                    setTime(connection, "attempted_at", list, at);
                }
                connection.commit();
                return changed;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /**
     * Stores the shipped entries of a list that has never been loaded; does nothing once the
     * list was loaded (by an earlier start or from PTV), also when another node does it at once.
     *
     * @return true when the list was seeded now
     */
    public boolean seedIfNeverLoaded(String list, List<CodeListEntry> entries, OffsetDateTime at) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (row(connection, list, true).map(CodeListState::loaded).orElse(false)) {
                    connection.rollback();
                    return false;
                }
                insertEntries(connection, list, entries);
                try (PreparedStatement update = connection.prepareStatement("UPDATE code_list SET source = 'seed', entry_count = ?,"
                        + " content_hash = ?, loaded_at = ? WHERE name = ?")) {
                    update.setInt(1, entries.size());
                    update.setString(2, hash(entries));
                    update.setObject(3, at);
                    update.setString(4, list);
                    update.executeUpdate();
                }
                connection.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** Records a failed refresh of a list; its entries stay as they were. */
    public void failed(String list, String error, OffsetDateTime at) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                row(connection, list, true);
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE code_list SET attempted_at = ?, last_error = ? WHERE name = ?")) {
                    update.setObject(1, at);
                    update.setString(2, error.length() > 1000 ? error.substring(0, 997) + "..." : error);
                    update.setString(3, list);
                    update.executeUpdate();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static void setTime(Connection connection, String column, String list, OffsetDateTime at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE code_list SET " + column + " = ? WHERE name = ?")) {
            update.setObject(1, at);
            update.setString(2, list);
            update.executeUpdate();
        }
    }

    /** SHA-256 over the entries in order, as stored. */
    static String hash(List<CodeListEntry> entries) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (CodeListEntry entry : entries) {
                digest.update((entry.id() + '\u0000' + entry.code() + '\u0000' + entry.valid() + '\u0000' + json(entry.names())
                        + '\u0000' + json(entry.parents()) + '\n').getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void insertEntries(Connection connection, String list, List<CodeListEntry> entries) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO code_list_entry"
                + " (list_name, entry_id, code, uri, valid, names, parents, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (CodeListEntry entry : entries) {
                insert.setString(1, list);
                insert.setString(2, entry.id());
                insert.setString(3, entry.code());
                insert.setString(4, entry.uri());
                insert.setBoolean(5, entry.valid());
                insert.setString(6, json(entry.names()));
                insert.setString(7, json(entry.parents()));
                insert.setInt(8, position++);
                insert.addBatch();
                if (position % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** The list's row, created (never loaded) when missing, and locked when {@code forUpdate}. */
    private static Optional<CodeListState> row(Connection connection, String list, boolean forUpdate) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO code_list (name, entry_count) SELECT ?, 0 WHERE NOT EXISTS (SELECT 1 FROM code_list WHERE name = ?)")) {
            insert.setString(1, list);
            insert.setString(2, list);
            insert.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT source, entry_count, content_hash FROM code_list"
                + " WHERE name = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            select.setString(1, list);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new CodeListState(list, row.getString(1), row.getInt(2), row.getString(3), null, null, null, null));
            }
        }
    }

    private static Optional<String> storedHash(Connection connection, String list, boolean forUpdate) throws SQLException {
        return row(connection, list, forUpdate).filter(CodeListState::loaded).map(CodeListState::contentHash);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

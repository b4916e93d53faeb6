package fi.ptvintegration.routes.store;

import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.PatReferences;
import fi.ptvintegration.pat.model.RecordKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The PAT store: the current version of each record by namespace and code, with its content
 * hash and change time, and every earlier version in {@code pat_record_version}.
 *
 * <p>{@code put} creates; repeating it with the same content changes nothing, and different
 * content for a stored code is a conflict. {@code update} replaces a stored record. {@code
 * remove} marks a record removed, keeping it and its history; the code of a removed record is
 * refused to put and update ({@link StoreOutcome#CODE_RETIRED}) until it is restored. All lock
 * the row they read ({@code SELECT ... FOR UPDATE}) and rely on the primary key when two puts
 * of a new code race, so that exactly one record results on H2 and PostgreSQL alike.
 */
public class PatStore {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = "kind, code, version, content_hash, body, created_at, changed_at, removed_at";

    private final DataSource dataSource;
    private final Clock clock;

    public PatStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** SHA-256 of the canonical JSON, in hex. */
    public static String contentHash(String canonicalJson) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalJson.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /**
     * What a caller writes in the store's own transaction once the outcome is known: the call's
     * integration-log record, so that an intake call costs one commit.
     */
    @FunctionalInterface
    public interface SameTransaction {
        SameTransaction NOTHING = (connection, result) -> { };

        /** Called with the outcome CREATED, UPDATED or UNCHANGED, before the commit; a throw rolls everything back. */
        void write(Connection connection, StoreResult result) throws SQLException;
    }

    public StoreResult put(RecordKind kind, String code, String canonicalJson, String correlationId) throws SQLException {
        return put(kind, code, canonicalJson, correlationId, SameTransaction.NOTHING);
    }

    /**
     * Stores a new record, or finds it equal or in conflict; {@code also} is written in the same
     * transaction when the outcome is CREATED or UNCHANGED. When a concurrent put of the same new
     * code wins the race, the answer is read afterwards and {@code also} is not called.
     */
    public StoreResult put(RecordKind kind, String code, String canonicalJson, String correlationId, SameTransaction also)
            throws SQLException {
        String hash = contentHash(canonicalJson);
        try {
            return inTransaction(connection -> {
                Optional<StoredRecord> existing = select(connection, kind.namespace(), code, true);
                if (existing.isPresent()) {
                    return alsoOnSuccess(connection, existing.get().removed()
                            ? retired(connection, existing.get(), kind, canonicalJson, hash, correlationId)
                            : compare(existing.get(), kind, hash), also);
                }
                return alsoOnSuccess(connection,
                        new StoreResult(StoreOutcome.CREATED, insert(connection, kind, code, canonicalJson, hash, correlationId)), also);
            });
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                // Another put of the same new code committed first: answer as if it had come before us.
                return find(kind.namespace(), code).map(winner -> compare(winner, kind, hash)).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    public StoreResult update(RecordKind kind, String code, String canonicalJson, String correlationId) throws SQLException {
        return update(kind, code, canonicalJson, correlationId, SameTransaction.NOTHING);
    }

    /** Replaces a stored record; {@code also} is written in the same transaction when the outcome is UPDATED or UNCHANGED. */
    public StoreResult update(RecordKind kind, String code, String canonicalJson, String correlationId, SameTransaction also)
            throws SQLException {
        String hash = contentHash(canonicalJson);
        return inTransaction(connection -> alsoOnSuccess(connection, replaceIn(connection, kind, code, canonicalJson, hash, correlationId),
                also));
    }

    private StoreResult replaceIn(Connection connection, RecordKind kind, String code, String canonicalJson, String hash,
            String correlationId) throws SQLException {
        Optional<StoredRecord> existing = select(connection, kind.namespace(), code, true);
        if (existing.isEmpty()) {
            return new StoreResult(StoreOutcome.NOT_FOUND, null);
        }
        StoredRecord current = existing.get();
        if (current.kind() != kind) {
            return new StoreResult(StoreOutcome.CONFLICT, current);
        }
        if (current.removed()) {
            return retired(connection, current, kind, canonicalJson, hash, correlationId);
        }
        if (current.contentHash().equals(hash)) {
            return new StoreResult(StoreOutcome.UNCHANGED, current);
        }
        return new StoreResult(StoreOutcome.UPDATED, replace(connection, current, canonicalJson, hash, correlationId));
    }

    private static StoreResult alsoOnSuccess(Connection connection, StoreResult result, SameTransaction also) throws SQLException {
        switch (result.outcome()) {
            case CREATED, UPDATED, UNCHANGED -> also.write(connection, result);
            default -> { }
        }
        return result;
    }

    /**
     * Marks the record removed: it stays, with every version, and its code stays taken. Removing
     * a removed record changes nothing (UNCHANGED); a record of another kind under the code is
     * a CONFLICT; an unknown code NOT_FOUND.
     */
    public StoreResult remove(RecordKind kind, String code, String correlationId) throws SQLException {
        return inTransaction(connection -> {
            Optional<StoredRecord> existing = select(connection, kind.namespace(), code, true);
            if (existing.isEmpty()) {
                return new StoreResult(StoreOutcome.NOT_FOUND, null);
            }
            StoredRecord current = existing.get();
            if (current.kind() != kind) {
                return new StoreResult(StoreOutcome.CONFLICT, current);
            }
            if (current.removed()) {
                return new StoreResult(StoreOutcome.UNCHANGED, current);
            }
            OffsetDateTime now = now();
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE pat_record SET removed_at = ?, removed_by = ? WHERE namespace = ? AND code = ?")) {
                update.setObject(1, now);
                update.setString(2, correlationId);
                update.setString(3, kind.namespace().name());
                update.setString(4, code);
                update.executeUpdate();
            }
            return new StoreResult(StoreOutcome.REMOVED, new StoredRecord(current.kind(), current.code(), current.version(),
                    current.contentHash(), current.body(), current.createdAt(), current.changedAt(), now));
        });
    }

    /** Makes a removed record live again, as it was; returns it, or empty when it is not stored. */
    public Optional<StoredRecord> unremove(RecordKind.Namespace namespace, String code) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE pat_record SET removed_at = NULL, removed_by = NULL WHERE namespace = ? AND code = ?")) {
            update.setString(1, namespace.name());
            update.setString(2, code);
            update.executeUpdate();
            return select(connection, namespace, code, false);
        }
    }

    /**
     * The live records that name the organisation (any reference PAT records make, {@link
     * PatReferences}): services it is responsible for, produces or co-owns, its channels, its
     * sub-organisations. PTV will not archive an organisation while any of these is published.
     * The database narrows the search to bodies holding the code; the references decide.
     */
    public List<StoredRecord> liveRecordsNaming(String organizationCode) throws SQLException {
        String asJson;
        try {
            asJson = PatJson.mapper().writeValueAsString(organizationCode);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a string always serialises", e);
        }
        String quoted = "%" + asJson.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<StoredRecord> naming = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM pat_record"
                        + " WHERE removed_at IS NULL AND namespace <> ? AND body LIKE ? ESCAPE '\\' ORDER BY namespace, code")) {
            select.setString(1, RecordKind.Namespace.OFFERING.name());
            select.setString(2, quoted);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    StoredRecord candidate = read(row);
                    if (names(candidate, organizationCode)) {
                        naming.add(candidate);
                    }
                }
            }
        }
        return naming;
    }

    private static boolean names(StoredRecord stored, String organizationCode) {
        try {
            PatRecord record = PatJson.mapper().readValue(stored.body(), PatRecord.class);
            return PatReferences.of(record).stream().anyMatch(reference -> reference.namespace() == RecordKind.Namespace.ORGANIZATION
                    && reference.code().equals(organizationCode));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a stored record is always readable: " + stored.kind() + " " + stored.code(), e);
        }
    }

    public Optional<StoredRecord> find(RecordKind.Namespace namespace, String code) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return select(connection, namespace, code, false);
        }
    }

    /** Every stored record of a namespace, oldest code first; for offerings, the few hundred a city has. */
    public java.util.List<StoredRecord> all(RecordKind.Namespace namespace) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM pat_record"
                                + " WHERE namespace = ? ORDER BY code")) {
            select.setString(1, namespace.name());
            java.util.List<StoredRecord> records = new java.util.ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    records.add(read(row));
                }
            }
            return records;
        }
    }

    /** The stored offerings of one service, by the indexed {@code service_code} column. */
    public java.util.List<StoredRecord> offeringsOf(String serviceCode) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM pat_record"
                                + " WHERE namespace = ? AND service_code = ? ORDER BY code")) {
            select.setString(1, RecordKind.Namespace.OFFERING.name());
            select.setString(2, serviceCode);
            java.util.List<StoredRecord> records = new java.util.ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    records.add(read(row));
                }
            }
            return records;
        }
    }

    /** An offering's {@code serviceCode}; null for other kinds. */
    static String serviceCodeOf(RecordKind kind, String body) {
        if (kind != RecordKind.OFFERING) {
            return null;
        }
        try {
            com.fasterxml.jackson.databind.JsonNode value = SERVICE_CODE_READER.readTree(body).get("serviceCode");
            return value == null || value.isNull() ? null : value.asText();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper SERVICE_CODE_READER =
            new com.fasterxml.jackson.databind.ObjectMapper();

    public boolean exists(RecordKind.Namespace namespace, String code) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT 1 FROM pat_record WHERE namespace = ? AND code = ?")) {
            select.setString(1, namespace.name());
            select.setString(2, code);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /** How many versions of the record are kept, the current one included. */
    public int versionCount(RecordKind.Namespace namespace, String code) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "SELECT COUNT(*) FROM pat_record_version WHERE namespace = ? AND code = ?")) {
            count.setString(1, namespace.name());
            count.setString(2, code);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /**
     * A put or update for the code of a removed record. An offering is not a PTV item and has no
     * sourceId to keep: Drupal adding the same connection again brings it back, as a new version.
     * Any other code stays taken (CODE_RETIRED).
     */
    private StoreResult retired(Connection connection, StoredRecord removed, RecordKind kind, String body, String hash,
            String correlationId) throws SQLException {
        if (kind != RecordKind.OFFERING || removed.kind() != kind) {
            return new StoreResult(StoreOutcome.CODE_RETIRED, removed);
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE pat_record SET removed_at = NULL, removed_by = NULL WHERE namespace = ? AND code = ?")) {
            update.setString(1, kind.namespace().name());
            update.setString(2, removed.code());
            update.executeUpdate();
        }
        StoredRecord live = new StoredRecord(removed.kind(), removed.code(), removed.version(), removed.contentHash(), removed.body(),
                removed.createdAt(), removed.changedAt());
        return new StoreResult(StoreOutcome.UPDATED, removed.contentHash().equals(hash) ? live
                : replace(connection, live, body, hash, correlationId));
    }

    private static StoreResult compare(StoredRecord existing, RecordKind kind, String hash) {
        if (existing.kind() == kind && existing.contentHash().equals(hash)) {
            return new StoreResult(StoreOutcome.UNCHANGED, existing);
        }
        return new StoreResult(StoreOutcome.CONFLICT, existing);
    }

    /** The current row; with {@code forUpdate} it stays locked until the transaction ends. */
    private static Optional<StoredRecord> select(Connection connection, RecordKind.Namespace namespace, String code,
            boolean forUpdate) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM pat_record"
                        + " WHERE namespace = ? AND code = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            select.setString(1, namespace.name());
            select.setString(2, code);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        }
    }

    /** One transaction on a pooled connection ({@link Transactions}). */
    private <T> T inTransaction(Transactions.Work<T> work) throws SQLException {
        return Transactions.run(dataSource, work);
    }

    private StoredRecord insert(Connection connection, RecordKind kind, String code, String body, String hash,
            String correlationId) throws SQLException {
        OffsetDateTime now = now();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO pat_record (namespace, code, kind, version, content_hash, body, created_at, changed_at, service_code)"
                        + " VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?)")) {
            insert.setString(1, kind.namespace().name());
            insert.setString(2, code);
            insert.setString(3, kind.jsonName());
            insert.setString(4, hash);
            insert.setString(5, body);
            insert.setObject(6, now);
            insert.setObject(7, now);
            insert.setString(8, serviceCodeOf(kind, body));
            insert.executeUpdate();
        }
        insertVersion(connection, kind, code, 1, hash, body, now, correlationId);
        return new StoredRecord(kind, code, 1, hash, body, now, now);
    }

    private StoredRecord replace(Connection connection, StoredRecord current, String body, String hash,
            String correlationId) throws SQLException {
        OffsetDateTime now = now();
        int version = current.version() + 1;
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE pat_record SET version = ?, content_hash = ?, body = ?, changed_at = ?, service_code = ?"
                        + " WHERE namespace = ? AND code = ?")) {
            update.setInt(1, version);
            update.setString(2, hash);
            update.setString(3, body);
            update.setObject(4, now);
            update.setString(5, serviceCodeOf(current.kind(), body));
            update.setString(6, current.kind().namespace().name());
            update.setString(7, current.code());
            update.executeUpdate();
        }
        insertVersion(connection, current.kind(), current.code(), version, hash, body, now, correlationId);
        return new StoredRecord(current.kind(), current.code(), version, hash, body, current.createdAt(), now);
    }

    private static void insertVersion(Connection connection, RecordKind kind, String code, int version, String hash,
            String body, OffsetDateTime changedAt, String correlationId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO pat_record_version (namespace, code, version, kind, content_hash, body, changed_at, correlation_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, kind.namespace().name());
            insert.setString(2, code);
            insert.setInt(3, version);
            insert.setString(4, kind.jsonName());
            insert.setString(5, hash);
            insert.setString(6, body);
            insert.setObject(7, changedAt);
            insert.setString(8, correlationId);
            insert.executeUpdate();
        }
    }

    private static StoredRecord read(ResultSet row) throws SQLException {
        return new StoredRecord(
                RecordKind.fromJsonName(row.getString("kind")).orElseThrow(
                        () -> new SQLException("unknown kind in pat_record: " + safe(row))),
                row.getString("code"),
                row.getInt("version"),
                row.getString("content_hash").strip(),
                row.getString("body"),
                row.getObject("created_at", OffsetDateTime.class),
                row.getObject("changed_at", OffsetDateTime.class),
                row.getObject("removed_at", OffsetDateTime.class));
    }

    private static String safe(ResultSet row) {
        try {
            return row.getString("kind");
        } catch (SQLException e) {
            return "?";
        }
    }

    /** Microseconds: what both H2 and PostgreSQL keep, so a value read back equals the one written. */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}

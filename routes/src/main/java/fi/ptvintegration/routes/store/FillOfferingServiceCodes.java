package fi.ptvintegration.routes.store;

import fi.ptvintegration.pat.model.RecordKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Data migration 4.1: fills {@code pat_record.service_code} (added by V4) of the offerings
 * stored before that column existed, from each offering's {@code serviceCode}. It reads JSON, so
 * it is Java, not SQL. Runs once, like every migration (earlier versions filled the column at
 * every start).
 */
final class FillOfferingServiceCodes implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("4.1");
    }

    @Override
    public String getDescription() {
        return "fill offering service codes";
    }

    @Override
    public Integer getChecksum() {
        return 41;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        fill(context.getConnection());
    }

    /** Fills every offering whose service code is missing; returns how many rows it filled. */
    static int fill(Connection connection) throws SQLException {
        Map<String, String> codes = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT code, body FROM pat_record WHERE namespace = ? AND service_code IS NULL")) {
            select.setString(1, RecordKind.Namespace.OFFERING.name());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String serviceCode = PatStore.serviceCodeOf(RecordKind.OFFERING, row.getString(2));
                    if (serviceCode != null) {
                        codes.put(row.getString(1), serviceCode);
                    }
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE pat_record SET service_code = ? WHERE namespace = ? AND code = ?")) {
            for (Map.Entry<String, String> code : codes.entrySet()) {
                update.setString(1, code.getValue());
                update.setString(2, RecordKind.Namespace.OFFERING.name());
                update.setString(3, code.getKey());
                update.executeUpdate();
            }
        }
        return codes.size();
    }
}

package fi.ptvintegration.routes.store;

import fi.ptvintegration.routes.support.Secrets;
import fi.ptvintegration.routes.support.Texts;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Checks that the application's database answers, by running a real query on a pooled
 * connection. Works the same on H2 and PostgreSQL ({@code SELECT 1} without a table). A failure
 * is reported by its SQLState and the first line of its message, secrets removed.
 */
public class DatabaseHealthProbe {

    private final DataSource dataSource;
    private final int timeoutSeconds;

    public DatabaseHealthProbe(DataSource dataSource, int timeoutSeconds) {
        this.dataSource = dataSource;
        this.timeoutSeconds = timeoutSeconds;
    }

    public DatabaseStatus probe() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(timeoutSeconds);
            try (ResultSet result = statement.executeQuery("SELECT 1")) {
                if (!result.next() || result.getInt(1) != 1) {
                    return down(started, "SELECT 1 returned no row");
                }
            }
            DatabaseMetaData meta = connection.getMetaData();
            return new DatabaseStatus(
                    DatabaseStatus.UP,
                    meta.getDatabaseProductName(),
                    meta.getDatabaseProductVersion(),
                    elapsedMillis(started),
                    null);
        } catch (SQLException e) {
            return down(started, "SQLState " + e.getSQLState() + ": " + Secrets.redactText(Texts.firstLine(e.getMessage(), 500)));
        }
    }

    private static DatabaseStatus down(long started, String error) {
        return new DatabaseStatus(DatabaseStatus.DOWN, null, null, elapsedMillis(started), error);
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}

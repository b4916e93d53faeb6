package fi.ptvintegration.routes.store;

import fi.ptvintegration.routes.health.HealthReport;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Checks that the application's database answers, by running a real query on a pooled
 * connection. Works the same on H2 and PostgreSQL ({@code SELECT 1} without a table).
 */
public class DatabaseHealthProbe {

    private final DataSource dataSource;
    private final int timeoutSeconds;

    public DatabaseHealthProbe(DataSource dataSource, int timeoutSeconds) {
        this.dataSource = dataSource;
        this.timeoutSeconds = timeoutSeconds;
    }

    public HealthReport.Database probe() {
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
            return new HealthReport.Database(
                    HealthReport.UP,
                    meta.getDatabaseProductName(),
                    meta.getDatabaseProductVersion(),
                    elapsedMillis(started),
                    null);
        } catch (SQLException e) {
            return down(started, "SQLState " + e.getSQLState() + ": " + firstLine(e.getMessage()));
        }
    }

    private static HealthReport.Database down(long started, String error) {
        return new HealthReport.Database(HealthReport.DOWN, null, null, elapsedMillis(started), error);
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** Driver messages can run to many lines of SQL and context; the first says what went wrong. */
    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}

package fi.ptvintegration.routes.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class DatabaseHealthProbeTest {

    @Test
    void reportsUpWithProductNameWhenTheDatabaseAnswers() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:health-probe;DB_CLOSE_DELAY=-1");

        DatabaseStatus result = new DatabaseHealthProbe(h2, 5).probe();

        assertThat(result.status()).isEqualTo(DatabaseStatus.UP);
        assertThat(result.product()).isEqualTo("H2");
        assertThat(result.productVersion()).startsWith("2.2.224");
        assertThat(result.error()).isNull();
    }

    @Test
    void reportsDownWithTheCauseButNotTheConnectionSecrets() {
        DataSource failing = new FailingDataSource(new SQLException(
                "Connection refused to jdbc:postgresql://db/ptv?password=s3cret\n  at line two", "08001"));

        DatabaseStatus result = new DatabaseHealthProbe(failing, 5).probe();

        assertThat(result.status()).isEqualTo(DatabaseStatus.DOWN);
        assertThat(result.error()).startsWith("SQLState 08001: Connection refused").doesNotContain("line two").doesNotContain("s3cret");
    }

    @Test
    void aWrongPasswordIsReportedAsDownNotThrown() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:health-probe-auth;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        h2.setPassword("");
        new DatabaseHealthProbe(h2, 5).probe();
        h2.setPassword("wrong-password");

        DatabaseStatus result = new DatabaseHealthProbe(h2, 5).probe();

        assertThat(result.status()).isEqualTo(DatabaseStatus.DOWN);
        assertThat(result.error()).doesNotContain("wrong-password");
    }

    /** A DataSource whose every connection attempt fails with the given exception. */
    private record FailingDataSource(SQLException failure) implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            throw failure;
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            throw failure;
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}

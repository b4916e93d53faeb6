package fi.ptvintegration.routes.store;

import static org.assertj.core.api.Assertions.assertThat;

import fi.ptvintegration.routes.runtime.ApplicationTestSupport.DelegatingDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IntegrationLogStoreTest {

    private final JdbcDataSource database = new JdbcDataSource();
    private IntegrationLogStore log;

    @BeforeEach
    void emptyLog() throws Exception {
        database.setURL("jdbc:h2:mem:integration-log;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        DatabaseMigrations.migrate(database);
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM integration_log");
        }
        log = new IntegrationLogStore(database);
    }

    private static IntegrationLogEntry entry(String endpoint, String code, String outcome, String request) {
        return new IntegrationLogEntry("c-1", OffsetDateTime.parse("2026-11-28T08:00:00Z"), "IN", endpoint, "POST", "service", code, null,
                outcome, 404, 3L, null, "not found", request, null);
    }

    @Test
    void everyValueLongerThanItsColumnIsCutAndMarkedSoTheRecordIsStillWritten() throws Exception {
        String hostileCode = "x".repeat(600);

        boolean written = log.append(entry("/cxf/ptv/service/put/" + hostileCode, hostileCode, "refused-" + "y".repeat(100), null));

        assertThat(written).isTrue();
        IntegrationLogEntry stored = log.find(new IntegrationLogQuery(null, "c-1", null, null, null, null, 10)).get(0);
        assertThat(stored.endpoint()).hasSize(200).endsWith("...[cut]").startsWith("/cxf/ptv/service/put/xxx");
        assertThat(stored.code()).hasSize(100).endsWith("...[cut]");
        assertThat(stored.outcome()).hasSize(40).endsWith("...[cut]");
    }

    @Test
    void secretsInBodiesAreRemovedBeforeTheyAreStored() throws Exception {
        log.append(entry("/cxf/yleiset/put", "s1", "created", "{\"code\":\"s1\",\"apiPassword\":\"hunter2\"}"));

        IntegrationLogEntry stored = log.find(new IntegrationLogQuery("s1", null, null, null, null, null, 10)).get(0);
        assertThat(stored.requestBody()).contains("\"apiPassword\":\"***\"").doesNotContain("hunter2");
    }

    @Test
    void aRecordTheDatabaseDoesNotTakeIsNotAFailureOfTheCall() {
        IntegrationLogStore down = new IntegrationLogStore(new DelegatingDataSource(() -> {
            throw new IllegalStateException("unused");
        }) {
            @Override
            public Connection getConnection() throws SQLException {
                throw new SQLException("Connection refused", "08001");
            }
        });

        assertThat(down.append(entry("/cxf/yleiset/put", "s1", "created", "{}"))).isFalse();
    }

    @Test
    void givenTheDatabaseIsUnavailableWhenRecordsAreWrittenThenTheyAreHeldAndWrittenInOrderOnceItAnswers() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean available = new java.util.concurrent.atomic.AtomicBoolean(false);
        IntegrationLogStore flaky = new IntegrationLogStore(new DelegatingDataSource(() -> database) {
            @Override
            public Connection getConnection() throws SQLException {
                if (!available.get()) {
                    throw new SQLException("Connection refused", "08001");
                }
                return super.getConnection();
            }
        });

        boolean first = flaky.append(entry("/cxf/yleiset/put", "held-1", "created", "{\"password\":\"hunter2\"}"));
        boolean second = flaky.append(entry("/cxf/yleiset/put", "held-2", "created", "{}"));
        int heldWhileDown = flaky.heldCount();
        int writtenWhileDown = flaky.writeHeld();
        available.set(true);
        boolean third = flaky.append(entry("/cxf/yleiset/put", "held-3", "created", "{}"));

        assertThat(List.of(first, second)).containsOnly(false);
        assertThat(heldWhileDown).isEqualTo(2);
        assertThat(writtenWhileDown).isZero();
        assertThat(third).isTrue();
        assertThat(flaky.heldCount()).isZero();
        List<IntegrationLogEntry> stored = log.find(new IntegrationLogQuery(null, "c-1", null, null, null, null, 10));
        assertThat(stored).extracting(IntegrationLogEntry::code).containsExactly("held-2", "held-1", "held-3");
        assertThat(stored.get(1).requestBody()).doesNotContain("hunter2");
    }

    @Test
    void givenTheDatabaseRefusesARecordWhenWrittenThenItIsNotHeldForARetryThatWouldFailAgain() {
        IntegrationLogStore refusing = new IntegrationLogStore(new DelegatingDataSource(() -> database) {
            @Override
            public Connection getConnection() throws SQLException {
                throw new SQLException("Value too long for column \"ENDPOINT\"", "22001");
            }
        });

        assertThat(refusing.append(entry("/cxf/yleiset/put", "refused", "created", "{}"))).isFalse();
        assertThat(refusing.heldCount()).isZero();
    }

    @Test
    void everyMigrationFileShippedIsFoundAndAppliedWithoutBeingListed() throws Exception {
        List<String> shipped;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            shipped = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        }
        List<String> applied = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT script FROM schema_history WHERE success ORDER BY installed_rank")) {
            while (rows.next()) {
                applied.add(rows.getString(1));
            }
        }

        assertThat(DatabaseMigrations.sqlFiles()).containsExactlyElementsOf(shipped);
        assertThat(applied).containsAll(shipped);
        assertThat(applied).anyMatch(script -> script.contains("FillOfferingServiceCodes"));
    }
}

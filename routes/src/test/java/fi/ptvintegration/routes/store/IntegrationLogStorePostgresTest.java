package fi.ptvintegration.routes.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What PostgreSQL refuses in text that H2 takes: a hostile record must still be written on a real PostgreSQL. */
class IntegrationLogStorePostgresTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        DatabaseMigrations.migrate(postgres.getPostgresDatabase());
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void givenNulCharactersAndOverlongValuesWhenARecordIsWrittenToPostgresqlThenItIsStoredWithThemWrittenOut() throws Exception {
        IntegrationLogStore log = new IntegrationLogStore(postgres.getPostgresDatabase());
        String hostile = "code\u0000with-nul-" + "ä".repeat(300);

        boolean written = log.append(new IntegrationLogEntry("pg-nul", OffsetDateTime.now(), "IN", "/cxf/ptv/service/put/" + hostile,
                "POST", "service", hostile, null, "refused-not-found", 404, 1L, null, "not \u0000 found",
                "{\"raw\":\"\u0000\",\"password\":\"hunter2\"}", null));

        assertThat(written).as("PostgreSQL refuses NUL in text; the store writes it out").isTrue();
        IntegrationLogEntry stored = log.byCorrelationId("pg-nul").get(0);
        assertThat(stored.code()).startsWith("code\\u0000with-nul-").hasSize(100);
        assertThat(stored.requestBody()).contains("\\u0000").doesNotContain("hunter2");
        assertThat(stored.error()).isEqualTo("not \\u0000 found");
    }
}

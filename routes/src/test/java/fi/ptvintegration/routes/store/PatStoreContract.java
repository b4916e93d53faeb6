package fi.ptvintegration.routes.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.RecordKind;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** What the PAT store and the integration log must do on every supported database. */
abstract class PatStoreContract {

    private static final String SERVICE_V1 = "{\"code\":\"s1\",\"kind\":\"service\",\"names\":{\"fi\":\"Uimahallit\"}}";
    private static final String SERVICE_V2 = "{\"code\":\"s1\",\"kind\":\"service\",\"names\":{\"fi\":\"Uimahallit ja maauimalat\"}}";

    protected abstract DataSource dataSource();

    private PatStore store;

    @BeforeEach
    void emptySchema() throws Exception {
        DatabaseMigrations.migrate(dataSource());
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM pat_record_version");
            statement.executeUpdate("DELETE FROM pat_record");
            statement.executeUpdate("DELETE FROM integration_log");
        }
        store = new PatStore(dataSource(), Clock.systemUTC());
    }

    @Test
    void aServicesOfferingsAreFoundByIndexAlsoWhenStoredBeforeTheIndexExisted() throws Exception {
        store.put(RecordKind.OFFERING, "o1", "{\"code\":\"o1\",\"kind\":\"offering\",\"serviceCode\":\"s1\"}", "c1");
        store.put(RecordKind.OFFERING, "o2", "{\"code\":\"o2\",\"kind\":\"offering\",\"serviceCode\":\"s2\"}", "c2");
        store.update(RecordKind.OFFERING, "o2", "{\"code\":\"o2\",\"kind\":\"offering\",\"serviceCode\":\"s1\"}", "c3");
        store.put(RecordKind.SERVICE, "s1", SERVICE_V1, "c4");

        assertThat(store.offeringsOf("s1")).extracting(StoredRecord::code).containsExactly("o1", "o2");
        assertThat(store.offeringsOf("s2")).isEmpty();
        try (Connection connection = dataSource().getConnection()) {
            assertThat(FillOfferingServiceCodes.fill(connection)).isZero();
        }

        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE pat_record SET service_code = NULL");
        }
        assertThat(store.offeringsOf("s1")).isEmpty();
        try (Connection connection = dataSource().getConnection()) {
            assertThat(FillOfferingServiceCodes.fill(connection)).isEqualTo(2);
        }
        assertThat(store.offeringsOf("s1")).extracting(StoredRecord::code).containsExactly("o1", "o2");
    }

    @Test
    void migrationsAreAppliedOnceAndThenNothingIsLeftToDo() {
        assertThat(DatabaseMigrations.migrate(dataSource())).isZero();
    }

    @Test
    void putOfANewCodeCreatesVersionOneWithHashAndTimes() throws Exception {
        StoreResult result = store.put(RecordKind.SERVICE, "s1", SERVICE_V1, "corr-1");

        assertThat(result.outcome()).isEqualTo(StoreOutcome.CREATED);
        StoredRecord stored = store.find(RecordKind.Namespace.SERVICE, "s1").orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.body()).isEqualTo(SERVICE_V1);
        assertThat(stored.contentHash()).isEqualTo(PatStore.contentHash(SERVICE_V1)).hasSize(64);
        assertThat(stored.changedAt()).isEqualTo(stored.createdAt()).isBefore(OffsetDateTime.now().plusSeconds(1));
        assertThat(stored.kind()).isEqualTo(RecordKind.SERVICE);
    }

    @Test
    void putOfKnownCodeWithSameContentIsANoOp() throws Exception {
        store.put(RecordKind.SERVICE, "s1", SERVICE_V1, "corr-1");

        StoreResult again = store.put(RecordKind.SERVICE, "s1", SERVICE_V1, "corr-2");

        assertThat(again.outcome()).isEqualTo(StoreOutcome.UNCHANGED);
        assertThat(again.record().version()).isEqualTo(1);
        assertThat(store.versionCount(RecordKind.Namespace.SERVICE, "s1")).isEqualTo(1);
    }

    @Test
    void putOfKnownCodeWithOtherContentIsAConflictAndKeepsTheStoredOne() throws Exception {
        store.put(RecordKind.SERVICE, "s1", SERVICE_V1, "corr-1");

        StoreResult conflict = store.put(RecordKind.SERVICE, "s1", SERVICE_V2, "corr-2");

        assertThat(conflict.outcome()).isEqualTo(StoreOutcome.CONFLICT);
        assertThat(store.find(RecordKind.Namespace.SERVICE, "s1").orElseThrow().body()).isEqualTo(SERVICE_V1);
    }

    @Test
    void updateReplacesAndKeepsThePreviousVersion() throws Exception {
        store.put(RecordKind.SERVICE, "s1", SERVICE_V1, "corr-1");

        StoreResult updated = store.update(RecordKind.SERVICE, "s1", SERVICE_V2, "corr-2");

        assertThat(updated.outcome()).isEqualTo(StoreOutcome.UPDATED);
        assertThat(updated.record().version()).isEqualTo(2);
        StoredRecord current = store.find(RecordKind.Namespace.SERVICE, "s1").orElseThrow();
        assertThat(current.body()).isEqualTo(SERVICE_V2);
        assertThat(current.changedAt()).isAfterOrEqualTo(current.createdAt());
        assertThat(store.versionCount(RecordKind.Namespace.SERVICE, "s1")).isEqualTo(2);
    }

    @Test
    void updateOfAnUnknownCodeIsNotFound() throws Exception {
        assertThat(store.update(RecordKind.SERVICE, "nope", SERVICE_V1, "c").outcome()).isEqualTo(StoreOutcome.NOT_FOUND);
    }

    @Test
    void channelKindsShareOneNamespaceSoACodeCannotChangeKind() throws Exception {
        store.put(RecordKind.PHONE, "ch1", "{\"kind\":\"phone\"}", "c1");

        assertThat(store.put(RecordKind.WEB_PAGE, "ch1", "{\"kind\":\"webpage\"}", "c2").outcome())
                .isEqualTo(StoreOutcome.CONFLICT);
        assertThat(store.update(RecordKind.WEB_PAGE, "ch1", "{\"kind\":\"webpage\"}", "c3").outcome())
                .isEqualTo(StoreOutcome.CONFLICT);
        assertThat(store.put(RecordKind.SERVICE, "ch1", SERVICE_V1, "c4").outcome())
                .as("services have a namespace of their own")
                .isEqualTo(StoreOutcome.CREATED);
    }

    @RepeatedTest(5)
    void twoSimultaneousPutsOfTheSameCodeEndWithExactlyOneRecord() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<StoreResult>> results = new ArrayList<>();
            for (String body : List.of(SERVICE_V1, SERVICE_V2)) {
                results.add(pool.submit(() -> {
                    start.await();
                    return store.put(RecordKind.SERVICE, "race", body, "c");
                }));
            }
            start.countDown();
            List<StoreOutcome> outcomes = new ArrayList<>();
            for (Future<StoreResult> result : results) {
                outcomes.add(result.get().outcome());
            }

            assertThat(outcomes).containsExactlyInAnyOrder(StoreOutcome.CREATED, StoreOutcome.CONFLICT);
            try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement();
                    var rows = statement.executeQuery("SELECT COUNT(*) FROM pat_record WHERE code = 'race'")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
            assertThat(store.versionCount(RecordKind.Namespace.SERVICE, "race")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @RepeatedTest(3)
    void twoSimultaneousIdenticalPutsAreOneCreateAndOneNoOp() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<StoreResult>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return store.put(RecordKind.SERVICE, "twin", SERVICE_V1, "c");
                }));
            }
            start.countDown();

            assertThat(List.of(results.get(0).get().outcome(), results.get(1).get().outcome()))
                    .containsExactlyInAnyOrder(StoreOutcome.CREATED, StoreOutcome.UNCHANGED);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String example(String kind, String code, String field, String value) {
        ObjectNode record = PatJson.mapper().valueToTree(PatJson.example(kind));
        record.put("code", code);
        if (field != null) {
            record.put(field, value);
        }
        return record.toString();
    }

    @Test
    void aRemovedRecordKeepsEveryVersionAndItsCodeCannotBePutOrUpdatedAgain() throws Exception {
        store.put(RecordKind.SERVICE, "s1", SERVICE_V1, "c1");
        store.update(RecordKind.SERVICE, "s1", SERVICE_V2, "c2");

        StoreResult removed = store.remove(RecordKind.SERVICE, "s1", "c3");
        StoreResult again = store.remove(RecordKind.SERVICE, "s1", "c4");

        assertThat(removed.outcome()).isEqualTo(StoreOutcome.REMOVED);
        assertThat(removed.record().removedAt()).isNotNull();
        assertThat(removed.record().version()).isEqualTo(2);
        assertThat(again.outcome()).isEqualTo(StoreOutcome.UNCHANGED);
        assertThat(again.record().removedAt()).isEqualTo(removed.record().removedAt());
        assertThat(store.versionCount(RecordKind.Namespace.SERVICE, "s1")).isEqualTo(2);
        assertThat(store.put(RecordKind.SERVICE, "s1", SERVICE_V1, "c5").outcome()).isEqualTo(StoreOutcome.CODE_RETIRED);
        assertThat(store.update(RecordKind.SERVICE, "s1", SERVICE_V1, "c6").outcome()).isEqualTo(StoreOutcome.CODE_RETIRED);
        assertThat(store.remove(RecordKind.SERVICE, "nope", "c7").outcome()).isEqualTo(StoreOutcome.NOT_FOUND);
        assertThat(store.remove(RecordKind.PHONE, "nope", "c8").outcome()).isEqualTo(StoreOutcome.NOT_FOUND);
    }

    @Test
    void anUnremovedRecordIsLiveAgainAsItWas() throws Exception {
        store.put(RecordKind.SERVICE, "s1", SERVICE_V1, "c1");
        store.remove(RecordKind.SERVICE, "s1", "c2");

        StoredRecord live = store.unremove(RecordKind.Namespace.SERVICE, "s1").orElseThrow();

        assertThat(live.removed()).isFalse();
        assertThat(live.version()).isEqualTo(1);
        assertThat(store.update(RecordKind.SERVICE, "s1", SERVICE_V2, "c3").outcome()).isEqualTo(StoreOutcome.UPDATED);
    }

    @Test
    void aRemovedOfferingComesBackWhenItIsPutAgain() throws Exception {
        String offering = "{\"code\":\"o1\",\"kind\":\"offering\",\"serviceCode\":\"s1\",\"channelCode\":\"c1\"}";
        store.put(RecordKind.OFFERING, "o1", offering, "c1");
        store.remove(RecordKind.OFFERING, "o1", "c2");

        StoreResult same = store.put(RecordKind.OFFERING, "o1", offering, "c3");
        store.remove(RecordKind.OFFERING, "o1", "c4");
        StoreResult changed = store.put(RecordKind.OFFERING, "o1", offering.replace("c1", "c2"), "c5");

        assertThat(same.outcome()).isEqualTo(StoreOutcome.UPDATED);
        assertThat(same.record().removed()).isFalse();
        assertThat(same.record().version()).isEqualTo(1);
        assertThat(changed.record().version()).isEqualTo(2);
        assertThat(store.find(RecordKind.Namespace.OFFERING, "o1").orElseThrow().removed()).isFalse();
    }

    @Test
    void theLiveRecordsNamingAnOrganisationAreFoundByAnyReferenceAndNotByALookalikeCode() throws Exception {
        store.put(RecordKind.ORGANIZATION, "org_1", example("organization", "org_1", null, null), "c");
        store.put(RecordKind.ORGANIZATION, "sub", example("organization", "sub", "parentOrganizationCode", "org_1"), "c");
        store.put(RecordKind.SERVICE, "s1", example("service", "s1", "responsibleOrganizationCode", "org_1"), "c");
        store.put(RecordKind.PHONE, "p1", example("phone", "p1", "organizationCode", "org_1"), "c");
        store.put(RecordKind.PHONE, "p2", example("phone", "p2", "organizationCode", "orgX1"), "c");
        store.put(RecordKind.WEB_PAGE, "w1", example("webpage", "w1", "organizationCode", "org_1"), "c");
        store.remove(RecordKind.WEB_PAGE, "w1", "c");

        List<StoredRecord> naming = store.liveRecordsNaming("org_1");

        assertThat(naming).extracting(r -> r.kind().jsonName() + " " + r.code())
                .containsExactlyInAnyOrder("organization sub", "service s1", "phone p1");
        assertThat(store.liveRecordsNaming("orgX1")).extracting(StoredRecord::code).containsExactly("p2");
    }

    @Test
    void theIntegrationLogKeepsEveryFieldAndFindsByCorrelationIdAndCode() throws Exception {
        IntegrationLogStore log = new IntegrationLogStore(dataSource());
        OffsetDateTime now = OffsetDateTime.parse("2026-11-22T10:15:30.123456Z");
        IntegrationLogEntry entry = new IntegrationLogEntry("corr-9", now, IntegrationLogEntry.INBOUND, "/cxf/yleiset/put",
                "POST", "service", "s1", null, "created", 201, 12L, null, null, "{\"code\":\"s1\"}", "{\"outcome\":\"created\"}");

        log.append(entry);
        log.append(new IntegrationLogEntry("corr-10", now, IntegrationLogEntry.INBOUND, "/cxf/yleiset/put", "PUT", "service",
                "s1", null, "refused-validation", 422, 3L, null, "names.sv: language-missing", "{}", "{}"));

        assertThat(log.byCorrelationId("corr-9")).singleElement().satisfies(read -> {
            assertThat(read.loggedAt().toInstant()).isEqualTo(now.toInstant());
            assertThat(read).usingRecursiveComparison().ignoringFields("loggedAt").isEqualTo(entry);
        });
        assertThat(log.byCode("s1", 10)).extracting(IntegrationLogEntry::outcome).containsExactly("refused-validation", "created");
    }

    @Test
    void retentionDeletesOnlyEntriesOlderThanThePeriod() throws Exception {
        IntegrationLogStore log = new IntegrationLogStore(dataSource());
        OffsetDateTime now = OffsetDateTime.parse("2026-11-22T12:00:00Z");
        log.append(new IntegrationLogEntry("old", now.minusDays(91), "IN", "/cxf/yleiset/put", "POST", null, "x", null, "created",
                201, 1L, null, null, null, null));
        log.append(new IntegrationLogEntry("recent", now.minusDays(89), "IN", "/cxf/yleiset/put", "POST", null, "x", null, "created",
                201, 1L, null, null, null, null));
        fi.ptvintegration.routes.retention.RetentionProcessor retention =
                new fi.ptvintegration.routes.retention.RetentionProcessor("integration-log entries", log::deleteOlderThan, 90,
                        java.time.Clock.fixed(now.toInstant(), java.time.ZoneOffset.UTC));
        org.apache.camel.Exchange exchange = new org.apache.camel.support.DefaultExchange(new org.apache.camel.impl.DefaultCamelContext());

        retention.process(exchange);

        assertThat(exchange.getMessage().getBody(Integer.class)).isEqualTo(1);
        assertThat(log.byCode("x", 10)).extracting(IntegrationLogEntry::correlationId).containsExactly("recent");
    }

    @Test
    void theIntegrationLogAnswersWhereIsMyChangeByCodeOutcomeDirectionAndTime() throws Exception {
        IntegrationLogStore log = new IntegrationLogStore(dataSource());
        OffsetDateTime t0 = OffsetDateTime.parse("2026-11-22T08:00:00Z");
        for (int i = 0; i < 5; i++) {
            log.append(new IntegrationLogEntry("c" + i, t0.plusMinutes(i), i % 2 == 0 ? "IN" : "OUT", "/cxf/ptv/service/put/s1", "POST",
                    "service", i < 4 ? "s1" : "s2", null, i == 3 ? "ptv-400" : "updated", i == 3 ? 400 : 200, 5L, 1, null, null, null));
        }

        assertThat(log.find(new IntegrationLogQuery("s1", null, null, null, null, null, 100)))
                .extracting(IntegrationLogEntry::correlationId).containsExactly("c3", "c2", "c1", "c0");
        assertThat(log.find(new IntegrationLogQuery(null, null, "ptv-400", null, null, null, 100)))
                .extracting(IntegrationLogEntry::correlationId).containsExactly("c3");
        assertThat(log.find(new IntegrationLogQuery("s1", null, null, "OUT", null, null, 100)))
                .extracting(IntegrationLogEntry::correlationId).containsExactly("c3", "c1");
        assertThat(log.find(new IntegrationLogQuery(null, null, null, null, t0.plusMinutes(1), t0.plusMinutes(3), 100)))
                .extracting(IntegrationLogEntry::correlationId).containsExactly("c2", "c1");
        assertThat(log.find(new IntegrationLogQuery(null, null, null, null, null, null, 2))).hasSize(2);
    }
}

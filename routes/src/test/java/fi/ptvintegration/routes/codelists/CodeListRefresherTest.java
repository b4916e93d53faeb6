package fi.ptvintegration.routes.codelists;

import static org.assertj.core.api.Assertions.assertThat;

import fi.ptvintegration.pat.validation.CodeListCheck;
import fi.ptvintegration.ptv.http.PtvClientSettings;
import fi.ptvintegration.ptv.simulator.PtvSimulator;
import fi.ptvintegration.ptv.simulator.ScriptedFaults;
import fi.ptvintegration.routes.store.DatabaseMigrations;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CodeListRefresherTest {

    private static final String SWIMMING_HALLS = "http://www.yso.fi/onto/koko/p11070";
    private static PtvSimulator ptv;
    private final JdbcDataSource database = new JdbcDataSource();

    @BeforeAll
    static void startPtv() {
        ptv = PtvSimulator.start(0, true);
    }

    @AfterAll
    static void stopPtv() {
        ptv.close();
    }

    @BeforeEach
    void emptyDatabase() throws Exception {
        database.setURL("jdbc:h2:mem:code-list-refresh;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        DatabaseMigrations.migrate(database);
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM code_list_entry");
            statement.executeUpdate("DELETE FROM code_list");
        }
        ptv.faults().clear();
    }

    private CodeListsRuntime runtime(String v12BaseUrl) throws Exception {
        PtvClientSettings ptvSettings = new PtvClientSettings(ptv.baseUrl(), "v11", Duration.ofSeconds(2), Duration.ofSeconds(10));
        CodeListsSettings settings = new CodeListsSettings(CodeListsSettings.source(v12BaseUrl, null, ptvSettings), Duration.ofHours(24),
                Duration.ofHours(1), Duration.ofSeconds(60), 300);
        return CodeListsRuntime.start(database, settings, Clock.systemUTC());
    }

    private static void replaceInSimulator(String list, String json) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ptv.baseUrl()
                + "/simulator/codelists/" + list)).PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    @Test
    void givenAFirstStart_thenPostalCodesAndMunicipalitiesAreSeededAndTheClassificationsNeverLoaded() throws Exception {
        CodeListsRuntime runtime = runtime("");

        CodeListCatalogue catalogue = runtime.catalogue();
        assertThat(catalogue.states().get("postal-codes").source()).isEqualTo("seed");
        assertThat(catalogue.states().get("postal-codes").entries()).isEqualTo(3779);
        assertThat(catalogue.states().get("municipalities").entries()).isEqualTo(309);
        assertThat(catalogue.isLoaded(CodeListCheck.ONTOLOGY_TERMS)).isFalse();
        assertThat(catalogue.isValid("municipalities", "853")).contains(true);
    }

    @Test
    void givenV12_whenRefreshed_thenEveryPageOfEveryListIsReadAndServed() throws Exception {
        CodeListsRuntime runtime = runtime(ptv.baseUrl());
        long pagesBefore = ptv.codeListPagesServed();

        RefreshReport report = runtime.refresher().refresh();

        Map<String, RefreshReport.ListOutcome> byList = report.lists().stream()
                .collect(Collectors.toMap(RefreshReport.ListOutcome::list, o -> o));
        assertThat(report.outcome()).as("%s", report).isEqualTo("refreshed");
        assertThat(byList.get("postal-codes").pages()).isEqualTo(38);
        assertThat(byList.get("postal-codes").entries()).isEqualTo(3779);
        assertThat(byList.get("ontology-terms").outcome()).isEqualTo("updated");
        assertThat(ptv.codeListPagesServed() - pagesBefore)
                .isEqualTo(report.lists().stream().mapToLong(o -> o.pages() == null ? 0 : o.pages()).sum());
        CodeListCatalogue catalogue = runtime.catalogue();
        assertThat(catalogue.isValid(CodeListCheck.ONTOLOGY_TERMS, SWIMMING_HALLS)).contains(true);
        assertThat(catalogue.states().get("ontology-terms").source()).isEqualTo("v12");
        assertThat(catalogue.states().get("postal-codes").source()).isEqualTo("v12");
        assertThat(catalogue.isLoaded(CodeListCheck.INDUSTRIAL_CLASSES)).as("PTV gave none: never loaded").isFalse();
    }

    @Test
    void givenOnlyV11_whenRefreshed_thenItsListsComeFromV11AndTheClassificationsAreNotOffered() throws Exception {
        CodeListsRuntime runtime = runtime("");

        RefreshReport report = runtime.refresher().refresh();

        Map<String, String> outcomes = report.lists().stream()
                .collect(Collectors.toMap(RefreshReport.ListOutcome::list, RefreshReport.ListOutcome::outcome));
        assertThat(outcomes).containsEntry("ontology-terms", "not-offered").containsEntry("service-classes", "not-offered")
                .containsEntry("wellbeing-services-counties", "not-offered").containsEntry("regions", "updated");
        assertThat(runtime.catalogue().states().get("postal-codes").source()).isEqualTo("v11");
        assertThat(runtime.catalogue().isValid(CodeListCheck.REGIONS, "15")).contains(true);
    }

    @Test
    void givenPtvFailsForOneList_whenRefreshed_thenThatListKeepsItsEntriesAndTheFailureShows() throws Exception {
        CodeListsRuntime runtime = runtime(ptv.baseUrl());
        runtime.refresher().refresh();
        ptv.faults().add(new ScriptedFaults.Fault(ScriptedFaults.Kind.STATUS, 503, null, 0, "/api/v12/ontology-terms", 1));

        RefreshReport report = runtime.refresher().refresh();

        assertThat(report.outcome()).isEqualTo("refresh-failed");
        assertThat(report.lists()).filteredOn(o -> o.list().equals("ontology-terms")).singleElement()
                .satisfies(o -> assertThat(o.error()).contains("PTV answered 503"));
        assertThat(runtime.catalogue().isValid(CodeListCheck.ONTOLOGY_TERMS, SWIMMING_HALLS)).contains(true);
        CodeListsStatus status = runtime.status();
        assertThat(status.status()).isEqualTo(CodeListsStatus.FAILING);
        assertThat(status.failing()).containsOnlyKeys("ontology-terms");
        assertThat(status.entries().get("ontology-terms")).isEqualTo(ptv.codeListSize("ontology-terms"));
        assertThat(status.lastSuccessfulRefresh()).isNotNull();

        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(status))
                .as("health marshals it with a plain ObjectMapper").contains("\"lastSuccessfulRefresh\":\"20");

        runtime.refresher().refresh();
        assertThat(runtime.status().status()).isEqualTo(CodeListsStatus.OK);
    }

    @Test
    void givenPtvAnswersAnEmptyListWhereEntriesAreStored_thenTheStoredEntriesAreKept() throws Exception {
        CodeListsRuntime runtime = runtime(ptv.baseUrl());
        runtime.refresher().refresh();
        String targetGroups = new String(getClass().getResourceAsStream(
                "/fi/ptvintegration/ptv/simulator/codelists/target-groups.json").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        replaceInSimulator("target-groups", "[]");
        try {
            RefreshReport report = runtime.refresher().refresh();

            assertThat(report.lists()).filteredOn(o -> o.list().equals("target-groups")).singleElement()
                    .satisfies(o -> assertThat(o.error()).contains("empty target-groups list", "6 stored entries are kept"));
            assertThat(runtime.catalogue().isValid(CodeListCheck.TARGET_GROUPS, "KR1")).contains(true);
        } finally {
            replaceInSimulator("target-groups", targetGroups);
        }
    }

    @Test
    void givenAFreshRefresh_thenTheScheduleWaitsAndAnotherNodesRefreshIsPickedUp() throws Exception {
        CodeListsRuntime first = runtime(ptv.baseUrl());
        CodeListsRuntime second = runtime(ptv.baseUrl());

        assertThat(first.refresher().refreshIfDue()).as("never refreshed: due").isPresent();
        assertThat(second.catalogue().isLoaded(CodeListCheck.ONTOLOGY_TERMS)).isFalse();
        assertThat(second.refresher().refreshIfDue()).as("the first node just refreshed").isEmpty();
        assertThat(second.catalogue().isValid(CodeListCheck.ONTOLOGY_TERMS, SWIMMING_HALLS)).contains(true);
    }
}

package fi.ptvintegration.routes.codelists;

import static org.assertj.core.api.Assertions.assertThat;

import fi.ptvintegration.ptv.codelists.CodeListEntry;
import fi.ptvintegration.routes.store.DatabaseMigrations;
import java.sql.Connection;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The code-list store's behaviour, run on H2 and on PostgreSQL. */
abstract class CodeListStoreContract {

    protected abstract DataSource dataSource();

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-28T08:00:00Z");
    private CodeListStore store;

    private static CodeListEntry term(String id, String fi, boolean valid) {
        return new CodeListEntry(null, "http://www.yso.fi/onto/koko/" + id, Map.of("fi", fi, "sv", fi + "-sv"),
                List.of("http://www.yso.fi/onto/koko/p1", "http://www.yso.fi/onto/koko/p2"), valid);
    }

    @BeforeEach
    void emptyStore() throws Exception {
        DatabaseMigrations.migrate(dataSource());
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM code_list_entry");
            statement.executeUpdate("DELETE FROM code_list");
        }
        store = new CodeListStore(dataSource());
    }

    @Test
    void aListIsStoredWholeAndReadBackInOrderWithNamesParentsAndValidity() throws Exception {
        List<CodeListEntry> entries = List.of(term("p11070", "uimahallit", true), term("p2", "vanha", false));

        boolean changed = store.replace("ontology-terms", entries, "v12", T0);

        assertThat(changed).isTrue();
        assertThat(store.entries("ontology-terms")).isEqualTo(entries);
        CodeListState state = store.states().get("ontology-terms");
        assertThat(state.source()).isEqualTo("v12");
        assertThat(state.entries()).isEqualTo(2);
        assertThat(state.refreshedAt()).isEqualTo(T0);
        assertThat(state.loadedAt()).isEqualTo(T0);
        assertThat(state.contentHash()).isEqualTo(CodeListStore.hash(entries));
    }

    @Test
    void theSameEntriesAgainAreNotRewrittenButCountAsARefresh() throws Exception {
        List<CodeListEntry> entries = List.of(term("p11070", "uimahallit", true));
        store.replace("ontology-terms", entries, "v12", T0);

        boolean changed = store.replace("ontology-terms", entries, "v12", T0.plusDays(1));

        assertThat(changed).isFalse();
        CodeListState state = store.states().get("ontology-terms");
        assertThat(state.loadedAt()).isEqualTo(T0);
        assertThat(state.refreshedAt()).isEqualTo(T0.plusDays(1));
    }

    @Test
    void aFailedRefreshKeepsTheEntriesAndRecordsTheErrorUntilTheNextSuccess() throws Exception {
        List<CodeListEntry> entries = List.of(term("p11070", "uimahallit", true));
        store.replace("ontology-terms", entries, "v12", T0);

        store.failed("ontology-terms", "PTV answered 503 to GET /api/v12/ontology-terms?page=1&pageSize=100", T0.plusDays(1));

        CodeListState failed = store.states().get("ontology-terms");
        assertThat(store.entries("ontology-terms")).isEqualTo(entries);
        assertThat(failed.lastError()).contains("503");
        assertThat(failed.attemptedAt()).isEqualTo(T0.plusDays(1));
        assertThat(failed.refreshedAt()).isEqualTo(T0);

        store.replace("ontology-terms", List.of(term("p3", "uusi", true)), "v12", T0.plusDays(2));
        assertThat(store.states().get("ontology-terms").lastError()).isNull();
        assertThat(store.entries("ontology-terms")).extracting(CodeListEntry::id).containsExactly("http://www.yso.fi/onto/koko/p3");
    }

    @Test
    void aFailureOfAListNeverLoadedLeavesItNeverLoaded() throws Exception {
        store.failed("service-classes", "PTV unreachable", T0);

        CodeListState state = store.states().get("service-classes");
        assertThat(state.loaded()).isFalse();
        assertThat(state.lastError()).isEqualTo("PTV unreachable");
    }

    @Test
    void theShippedListSeedsOnlyAListNeverLoaded() throws Exception {
        List<CodeListEntry> shipped = ShippedCodeLists.municipalities();

        assertThat(store.seedIfNeverLoaded("municipalities", shipped, T0)).isTrue();
        assertThat(store.seedIfNeverLoaded("municipalities", List.of(), T0.plusDays(1))).isFalse();
        store.replace("municipalities", shipped.subList(0, 10), "v11", T0.plusDays(2));
        assertThat(store.seedIfNeverLoaded("municipalities", shipped, T0.plusDays(3))).isFalse();

        assertThat(store.entries("municipalities")).hasSize(10);
        assertThat(store.states().get("municipalities").source()).isEqualTo("v11");
    }

    @Test
    void aLongErrorIsCutToTheColumn() throws Exception {
        store.failed("regions", "x".repeat(3000), T0);

        assertThat(store.states().get("regions").lastError()).hasSize(1000).endsWith("...");
    }

    @Test
    void thirtyThousandEntriesAreStoredInOneGo() throws Exception {
        List<CodeListEntry> many = java.util.stream.IntStream.range(0, 30_000)
                .mapToObj(i -> term("p" + (100_000 + i), "termi " + i, i % 50 != 0)).toList();

        store.replace("ontology-terms", many, "v12", T0);

        assertThat(store.entries("ontology-terms")).hasSize(30_000).isEqualTo(many);
    }
}

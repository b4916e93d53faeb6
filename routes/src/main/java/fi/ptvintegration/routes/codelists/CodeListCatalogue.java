package fi.ptvintegration.routes.codelists;

import fi.ptvintegration.pat.validation.CodeListLookup;
import fi.ptvintegration.ptv.codelists.PtvCodeList;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The code lists as the application serves and checks them: one {@link CodeListIndex} per list,
 * held in memory and swapped whole when the database has a newer version (after a refresh here
 * or on another node sharing the database), so that searches and intake checks never wait on
 * the database nor on PTV. Answers {@link CodeListLookup} for intake validation. A list with no
 * entries counts as never loaded: its values are not checked.
 */
public class CodeListCatalogue implements CodeListLookup {

    private final CodeListStore store;
    private volatile Map<String, CodeListIndex> indexes = Map.of();

    public CodeListCatalogue(CodeListStore store) {
        this.store = store;
    }

    /**
     * Reads the lists' states and rebuilds the index of every list whose content changed since
     * it was last read; cheap when nothing changed (one query).
     *
     * @return how many lists were rebuilt
     */
    public synchronized int reload() throws SQLException {
        Map<String, CodeListState> states = store.states();
        Map<String, CodeListIndex> next = new HashMap<>(indexes);
        int rebuilt = 0;
        for (PtvCodeList list : PtvCodeList.values()) {
            CodeListState state = states.getOrDefault(list.id(), CodeListState.neverLoaded(list.id()));
            CodeListIndex current = next.get(list.id());
            if (current != null && Objects.equals(current.state().contentHash(), state.contentHash())) {
                next.put(list.id(), current.withState(state));
                continue;
            }
            next.put(list.id(), new CodeListIndex(list.id(), state, state.loaded() ? store.entries(list.id()) : List.of()));
            rebuilt++;
        }
        indexes = Map.copyOf(next);
        return rebuilt;
    }

    /** The index of a list; a list not yet read from the database is empty and never loaded. */
    public CodeListIndex index(PtvCodeList list) {
        CodeListIndex index = indexes.get(list.id());
        return index != null ? index : new CodeListIndex(list.id(), CodeListState.neverLoaded(list.id()), List.of());
    }

    /** Every list's state, in the order of {@link PtvCodeList}. */
    public Map<String, CodeListState> states() {
        Map<String, CodeListState> states = new LinkedHashMap<>();
        for (PtvCodeList list : PtvCodeList.values()) {
            states.put(list.id(), index(list).state());
        }
        return states;
    }

    @Override
    public boolean isLoaded(String list) {
        return loadedIndex(list).isPresent();
    }

    @Override
    public Optional<Boolean> isValid(String list, String codeOrUri) {
        return loadedIndex(list).flatMap(index -> index.find(codeOrUri)).map(entry -> entry.valid());
    }

    @Override
    public Optional<String> label(String list, String codeOrUri) {
        return loadedIndex(list).flatMap(index -> index.find(codeOrUri)).map(CodeListIndex::label);
    }

    @Override
    public List<Suggestion> closest(String list, String value, int limit) {
        return loadedIndex(list).map(index -> index.closest(value, limit)).orElse(List.of());
    }

    private Optional<CodeListIndex> loadedIndex(String list) {
        return PtvCodeList.byId(list).map(this::index).filter(index -> index.state().loaded() && index.size() > 0);
    }
}

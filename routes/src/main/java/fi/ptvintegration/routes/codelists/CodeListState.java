package fi.ptvintegration.routes.codelists;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/**
 * Where one list stands: its entries' count and hash, where they came from, when they were
 * loaded and last refreshed from PTV, and the last refresh attempt with its error if it failed.
 *
 * @param source {@code seed} (shipped with the application), {@code v12} or {@code v11}; null while never loaded
 * @param lastError why the last refresh failed; null after a successful one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CodeListState(String list, String source, int entries, String contentHash, OffsetDateTime loadedAt,
        OffsetDateTime refreshedAt, OffsetDateTime attemptedAt, String lastError) {

    public boolean loaded() {
        return source != null;
    }

    static CodeListState neverLoaded(String list) {
        return new CodeListState(list, null, 0, null, null, null, null, null);
    }
}

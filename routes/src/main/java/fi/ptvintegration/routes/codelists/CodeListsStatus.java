package fi.ptvintegration.routes.codelists;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The code lists at a glance, for {@code /cxf/health} and {@code /cxf/ops/codelists}: {@code OK}
 * or {@code FAILING} (the last refresh of some list failed: its stored entries are served),
 * the last successful refresh from PTV, the last attempt, and the entries per list. A failing
 * refresh does not make the application DOWN: editing goes on with the stored lists.
 *
 * @param lastSuccessfulRefresh ISO-8601, as text: the health route's plain Jackson has no date-time module
 * @param failing lists whose last refresh failed, with the error
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CodeListsStatus(String status, String lastSuccessfulRefresh, String lastAttempt,
        Map<String, Integer> entries, Map<String, String> failing) {

    public static final String OK = "OK";
    public static final String FAILING = "FAILING";

    static CodeListsStatus of(Collection<CodeListState> states) {
        Map<String, Integer> entries = new LinkedHashMap<>();
        Map<String, String> failing = new LinkedHashMap<>();
        for (CodeListState state : states) {
            entries.put(state.list(), state.entries());
            if (state.lastError() != null) {
                failing.put(state.list(), state.lastError());
            }
        }
        return new CodeListsStatus(failing.isEmpty() ? OK : FAILING, latest(states.stream().map(CodeListState::refreshedAt).toList()),
                latest(states.stream().map(CodeListState::attemptedAt).toList()), entries, failing);
    }

    private static String latest(List<OffsetDateTime> times) {
        return times.stream().filter(Objects::nonNull).max(Comparator.naturalOrder()).map(OffsetDateTime::toString).orElse(null);
    }
}

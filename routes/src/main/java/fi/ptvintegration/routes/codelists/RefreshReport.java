package fi.ptvintegration.routes.codelists;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.ptvintegration.routes.http.CallOutcome;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What one refresh from PTV did, list by list: {@code updated}, {@code unchanged}, {@code failed}
 * (the stored list is kept) or {@code not-offered} (the configured PTV has no such list).
 *
 * @param outcome {@code refreshed} when no list failed, else {@code refresh-failed}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RefreshReport(String outcome, OffsetDateTime startedAt, long durationMillis, List<ListOutcome> lists)
        implements CallOutcome {

    /** One list's part of a refresh. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ListOutcome(String list, String outcome, String api, Integer entries, Integer pages, String error) {}

    public boolean failed() {
        return lists.stream().anyMatch(l -> "failed".equals(l.outcome()));
    }
}

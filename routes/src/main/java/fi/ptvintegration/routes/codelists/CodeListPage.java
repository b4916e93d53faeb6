package fi.ptvintegration.routes.codelists;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One page of a code list as {@code GET /cxf/codelists/{list}} answers it.
 *
 * @param loaded false while the list was never loaded (then it is empty)
 * @param source where the entries came from: {@code seed}, {@code v12} or {@code v11}
 * @param total entries found in all; a page past the last is empty
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CodeListPage(String list, boolean loaded, String source, OffsetDateTime loadedAt, int page, int pageSize, int total,
        List<CodeListItem> items) {}

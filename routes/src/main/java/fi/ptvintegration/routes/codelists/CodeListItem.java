package fi.ptvintegration.routes.codelists;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.ptvintegration.ptv.codelists.CodeListEntry;
import java.util.List;
import java.util.Map;

/**
 * One entry as Drupal's autocomplete gets it: what to store (the URI, else the code), the code,
 * labels per language, parents, and whether PTV still marks it valid. Empty fields are left out.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CodeListItem(String code, String uri, Map<String, String> labels, List<String> parents, boolean valid) {

    static CodeListItem of(CodeListEntry entry) {
        return new CodeListItem(entry.code(), entry.uri(), entry.names(), entry.parents(), entry.valid());
    }
}

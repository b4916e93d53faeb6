package fi.ptvintegration.ptv.v12;

import fi.ptvintegration.pat.validation.Violation;
import fi.ptvintegration.ptv.port.PtvUnmappable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A PAT record that PTV API v12 cannot take as it is: a field v12 requires that the record lacks
 * (an organisation's business id, a street address's number, a web page's name, a service's type
 * ...), or a value v12 has no place for (an area type that v12 dropped, a keyword longer than v12
 * allows). Each reason is a {@link Violation} named in PAT terms, rule ids starting {@code v12-}, so
 * the editor can act on it as on any validation answer. Thrown by the mappers of this package.
 */
public final class V12Unmappable extends PtvUnmappable {

    private static final long serialVersionUID = 1L;

    public V12Unmappable(String code, List<Violation> violations) {
        super("PAT record '" + code + "' cannot become a PTV v12 body: " + violations.stream()
                .map(v -> v.path() + " (" + v.rule() + "): " + v.message()).collect(Collectors.joining("; ")), violations);
    }
}
